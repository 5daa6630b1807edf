// detectable_format:title: the response has a title wrapped in double angular brackets.
//
// reference: some match of Python's `re.findall(r"<<[^\n]+>>")` (greedy: on each line, from the
//            first `<<` to the last `>>`) has a non-empty `m.lstrip("<").rstrip(">").strip()`.
//            `<<>> and <<y>>` passes as one match; `<<\u200b>>` passes.
// precise:   some `<<...>>` pair on one line (each `<<` closed by the nearest `>>`) holds a visible
//            character other than `<` and `>`; whitespace and zero-width characters do not
//            count. Blank text fails.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"

namespace precis::verifiers::detectable_format {
namespace {

// The reference match of one line (without its '\n'), or an empty view with data() == nullptr.
std::string_view reference_match(std::string_view line) noexcept {
  size_t i = line.find("<<");
  if (i == std::string_view::npos) return {};
  size_t j = line.rfind(">>");
  if (j == std::string_view::npos || j < i + 3) return {};
  return line.substr(i, j + 2 - i);
}

bool reference_nonblank(std::string_view m) noexcept {
  size_t b = m.find_first_not_of('<');
  size_t e = m.find_last_not_of('>');
  if (b == std::string_view::npos || e == std::string_view::npos || e < b) return false;
  return !text::py_strip(m.substr(b, e + 1 - b)).empty();
}

bool visible_title(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (d.cp != '<' && d.cp != '>' &&
        (text::flags(d.cp) & (text::kLetter | text::kNumber | text::kPunct | text::kSymbol)))
      return true;
    p += d.len;
  }
  return false;
}

class Title final : public Constraint {
 public:
  explicit Title(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    size_t line = 0;
    bool empty_title = false;
    while (line <= s.size()) {
      size_t nl = s.find('\n', line);
      size_t line_end = nl == std::string_view::npos ? s.size() : nl;
      std::string_view l = s.substr(line, line_end - line);
      if (precise_) {
        size_t pos = 0;
        while (true) {
          size_t i = l.find("<<", pos);
          if (i == std::string_view::npos) break;
          size_t j = l.find(">>", i + 2);
          if (j == std::string_view::npos) break;
          if (visible_title(l.substr(i + 2, j - i - 2))) {
            if (why) why->set("title at byte {}", line + i);
            return true;
          }
          empty_title = true;
          pos = j + 2;
        }
      } else {
        std::string_view m = reference_match(l);
        if (m.data() != nullptr) {
          if (reference_nonblank(m)) {
            if (why) why->set("title at byte {}", static_cast<size_t>(m.data() - s.data()));
            return true;
          }
          empty_title = true;
        }
      }
      if (nl == std::string_view::npos) break;
      line = nl + 1;
    }
    if (why) why->set("{}", empty_title ? "only empty titles in << >>" : "no title in << >>");
    return false;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Title>(ctx.semantics);
}

}  // namespace

VerifierInfo title() {
  VerifierInfo info;
  info.id = "detectable_format:title";
  info.suite = "IFEval";
  info.summary =
      "The response must have a title wrapped in double angular brackets, like <<title>>.";
  info.conflicts = {"detectable_format:constrained_response", "detectable_format:json_format",
                    "detectable_format:title", "startend:quotation"};
  info.precise_differences = {
      "Each `<<` is closed by the nearest `>>` on its line; reference takes one span from the "
      "first `<<` to the last `>>` of the line, so `<<>> and <<>>` passes there (its inside is "
      "`>> and <<`) and fails here.",
      "The title needs a visible character: zero-width characters (U+200B, U+200C, U+200D, "
      "U+2060, U+FEFF) and other invisible format characters do not count (reference counts "
      "everything that is not whitespace).",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
