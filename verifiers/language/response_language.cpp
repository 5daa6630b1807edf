// language:response_language: the whole response is in the given language.
//
// reference: IFEval's `langdetect.detect(response) == language`, where a LangDetectException
//            (no letters to detect) counts as a pass. precis detects with CLD2, which is
//            deterministic: text without letter features passes, otherwise CLD2 must report the
//            language and call its guess reliable (text::matches_reference).
// precise:   CLD2 must report the language reliably for at least 60% of the text; text without
//            letters fails, as does blank text.
#include <string>
#include <string_view>

#include "text/language.h"
#include "verifiers/common.h"
#include "verifiers/language/family.h"

namespace precis::verifiers::language {
namespace {

// IFEval's LANGUAGE_CODES: the languages response_language may ask for.
const char* const kLanguages[][2] = {
    {"en", "English"},   {"es", "Spanish"},    {"pt", "Portuguese"}, {"ar", "Arabic"},
    {"hi", "Hindi"},     {"fr", "French"},     {"ru", "Russian"},    {"de", "German"},
    {"ja", "Japanese"},  {"it", "Italian"},    {"bn", "Bengali"},    {"uk", "Ukrainian"},
    {"th", "Thai"},      {"ur", "Urdu"},       {"ta", "Tamil"},      {"te", "Telugu"},
    {"bg", "Bulgarian"}, {"ko", "Korean"},     {"pl", "Polish"},     {"he", "Hebrew"},
    {"fa", "Persian"},   {"vi", "Vietnamese"}, {"ne", "Nepali"},     {"sw", "Swahili"},
    {"kn", "Kannada"},   {"mr", "Marathi"},    {"gu", "Gujarati"},   {"pa", "Punjabi"},
    {"ml", "Malayalam"}, {"fi", "Finnish"}};

class ResponseLanguage final : public Constraint {
 public:
  ResponseLanguage(std::string code, Semantics s)
      : code_(std::move(code)), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    LanguageGuess g;
    try {
      g = text.language();
    } catch (...) {
      if (why) why->set("out of memory while detecting the language");
      return false;
    }
    bool pass = precise_ ? text::matches_confidently(g, code_) : text::matches_reference(g, code_);
    if (why) {
      if (!g.has_features)
        why->set("no letters to detect a language from; expected \"{}\"", code_);
      else
        why->set("detected \"{}\" ({}% of the text, {}); expected \"{}\"", g.code, g.percent,
                 g.reliable ? "reliable" : "unreliable", code_);
    }
    return pass;
  }

 private:
  std::string code_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<ResponseLanguage>(kw.string("language"), ctx.semantics);
}

}  // namespace

VerifierInfo response_language() {
  VerifierInfo info;
  info.id = "language:response_language";
  info.suite = "IFEval";
  info.summary = "The entire response must be in the language `language`.";
  KwargSpec lang = string_kwarg("language", "");
  std::string doc = "ISO 639-1 code of the language, one of IFEval's 30:";
  for (const auto& l : kLanguages) {
    lang.allowed.emplace_back(l[0]);
    doc += std::string(" ") + l[0] + " (" + l[1] + ")";
  }
  lang.doc = doc;
  info.kwargs = {lang};
  info.conflicts = {"change_case:english_capital",
                    "change_case:english_lowercase",
                    "combination:repeat_prompt",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "keywords:existence",
                    "keywords:forbidden_words",
                    "keywords:frequency",
                    "language:response_language",
                    "startend:end_checker"};
  info.precise_differences = {
      "Text with no letters to detect a language from (digits, punctuation, emoji only) fails; "
      "reference passes it (upstream's LangDetectException counts as a pass).",
      "CLD2 must find the language in at least 60% of the text, so a response that mixes in "
      "long passages of another language fails; reference only asks CLD2's reliable guess to "
      "be the language.",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::language
