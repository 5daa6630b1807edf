// detectable_format:multiple_sections: at least N sections, each begun by "<spliter> <number>".
//
// reference: len(re.split(r"\s?" + spliter + r"\s?\d+\s?", response)) - 1 >= N, i.e. the number
//            of non-overlapping matches, anywhere, case-sensitive (`MyDay 1` matches `Day`,
//            `Section1` matches, `Sections 2` and `Section I` do not). `\s` is Python's
//            whitespace and `\d` any Unicode decimal digit (Nd); both are spelled out as explicit
//            classes for RE2. The spliter is inserted unescaped: literal text and `.` are
//            supported, other regex syntax is refused.
// precise:   lines that begin, after whitespace, markdown marks (`#`, `*`, `_`, `>`) and
//            opening quotation marks, with the spliter (case-insensitive), optional whitespace and
//            an Arabic number not followed by a letter or digit; at least N such lines in a row
//            numbered in strictly increasing order (numbering may restart, as in two versions of an
//            answer). Blank text fails.
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include <fmt/format.h>
#include <re2/re2.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"
#include "verifiers/line_scan.h"

namespace precis::verifiers::detectable_format {
namespace {

// An RE2 character class of every code point with `flag` (ranges built from the table that
// mirrors Python).
std::string class_of(uint16_t flag) {
  std::string out = "[";
  char32_t cp = 0;
  while (cp <= 0x10FFFF) {
    if ((text::flags(cp) & flag) == 0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
      ++cp;
      continue;
    }
    char32_t first = cp;
    while (cp + 1 <= 0x10FFFF && (text::flags(cp + 1) & flag) &&
           !(cp + 1 >= 0xD800 && cp + 1 <= 0xDFFF))
      ++cp;
    out += first == cp ? fmt::format("\\x{{{:x}}}", static_cast<uint32_t>(first))
                       : fmt::format("\\x{{{:x}}}-\\x{{{:x}}}", static_cast<uint32_t>(first),
                                     static_cast<uint32_t>(cp));
    ++cp;
  }
  out += "]";
  return out;
}

const std::string& py_space_class() {
  static const std::string c = class_of(text::kPySpace);
  return c;
}

const std::string& py_digit_class() {
  static const std::string c = class_of(text::kDigit);
  return c;
}

// The spliter as upstream's regex sees it: literal text, `.` = any character but a newline.
Result<std::string> reference_spliter(std::string_view spliter) {
  std::string pattern;
  for (char c : spliter) {
    if (c == '.') {
      pattern += '.';
    } else if (std::string_view("^$*+?{}[]\\|()").find(c) != std::string_view::npos) {
      return invalid_argument(
          "section_spliter: reference semantics inserts the spliter into a regular expression "
          "unescaped; precis supports literal text and `.` there, but the spliter contains the "
          "regex metacharacter '" +
          std::string(1, c) + "' (use precise semantics for a literal spliter)");
    } else {
      pattern += RE2::QuoteMeta(std::string_view(&c, 1));
    }
  }
  return pattern;
}

// Compares two digit strings as numbers.
int compare_numbers(std::string_view a, std::string_view b) noexcept {
  while (a.size() > 1 && a[0] == '0')
    a.remove_prefix(1);
  while (b.size() > 1 && b[0] == '0')
    b.remove_prefix(1);
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  return a.compare(b);
}

class MultipleSections final : public Constraint {
 public:
  MultipleSections(Semantics s, std::string spliter, int64_t bound, std::unique_ptr<RE2> re)
      : precise_(s == Semantics::kPrecise),
        spliter_(std::move(spliter)),
        bound_(bound),
        re_(std::move(re)),
        first_(spliter_) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    return precise_ ? check_precise(text, why) : check_reference(text, why);
  }

 private:
  bool check_reference(const Text& text, Reason* why) const noexcept {
    re2::StringPiece input(text.raw().data(), text.raw().size());
    int64_t n = 0;
    while (RE2::FindAndConsume(&input, *re_))
      ++n;
    bool pass = n >= bound_;
    if (why) why->set("{} sections marked \"{}\"; expected at least {}", n, spliter_, bound_);
    return pass;
  }

