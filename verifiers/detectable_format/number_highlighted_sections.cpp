// detectable_format:number_highlighted_sections: at least N markdown-highlighted sections.
//
// reference: the matches of `\*[^\n\*]*\*` whose `m.strip("*").strip()` is non-empty, plus the
//            matches of `\*\*[^\n\*]*\*\*` whose inside is non-blank (two independent
//            `re.findall` scans). `*a*` -> 1, `**a**` -> 1, `***a***` -> 2, `*a*b*c*` -> 2,
//            `* a\n* b` -> 0.
// precise:   emphasis spans on one line: a run of one to three `*`, text without `*` that neither
//            starts nor ends with whitespace and holds a visible character, and a closing run of
//            the same length. Each span counts once (`***a***` -> 1). Blank text fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"

namespace precis::verifiers::detectable_format {
namespace {

bool has_visible(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::flags(d.cp) & (text::kLetter | text::kNumber | text::kPunct | text::kSymbol))
      return true;
    p += d.len;
  }
  return false;
}

// The end of the run of characters other than '\n' and '*' that starts at `i`.
size_t run_end(std::string_view s, size_t i) noexcept {
  size_t e = s.find_first_of("\n*", i);
  return e == std::string_view::npos ? s.size() : e;
}

// findall(r"\*[^\n\*]*\*"), counting matches with a non-blank inside.
int64_t count_single(std::string_view s) noexcept {
  int64_t n = 0;
  size_t i = 0;
  while ((i = s.find('*', i)) != std::string_view::npos) {
    size_t k = run_end(s, i + 1);
    if (k < s.size() && s[k] == '*') {
      if (!text::py_strip(s.substr(i + 1, k - i - 1)).empty()) ++n;
      i = k + 1;
    } else {
      i = k;  // no '*' closes before the newline: no start in between can match either
    }
  }
  return n;
}

// findall(r"\*\*[^\n\*]*\*\*"), counting matches with a non-blank inside.
int64_t count_double(std::string_view s) noexcept {
  int64_t n = 0;
  size_t i = 0;
  while ((i = s.find("**", i)) != std::string_view::npos) {
    size_t k = run_end(s, i + 2);
    if (k + 1 < s.size() && s[k] == '*' && s[k + 1] == '*') {
      if (!text::py_strip(s.substr(i + 2, k - i - 2)).empty()) ++n;
      i = k + 2;
    } else {
      // Starts inside the run cannot match; the '*' right after `i` may still open "**".
      i = (k == i + 2) ? i + 1 : k;
    }
  }
  return n;
}

size_t star_run(std::string_view s, size_t i) noexcept {
  size_t j = i;
  while (j < s.size() && s[j] == '*')
    ++j;
  return j - i;
}

bool starts_with_space(std::string_view s) noexcept {
  return !s.empty() && text::is_py_space(text::decode(s.data(), s.data() + s.size()).cp);
}

bool ends_with_space(std::string_view s) noexcept {
  return !s.empty() && text::is_py_space(text::decode_before(s.data(), s.data() + s.size()).cp);
}

int64_t count_precise(std::string_view s) noexcept {
  int64_t n = 0;
  size_t i = 0;
  while ((i = s.find('*', i)) != std::string_view::npos) {
    size_t k = star_run(s, i);
    size_t c = i + k;
    size_t e = run_end(s, c);
    if (e >= s.size() || s[e] != '*') {
      i = e;  // the line ends before any closing run
      continue;
    }
    size_t k2 = star_run(s, e);
    std::string_view content = s.substr(c, e - c);
    if (k <= 3 && k2 == k && has_visible(content) && !starts_with_space(content) &&
        !ends_with_space(content)) {
      ++n;
      i = e + k2;
    } else {
      i = e;  // the closing run may open the next span
    }
  }
  return n;
}

class NumberHighlightedSections final : public Constraint {
 public:
  NumberHighlightedSections(int64_t bound, Semantics s)
      : bound_(bound), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    int64_t n = precise_ ? count_precise(s) : count_single(s) + count_double(s);
    bool pass = n >= bound_;
    if (why) why->set("{} highlighted sections; expected at least {}", n, bound_);
    return pass;
  }

 private:
  int64_t bound_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberHighlightedSections>(kw.integer("num_highlights"), ctx.semantics);
}

}  // namespace

VerifierInfo number_highlighted_sections() {
  VerifierInfo info;
  info.id = "detectable_format:number_highlighted_sections";
  info.suite = "IFEval";
  info.summary =
      "The response must highlight at least `num_highlights` sections with markdown, i.e. "
      "*highlighted section*.";
  info.kwargs = {int_kwarg("num_highlights", "the least number of highlighted sections")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "detectable_format:number_highlighted_sections"};
  info.precise_differences = {
      "A span counts once: `***a***` is one highlight (reference: two, one from each scan).",
      "Opening and closing runs must have the same length (one to three `*`): `*a**` holds no "
      "highlight (reference counts `*a*`).",
      "The highlighted text must not start or end with whitespace, as in markdown: `* a *` and "
      "the bullets `* a` / `* b` are not highlights, so `* a * b *` holds none (reference: one).",
      "The highlighted text needs a visible character; zero-width characters do not count "
      "(reference counts anything that is not whitespace).",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
