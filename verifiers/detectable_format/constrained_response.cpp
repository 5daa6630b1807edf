// detectable_format:constrained_response: the response gives one of three fixed answers.
//
// reference: response.strip() contains (case-sensitive substring) "My answer is yes.",
//            "My answer is no." or "My answer is maybe.".
// precise:   exactly one of the three options occurs (it may be repeated), not glued to a
//            preceding letter or digit. Blank text fails.
#include <array>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"

namespace precis::verifiers::detectable_format {
namespace {

constexpr std::array<std::string_view, 3> kOptions = {"My answer is yes.", "My answer is no.",
                                                      "My answer is maybe."};

// Whether `option` occurs in `s` at a position not preceded by a word character.
bool occurs(std::string_view s, std::string_view option, bool word_start) noexcept {
  size_t pos = 0;
  while ((pos = s.find(option, pos)) != std::string_view::npos) {
    if (!word_start || pos == 0) return true;
    auto before = text::decode_before(s.data(), s.data() + pos);
    if (!text::is_word_char(before.cp) && before.cp != '_') return true;
    ++pos;
  }
  return false;
}

class ConstrainedResponse final : public Constraint {
 public:
  explicit ConstrainedResponse(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.stripped();
    int found = 0;
    std::string_view first, second;
    for (std::string_view option : kOptions) {
      if (!occurs(s, option, precise_)) continue;
      ++found;
      (found == 1 ? first : second) = option;
      if (!precise_) break;
    }
    if (found == 0) {
      if (why) why->set("none of the options occurs");
      return false;
    }
    if (precise_ && found > 1) {
      if (why) why->set("more than one option occurs: \"{}\" and \"{}\"", first, second);
      return false;
    }
    if (why) why->set("found \"{}\"", first);
    return true;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<ConstrainedResponse>(ctx.semantics);
}

}  // namespace

VerifierInfo constrained_response() {
  VerifierInfo info;
  info.id = "detectable_format:constrained_response";
  info.suite = "IFEval";
  info.summary =
      "The response must answer with one of \"My answer is yes.\", \"My answer is no.\", \"My "
      "answer is maybe.\".";
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
                    "detectable_format:title",
                    "keywords:existence",
                    "keywords:forbidden_words",
                    "keywords:frequency",
                    "keywords:letter_frequency",
                    "language:response_language",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences",
                    "length_constraints:number_words",
                    "punctuation:no_comma",
                    "startend:end_checker",
                    "startend:quotation"};
  info.precise_differences = {
      "Exactly one of the three options may occur (repeating it is fine); a response that hedges "
      "with two different options fails (reference: passes).",
      "An option glued to a preceding letter or digit (`TodayMy answer is yes.`) does not count.",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