  bool check_precise(const Text& text, Reason* why) const noexcept {
    if (text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    // Numbering may restart (two versions of an answer each have "Day 1" to "Day 7"): the
    // longest run of headers with increasing numbers is what counts.
    int64_t run = 0, best = 0;
    std::string_view last;
    size_t line = 0;
    while (line <= s.size()) {
      size_t nl = s.find('\n', line);
      size_t end = nl == std::string_view::npos ? s.size() : nl;
      // The spliter may start anywhere in the line's leading decoration (it may itself begin
      // with a decoration character).
      size_t i = line;
      while (i < end) {
        re2::StringPiece m[2];
        if (first_.may_start(s[i]) && re_->Match(s, i, end, RE2::ANCHOR_START, m, 2)) {
          size_t after = static_cast<size_t>(m[0].data() + m[0].size() - s.data());
          bool glued =
              after < end && text::is_word_char(text::decode(s.data() + after, s.data() + end).cp);
          if (!glued) {
            std::string_view number(m[1].data(), m[1].size());
            run = (run > 0 && compare_numbers(number, last) > 0) ? run + 1 : 1;
            if (run > best) best = run;
            last = number;
            break;
          }
        }
        auto d = text::decode(s.data() + i, s.data() + end);
        if (!is_line_decoration(d.cp)) break;
        i += d.len;
      }
      if (nl == std::string_view::npos) break;
      line = nl + 1;
    }
    bool pass = best >= bound_;
    if (why)
      why->set("{} sections marked \"{}\" numbered in increasing order; expected at least {}", best,
               spliter_, bound_);
    return pass;
  }

  bool precise_;
  std::string spliter_;
  int64_t bound_;
  std::unique_ptr<RE2> re_;
  FirstByte first_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  std::string spliter(text::py_strip(kw.string("section_spliter")));
  int64_t bound = kw.integer("num_sections");
  std::string pattern;
  if (ctx.semantics == Semantics::kPrecise) {
    if (spliter.empty())
      return invalid_argument(
          "section_spliter: expected a non-blank spliter (precise semantics has no empty "
          "spliter)");
    // py_space_class() includes '\n', but a match never runs past the line's end.
    pattern = "(?i)" + RE2::QuoteMeta(spliter) + py_space_class() + "*([0-9]+)";
  } else {
    Result<std::string> sp = reference_spliter(spliter);
    if (!sp.ok()) return sp.status();
    const std::string& ws = py_space_class();
    pattern = ws + "?" + *sp + ws + "?" + py_digit_class() + "+" + ws + "?";
  }
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<RE2>(pattern, options);
  if (!re->ok()) return invalid_argument("section_spliter: " + re->error());
  return make<MultipleSections>(ctx.semantics, std::move(spliter), bound, std::move(re));
}

}  // namespace

VerifierInfo multiple_sections() {
  VerifierInfo info;
  info.id = "detectable_format:multiple_sections";
  info.suite = "IFEval";
  info.summary =
      "The response must have `num_sections` sections, each starting with `section_spliter` "
      "and its number, e.g. \"Section 1\".";
  info.kwargs = {string_kwarg("section_spliter",
                              "the word that starts each section, e.g. \"Section\" or \"SECTION\"",
                              /*non_empty=*/false),
                 int_kwarg("num_sections", "the least number of sections")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "detectable_format:number_highlighted_sections",
                    "language:response_language"};
  info.precise_differences = {
      "The spliter must begin a line (after whitespace, markdown marks `#`, `*`, `_`, `>` and "
      "opening quotation marks); "
      "reference finds it anywhere, also inside a word (`MyDay 1` has a `Day` section there).",
      "The spliter is compared case-insensitively (`SECTION 1` is a `Section` section); "
      "reference is case-sensitive.",
      "The number is made of ASCII digits 0-9 and must not be followed by a letter or digit; "
      "reference accepts any Unicode decimal digit and anything after it.",
      "Section numbers must strictly increase: N headers in a row with increasing numbers are "
      "needed (`Section 1`, `Section 1` is one section; numbering may restart, so two versions "
      "of an answer with `Day 1` to `Day 7` each have 7); reference does not look at the "
      "numbers.",
      "The spliter is literal text; reference inserts it into a regular expression unescaped "
      "(precis supports literal text and `.` there and refuses other metacharacters).",
      "An empty spliter is refused; reference then counts runs of digits.",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
