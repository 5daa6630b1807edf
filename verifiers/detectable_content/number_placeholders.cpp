// detectable_content:number_placeholders: the response has at least N placeholders like [name].
//
// reference: the number of matches of Python's `re.findall(r"\[.*?\]", response)`: from a `[`,
//            the nearest `]` on the same line; `[]` counts, `[[a]]` counts once, `[a\nb]` not.
// precise:   innermost bracket pairs on one line whose content has a visible character; a
//            markdown link `[text](url)` is not a placeholder. Blank text fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_content/family.h"

namespace precis::verifiers::detectable_content {
namespace {

// A character a reader sees: a letter, number, punctuation or symbol (not whitespace, not a
// zero-width or other format character, not a lone combining mark).
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

// re.findall(r"\[.*?\]", s): from each `[`, the first `]` before the next newline. When a line
// has no `]` after a `[`, no later `[` of that line can match either, so the scan skips the line.
int64_t count_reference(std::string_view s) noexcept {
  int64_t n = 0;
  size_t i = 0;
  while (true) {
    i = s.find('[', i);
    if (i == std::string_view::npos) break;
    size_t j = s.find_first_of("]\n", i + 1);
    if (j == std::string_view::npos) break;
    if (s[j] == ']') ++n;
    i = j + 1;
  }
  return n;
}

int64_t count_precise(std::string_view s) noexcept {
  int64_t n = 0;
  size_t open = std::string_view::npos;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '[') {
      open = i;  // the innermost `[` wins
    } else if (c == '\n') {
      open = std::string_view::npos;
    } else if (c == ']' && open != std::string_view::npos) {
      std::string_view content = s.substr(open + 1, i - open - 1);
      bool link = i + 1 < s.size() && s[i + 1] == '(';
      if (!link && has_visible(content)) ++n;
      open = std::string_view::npos;
    }
  }
  return n;
}

class NumberPlaceholders final : public Constraint {
 public:
  NumberPlaceholders(int64_t bound, Semantics s)
      : bound_(bound), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    int64_t n = precise_ ? count_precise(text.raw()) : count_reference(text.raw());
    bool pass = n >= bound_;
    if (why) why->set("{} placeholders; expected at least {}", n, bound_);
    return pass;
  }

 private:
  int64_t bound_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberPlaceholders>(kw.integer("num_placeholders"), ctx.semantics);
}

}  // namespace

VerifierInfo number_placeholders() {
  VerifierInfo info;
  info.id = "detectable_content:number_placeholders";
  info.suite = "IFEval";
  info.summary =
      "The response must contain at least `num_placeholders` placeholders in square brackets, "
      "such as [address].";
  info.kwargs = {int_kwarg("num_placeholders", "the least number of placeholders")};
  info.conflicts = {"combination:repeat_prompt", "combination:two_responses",
                    "detectable_content:number_placeholders",
                    "detectable_format:constrained_response", "detectable_format:json_format"};
  info.precise_differences = {
      "A placeholder needs a visible character inside the brackets: `[]`, `[ ]` and brackets "
      "holding only zero-width characters do not count (reference counts them).",
      "Only innermost bracket pairs count: in `[a [b] c]` only `[b]` is a placeholder (reference "
      "counts `[a [b]`).",
      "A markdown link `[text](url)` is not a placeholder (reference counts it).",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_content
