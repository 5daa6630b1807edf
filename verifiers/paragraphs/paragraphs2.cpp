// paragraphs:paragraphs2: exactly 2 paragraphs separated by two line breaks.
//
// reference: `re.split(r"\n\n", response)`; a blank first or last piece is not counted, a blank
//            piece in the middle fails the check; the number of pieces must be 2.
// precise:   paragraphs are maximal runs of non-blank lines; a line holding only whitespace
//            (the `\r` of CRLF included) and zero-width characters is blank, and any number of
//            blank lines separates two paragraphs; exactly 2 paragraphs. A blank response fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/paragraphs/family.h"

namespace precis::verifiers::paragraphs {
namespace {

constexpr int64_t kExpected = 2;

// True when `s` holds only Python whitespace and zero-width characters.
bool visibly_blank(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!text::is_py_space(d.cp) && !text::is_zero_width(d.cp)) return false;
    p += d.len;
  }
  return true;
}

// reference: the number of paragraphs as upstream counts them, or -1 when a blank piece lies
// between two "\n\n" separators.
int64_t reference_count(std::string_view s) noexcept {
  int64_t n = 0;
  size_t start = 0;
  bool first = true;
  for (size_t sep = s.find("\n\n"); sep != std::string_view::npos; sep = s.find("\n\n", start)) {
    bool blank = text::py_strip(s.substr(start, sep - start)).empty();
    if (blank && !first) return -1;
    n += !blank;
    first = false;
    start = sep + 2;
  }
  n += !text::py_strip(s.substr(start)).empty();
  return n;
}

// precise: the number of maximal runs of non-blank lines.
int64_t precise_count(std::string_view s) noexcept {
  int64_t n = 0;
  bool in_paragraph = false;
  size_t start = 0;
  while (start <= s.size()) {
    size_t nl = s.find('\n', start);
    if (nl == std::string_view::npos) nl = s.size();
    bool blank = visibly_blank(s.substr(start, nl - start));
    if (!blank && !in_paragraph) ++n;
    in_paragraph = !blank;
    start = nl + 1;
  }
  return n;
}

class Paragraphs2 final : public Constraint {
 public:
  explicit Paragraphs2(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_) {
      int64_t n = precise_count(text.raw());
      if (why) {
        if (n == 0)
          why->set("the response is blank");
        else
          why->set("{} paragraphs separated by blank lines; expected {}", n, kExpected);
      }
      return n == kExpected;
    }
    int64_t n = reference_count(text.raw());
    if (n < 0) {
      if (why) why->set("a blank paragraph lies between two \"\\n\\n\" separators");
      return false;
    }
    if (why) why->set("{} paragraphs separated by \"\\n\\n\"; expected {}", n, kExpected);
    return n == kExpected;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Paragraphs2>(ctx.semantics);
}

}  // namespace

VerifierInfo paragraphs2() {
  VerifierInfo info;
  info.id = "paragraphs:paragraphs2";
  info.suite = "IFEvalG";
  info.summary =
      "The response must have exactly 2 paragraphs, separated from each other by two line breaks "
      "(one blank line).";
  info.precise_differences = {
      "A blank line may hold whitespace and zero-width characters, so CRLF text "
      "(`One.\\r\\n\\r\\nTwo.`) and a line holding spaces (`One.\\n \\nTwo.`) separate paragraphs; "
      "reference splits only at two consecutive `\\n` characters and counts such a text as one "
      "paragraph.",
      "Any number of blank lines between, before or after the paragraphs is accepted; reference "
      "fails when a blank piece lies between two `\\n\\n` separators (four line breaks in a row, "
      "`\\n\\n \\n\\n`, or two blank pieces at the start).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::paragraphs
