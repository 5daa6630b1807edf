// format:options: answer with one of the given options and give no explanation.
//
// reference: the options string is split on `/` if it has one, else on the substring "or"
//            (also inside words), else on `,`; each option is strip()ped. If the options string
//            starts like `a), b), c)` (re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*")), the response must
//            equal one option exactly; otherwise the response and each option are compared after
//            strip(punctuation + ' ') and lower().
// precise:   options are split on `/`, else on the word "or" (whole word), else on `,`. The
//            response and each option are normalised: surrounding whitespace, ASCII punctuation,
//            markdown emphasis and quotes removed, runs of whitespace collapsed to one space,
//            full case folding. The response must equal one option.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

std::vector<std::string> split_on(std::string_view s, std::string_view sep) {
  std::vector<std::string> out;
  size_t start = 0;
  for (;;) {
    size_t pos = s.find(sep, start);
    std::string_view piece = s.substr(start, pos == std::string_view::npos ? s.npos : pos - start);
    out.emplace_back(text::py_strip(piece));
    if (pos == std::string_view::npos) break;
    start = pos + sep.size();
  }
  return out;
}

// Python's re.match(r"\W*[aA]\W*[bB]\W*[cC]\W*", s) is not None.
bool looks_lettered(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  for (char want : {'a', 'b', 'c'}) {
    while (p < end) {
      auto d = text::decode(p, end);
      if (text::is_py_word(d.cp)) break;
      p += d.len;
    }
    if (p == end || (*p | 0x20) != want) return false;
    ++p;
  }
  return true;
}

std::string_view strip_punct_space(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || is_ascii_punct(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || is_ascii_punct(s.back())))
    s.remove_suffix(1);
  return s;
}

class OptionsReference final : public Constraint {
 public:
  explicit OptionsReference(const std::string& options) : strict_(looks_lettered(options)) {
    std::string_view sep = options.find('/') != std::string::npos    ? "/"
                           : options.find("or") != std::string::npos ? "or"
                                                                     : ",";
    for (std::string& o : split_on(options, sep)) {
      if (strict_)
        options_.push_back(std::move(o));
      else
        options_.push_back(text::py_lower(strip_punct_space(o)));
    }
  }
  bool check(const Text& text, Reason* why) const noexcept override {
    if (strict_) {
      for (const std::string& o : options_)
        if (text.raw() == o) {
          if (why) why->set("the response is exactly the option \"{}\"", o);
          return true;
        }
      if (why) why->set("the response is not exactly one of the options");
      return false;
    }
    std::string value = text::py_lower(strip_punct_space(text.raw()));
    for (const std::string& o : options_)
      if (value == o) {
        if (why) why->set("the response is the option \"{}\"", o);
        return true;
      }
    if (why) why->set("the response is not one of the options");
    return false;
  }

 private:
  bool strict_;
  std::vector<std::string> options_;
};

bool is_trim_char(char32_t cp) noexcept {
  if (cp < 0x80) return cp == ' ' || is_ascii_punct(static_cast<char>(cp)) || text::is_py_space(cp);
  return text::is_py_space(cp) || text::is_zero_width(cp) || cp == U'\u201C' || cp == U'\u201D' ||
         cp == U'\u2018' || cp == U'\u2019' || cp == U'\u00AB' || cp == U'\u00BB';
}

std::string normalize(std::string_view s) {
  // Trim from both ends.
  for (;;) {
    if (s.empty()) break;
    auto d = text::decode(s.data(), s.data() + s.size());
    if (!is_trim_char(d.cp)) break;
    s.remove_prefix(d.len);
  }
  for (;;) {
    if (s.empty()) break;
    auto d = text::decode_before(s.data(), s.data() + s.size());
    if (!is_trim_char(d.cp)) break;
    s.remove_suffix(d.len);
  }
  // Collapse whitespace, then fold.
  std::string collapsed;
  const char* p = s.data();
  const char* end = p + s.size();
  bool space = false;
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_py_space(d.cp)) {
      space = true;
    } else {
      if (space) collapsed.push_back(' ');
      space = false;
      collapsed.append(p, d.len);
    }
    p += d.len;
  }
  std::string lower = text::py_lower(collapsed);
  return text::simple_fold(lower);
}

// Splits on the whole word "or" (case-sensitive, as in the options string).
std::vector<std::string> split_on_word_or(std::string_view s) {
  std::vector<std::string> out;
  size_t start = 0;
  size_t from = 0;
  for (;;) {
    size_t pos = s.find("or", from);
    if (pos == std::string_view::npos) break;
    bool left = pos == 0 || !text::is_word_char(text::decode_before(s.data(), s.data() + pos).cp);
    bool right = pos + 2 >= s.size() ||
                 !text::is_word_char(text::decode(s.data() + pos + 2, s.data() + s.size()).cp);
    if (left && right) {
      out.emplace_back(s.substr(start, pos - start));
      start = pos + 2;
    }
    from = pos + 2;
  }
  out.emplace_back(s.substr(start));
  return out;
}

class OptionsPrecise final : public Constraint {
 public:
  explicit OptionsPrecise(const std::string& options) {
    std::vector<std::string> pieces;
    if (options.find('/') != std::string::npos)
      pieces = split_on(options, "/");
    else if ((pieces = split_on_word_or(options)).size() < 2)
      pieces = split_on(options, ",");
    for (const std::string& o : pieces) {
      std::string n = normalize(o);
      if (!n.empty()) options_.push_back(std::move(n));
    }
  }
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string value = normalize(text.raw());
    for (const std::string& o : options_)
      if (value == o) {
        if (why) why->set("the response is the option \"{}\"", o);
        return true;
      }
    if (why) why->set("the response is not one of the options");
    return false;
  }

 private:
  std::vector<std::string> options_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& options = kwargs.string("options");
  if (ctx.semantics == Semantics::kReference) return make<OptionsReference>(options);
  return make<OptionsPrecise>(options);
}

}  // namespace

VerifierInfo options() {
  VerifierInfo info;
  info.id = "format:options";
  info.suite = "IFBench";
  info.summary = "Answer with one of the given options, without any explanation.";
  info.kwargs = {
      string_kwarg("options", "the permitted answers, separated by `/`, the word \"or\", or `,`")};
  info.precise_differences = {
      "\"or\" separates options only as a whole word; reference splits on the letters \"or\" "
      "inside words too (`north, south` becomes `n`, `th, south`).",
      "Lettered options (`a), b), c)`) are compared like the others: `a`, `A)` or `(a)` match "
      "the option `a)`, and surrounding whitespace is ignored; reference needs the response to "
      "equal the option exactly.",
      "Surrounding whitespace of any kind (a trailing newline), markdown emphasis and curly "
      "quotes are ignored; reference strips only spaces and ASCII punctuation.",
      "Runs of whitespace inside the answer count as one space, and letters are compared with "
      "full case folding."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
