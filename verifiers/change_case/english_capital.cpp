// change_case:english_capital: the response is in English and in capital letters only.
//
// reference: IFEval's `response.isupper() and langdetect.detect(response) == "en"` (a
//            LangDetectException counts as a pass). precis detects with CLD2 on the text as it
//            is, emulating langdetect as text::matches_reference documents.
// precise:   every cased letter is uppercase (Python's str.isupper()), and CLD2, run on the
//            lowercased text so that capitals cannot fool it, identifies English confidently
//            (text::matches_confidently). Blank text fails.
#include "text/language.h"
#include "verifiers/change_case/family.h"
#include "verifiers/common.h"

namespace precis::verifiers::change_case {
namespace {

class EnglishCapital final : public Constraint {
 public:
  explicit EnglishCapital(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    CaseStats cs = text.case_stats();
    if (!cs.python_isupper()) {
      if (why && cs.has_cased) why->set("the response has lowercase or titlecase letters");
      if (why && !cs.has_cased) why->set("the response has no cased letters");
      return false;
    }
    LanguageGuess g;
    try {
      g = precise_ ? text::detect_language(text.lower()) : text.language();
    } catch (...) {
      if (why) why->set("out of memory while detecting the language");
      return false;
    }
    bool pass = precise_ ? text::matches_confidently(g, "en") : text::matches_reference(g, "en");
    if (why) {
      if (!g.has_features)
        why->set("all capitals; no letters to detect a language from");
      else
        why->set("all capitals; detected \"{}\" ({}% of the text, {}); expected \"en\"", g.code,
                 g.percent, g.reliable ? "reliable" : "unreliable");
    }
    return pass;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<EnglishCapital>(ctx.semantics);
}

}  // namespace

VerifierInfo english_capital() {
  VerifierInfo info;
  info.id = "change_case:english_capital";
  info.suite = "IFEval";
  info.summary = "The entire response must be in English and in capital letters.";
  info.conflicts = {"change_case:capital_word_frequency", "change_case:english_capital",
                    "change_case:english_lowercase",      "combination:repeat_prompt",
                    "combination:two_responses",          "detectable_format:constrained_response",
                    "detectable_format:json_format",      "language:response_language"};
  info.precise_differences = {
      "The language is detected on the lowercased text, so capitals cannot fool the detector. "
      "Reference detects on the text as it is, as upstream does (upstream's langdetect sees only "
      "word-initial and word-final letter sequences of all-caps words); CLD2 folds case itself, "
      "so with CLD2 the two agree in practice.",
      "CLD2 must identify English reliably in at least 60% of the text; reference only asks its "
      "reliable guess to be English (CLD2 already reports the other language of a text that "
      "mixes English with a sizeable share of another one, so this rarely matters).",
      "Text with no letters a detector can use fails (e.g. circled capitals `ⒽⒺⓁⓁⓄ`, which are "
      "uppercase); reference passes it (upstream's LangDetectException counts as a pass).",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::change_case
