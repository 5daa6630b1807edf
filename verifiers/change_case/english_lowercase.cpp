// change_case:english_lowercase: the response is in English and in lowercase letters only.
//
// reference: IFEval's `response.islower() and langdetect.detect(response) == "en"` (a
//            LangDetectException counts as a pass). precis detects with CLD2, emulating
//            langdetect as text::matches_reference documents.
// precise:   every cased letter is lowercase (Python's str.islower()), and CLD2 identifies
//            English confidently (text::matches_confidently). Blank text fails.
#include "text/language.h"
#include "verifiers/change_case/family.h"
#include "verifiers/common.h"

namespace precis::verifiers::change_case {
namespace {

class EnglishLowercase final : public Constraint {
 public:
  explicit EnglishLowercase(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    CaseStats cs = text.case_stats();
    if (!cs.python_islower()) {
      if (why && cs.has_cased) why->set("the response has uppercase or titlecase letters");
      if (why && !cs.has_cased) why->set("the response has no cased letters");
      return false;
    }
    LanguageGuess g;
    try {
      g = text.language();
    } catch (...) {
      if (why) why->set("out of memory while detecting the language");
      return false;
    }
    bool pass = precise_ ? text::matches_confidently(g, "en") : text::matches_reference(g, "en");
    if (why) {
      if (!g.has_features)
        why->set("all lowercase; no letters to detect a language from");
      else
        why->set("all lowercase; detected \"{}\" ({}% of the text, {}); expected \"en\"", g.code,
                 g.percent, g.reliable ? "reliable" : "unreliable");
    }
    return pass;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<EnglishLowercase>(ctx.semantics);
}

}  // namespace

VerifierInfo english_lowercase() {
  VerifierInfo info;
  info.id = "change_case:english_lowercase";
  info.suite = "IFEval";
  info.summary = "The entire response must be in English and in lowercase letters only.";
  info.conflicts = {"change_case:capital_word_frequency", "change_case:english_lowercase",
                    "change_case:english_lowercase",      "combination:repeat_prompt",
                    "combination:two_responses",          "detectable_format:constrained_response",
                    "detectable_format:json_format",      "language:response_language"};
  info.precise_differences = {
      "Text with no letters a detector can use fails (e.g. circled small letters `ⓗⓔⓛⓛⓞ`, which "
      "are lowercase); reference passes it (upstream's LangDetectException counts as a pass).",
      "CLD2 must identify English reliably in at least 60% of the text; reference only asks its "
      "reliable guess to be English (CLD2 already reports the other language of a text that mixes "
      "English with a sizeable share of another one, so this rarely matters).",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::change_case
