// ratio:sentence_balance: "Ensure that the ratio of sentence types (declarative, interrogative,
// exclamatory) is balanced."
//
// reference: IFBench: #sentences ending in `.` == #ending in `?` == #ending in `!` (head: NLTK
//            Punkt; paper: IFEval's regex splitter). No sentence ending in any of them passes.
// precise:   precise sentences (verifiers/sentence/sentences.h); end marks found behind closing
//            quotes, brackets, markdown emphasis and emoji; the three counts are equal and at
//            least 1.
#include <string_view>
#include <vector>

#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/ratio/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::ratio {
namespace {

class SentenceBalance final : public Constraint {
 public:
  SentenceBalance(Semantics s, IfbenchVersion v)
      : precise_(s == Semantics::kPrecise), version_(v) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      size_t period = 0, question = 0, exclamation = 0;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        std::vector<Span> spans;
        sentences::precise(text, spans);
        for (const Span& s : spans) {
          auto end = sentences::precise_end(text.raw().substr(s.begin, s.size()));
          period += end == sentences::End::kPeriod;
          question += end == sentences::End::kQuestion;
          exclamation += end == sentences::End::kExclamation;
        }
      } else {
        std::vector<std::string_view> list;
        sentences::reference(text, version_, list);
        for (std::string_view s : list) {
          if (s.empty()) continue;
          period += s.back() == '.';
          question += s.back() == '?';
          exclamation += s.back() == '!';
        }
      }
      bool pass = period == question && question == exclamation && (!precise_ || period > 0);
      if (why)
        why->set("{} declarative, {} interrogative, {} exclamatory sentences; expected equal{}",
                 period, question, exclamation, precise_ ? " counts of at least 1" : " counts");
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  bool precise_;
  IfbenchVersion version_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<SentenceBalance>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo sentence_balance() {
  VerifierInfo info;
  info.id = "ratio:sentence_balance";
  info.suite = "IFBench";
  info.summary =
      "Balance the sentence types: as many declarative as interrogative as exclamatory "
      "sentences.";
  info.precise_differences = {
      "Each of the three types must occur at least once (reference passes when no sentence ends "
      "with `.`, `?` or `!`, since 0 == 0 == 0).",
      "A sentence's end mark is found behind closing quotes, brackets, markdown emphasis and "
      "emoji: `She shouted \"Run!\"` is exclamatory (reference looks only at the last "
      "character).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence (the paper-era reference uses IFEval's "
      "regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::ratio
