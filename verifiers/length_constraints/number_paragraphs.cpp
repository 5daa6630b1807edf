// length_constraints:number_paragraphs: exactly N paragraphs separated by the divider `***`.
//
// reference: IFEval splits with `re.split(r"\s?\*\*\*\s?", response)`; an empty first or last
//            piece is not counted, an empty piece in the middle fails the check; the number of
//            pieces must equal N. `***` anywhere splits (inside `***bold***` too).
// precise:   paragraphs are separated by markdown divider lines (a line holding only `***`,
//            `* * *`, `---`, `___` or longer runs of one of these characters); the number of
//            non-blank paragraphs must equal N. Blank text fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/length_constraints/family.h"

namespace precis::verifiers::length_constraints {
namespace {

bool is_blank_char(char32_t cp) {
  return text::is_py_space(cp) || text::is_zero_width(cp);
}

// True when s[begin, end) holds only Python whitespace (str.strip() would leave nothing).
bool py_blank(std::string_view s) {
  return text::py_strip(s).empty();
}

// True when s has no character but whitespace and zero-width characters.
bool visibly_blank(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_blank_char(d.cp)) return false;
    p += d.len;
  }
  return true;
}

// The length of the Python whitespace character at s[i], or 0.
size_t space_at(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  auto d = text::decode(s.data() + i, s.data() + s.size());
  return text::is_py_space(d.cp) ? d.len : 0;
}

// reference: the number of paragraphs as IFEval counts them, or -1 when an empty piece lies
// between two dividers.
int64_t reference_count(std::string_view s) {
  int64_t pieces = 0;
  int64_t n = 0;
  size_t piece_start = 0;
  size_t i = 0;
  for (;;) {
    // The leftmost match of \s?\*\*\*\s? at or after i contains the first `***` at or after
    // i; it starts one whitespace character earlier when there is one (greedy \s?). A
    // whitespace character's first byte is never inside another UTF-8 sequence, so stepping
    // back from the stars finds the same character a forward scan would.
    size_t stars = s.find("***", i);
    if (stars == std::string_view::npos) break;
    size_t start = stars;
    if (stars > i) {
      auto d = text::decode_before(s.data() + i, s.data() + stars);
      if (text::is_py_space(d.cp)) start = stars - d.len;
    }
    size_t match_end = stars + 3;
    match_end += space_at(s, match_end);
    // The piece [piece_start, start) is followed by a divider, so it is not the last one.
    bool blank = py_blank(s.substr(piece_start, start - piece_start));
    if (blank && pieces > 0) return -1;
    if (!blank) ++n;
    ++pieces;
    piece_start = i = match_end;
  }
  if (!py_blank(s.substr(piece_start))) ++n;
  return n;
}

// A markdown thematic break: three or more of one of `*`, `-`, `_`, with optional spaces or tabs
// between them, and nothing else on the line but whitespace.
bool is_divider_line(std::string_view line) {
  line = text::py_strip(line);
  char c = 0;
  int count = 0;
  for (char x : line) {
    if (x == ' ' || x == '\t') continue;
    if (x != '*' && x != '-' && x != '_') return false;
    if (c && x != c) return false;
    c = x;
    ++count;
  }
  return count >= 3;
}

// precise: the number of non-blank paragraphs between divider lines.
int64_t precise_count(std::string_view s) {
  int64_t n = 0;
  bool content = false;  // the current paragraph has visible text
  size_t line_start = 0;
  while (line_start <= s.size()) {
    size_t nl = s.find('\n', line_start);
    if (nl == std::string_view::npos) nl = s.size();
    std::string_view line = s.substr(line_start, nl - line_start);
    if (is_divider_line(line)) {
      if (content) ++n;
      content = false;
    } else if (!content && !visibly_blank(line)) {
      content = true;
    }
    line_start = nl + 1;
  }
  if (content) ++n;
  return n;
}

class NumberParagraphs final : public Constraint {
 public:
  NumberParagraphs(int64_t expected, Semantics s)
      : expected_(expected), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_) {
      if (text.blank()) {
        if (why) why->set("the response is blank");
        return false;
      }
      int64_t n = precise_count(text.raw());
      if (why) why->set("{} paragraphs between divider lines; expected {}", n, expected_);
      return n == expected_;
    }
    int64_t n = reference_count(text.raw());
    if (n < 0) {
      if (why) why->set("an empty paragraph lies between two `***` dividers");
      return false;
    }
    if (why) why->set("{} paragraphs; expected {}", n, expected_);
    return n == expected_;
  }

 private:
  int64_t expected_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberParagraphs>(kw.integer("num_paragraphs"), ctx.semantics);
}

}  // namespace

VerifierInfo number_paragraphs() {
  VerifierInfo info;
  info.id = "length_constraints:number_paragraphs";
  info.suite = "IFEval";
  info.summary =
      "The response must have exactly `num_paragraphs` paragraphs, separated by the markdown "
      "divider `***`.";
  info.kwargs = {int_kwarg("num_paragraphs", "the exact number of paragraphs")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences"};
  info.precise_differences = {
      "Only a divider line separates paragraphs: a line holding nothing but `***`, `* * *`, "
      "`---`, `___` (or a longer run of one of these characters). Reference splits at every "
      "`***` anywhere in the text, so `***bold***` and `a *** b` split too, while `---` does not.",
      "Empty paragraphs (two dividers in a row, a divider at the start or end) are not counted "
      "and do not fail the check; reference fails when an empty piece lies between two "
      "dividers (`******`, `*** ***`).",
      "A paragraph holding only whitespace and zero-width characters is empty.",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::length_constraints
