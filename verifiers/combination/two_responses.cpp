// combination:two_responses: two different responses separated by six asterisks.
//
// reference: parts = response.split("******") (anywhere, also inside a line); a blank part
//            that is neither the first nor the last fails; the check passes iff exactly two
//            parts are non-blank and their strip()s differ (`A ******* B` passes with `* B`).
// precise:   the separator is a line holding only `******` (surrounding whitespace allowed);
//            exactly two non-blank responses, blank pieces only before the first or after the
//            last separator, and the two differ in more than case, whitespace, zero-width
//            characters or quote style.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/combination/family.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::combination {
namespace {

constexpr std::string_view kSeparator = "******";

// Collects the pieces between separators and applies the shared rules.
class Pieces {
 public:
  // Adds the piece that ends at a separator (`closed`) or at the end of the text.
  explicit Pieces(bool precise) : precise_(precise) {}

  void add(std::string_view piece, bool closed) noexcept {
    bool blank = precise_ ? matching::strip_visible(piece).empty() : text::py_strip(piece).empty();
    if (blank) {
      if (index_ > 0 && closed) interior_blank_ = true;
    } else {
      if (nonblank_ < 2) kept_[nonblank_] = piece;
      ++nonblank_;
    }
    ++index_;
  }

  bool verdict(Reason* why) const noexcept {
    if (interior_blank_) {
      if (why) why->set("an empty response between two separators");
      return false;
    }
    if (nonblank_ != 2) {
      if (why) why->set("{} non-empty responses; expected 2", nonblank_);
      return false;
    }
    bool same = precise_ ? matching::normalized_equal(kept_[0], kept_[1])
                         : text::py_strip(kept_[0]) == text::py_strip(kept_[1]);
    if (same) {
      if (why) why->set("the two responses are the same");
      return false;
    }
    if (why) why->set("two different responses");
    return true;
  }

 private:
  std::string_view kept_[2];
  size_t nonblank_ = 0;
  size_t index_ = 0;
  bool interior_blank_ = false;
  bool precise_;
};

class TwoReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    Pieces pieces(false);
    size_t start = 0;
    for (size_t pos = raw.find(kSeparator); pos != std::string_view::npos;
         pos = raw.find(kSeparator, start)) {
      pieces.add(raw.substr(start, pos - start), true);
      start = pos + kSeparator.size();
    }
    pieces.add(raw.substr(start), false);
    return pieces.verdict(why);
  }
};

class TwoPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    std::string_view raw = text.raw();
    Pieces pieces(true);
    size_t piece_start = 0;
    size_t line_start = 0;
    while (line_start <= raw.size()) {
      size_t nl = raw.find('\n', line_start);
      size_t line_end = nl == std::string_view::npos ? raw.size() : nl;
      std::string_view line = raw.substr(line_start, line_end - line_start);
      if (matching::strip_visible(line) == kSeparator) {
        pieces.add(raw.substr(piece_start, line_start - piece_start), true);
        piece_start = line_end;
      }
      if (nl == std::string_view::npos) break;
      line_start = nl + 1;
    }
    pieces.add(raw.substr(piece_start), false);
    return pieces.verdict(why);
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<TwoReference>();
  return make<TwoPrecise>();
}

}  // namespace

VerifierInfo two_responses() {
  VerifierInfo info;
  info.id = "combination:two_responses";
  info.suite = "IFEval";
  info.summary =
      "Give two different responses, separated by six asterisks (******) and nothing else.";
  info.conflicts = {"change_case:capital_word_frequency",
                    "change_case:english_capital",
                    "change_case:english_lowercase",
                    "combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_content:number_placeholders",
                    "detectable_content:postscript",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "detectable_format:number_bullet_lists",
                    "detectable_format:number_highlighted_sections",
                    "keywords:frequency",
                    "keywords:letter_frequency",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences",
                    "length_constraints:number_words",
                    "startend:end_checker",
                    "startend:quotation"};
  info.precise_differences = {
      "The separator must be a line of its own holding only `******`; reference splits at "
      "every run of six asterisks, also inside a line, so `A ******* B` (seven) or `**bold** "
      "****` text can split a response.",
      "The two responses must differ in more than letter case, whitespace, zero-width "
      "characters or quote style (reference: any difference after strip()).",
      "A response holding only zero-width characters counts as empty.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::combination
