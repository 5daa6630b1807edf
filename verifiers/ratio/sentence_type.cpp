// ratio:sentence_type: "Maintain a 2:1 ratio of declarative to interrogative sentences."
//
// reference: IFBench: #sentences ending in `.` == 2 x #sentences ending in `?` (head: NLTK Punkt;
//            paper: IFEval's regex splitter). A response with neither passes (0 == 0); a closing
//            quote or bracket after the mark hides it.
// precise:   precise sentences (verifiers/sentence/sentences.h); a sentence's end mark is found
//            behind closing quotes, brackets, markdown emphasis and emoji; at least one
//            interrogative sentence and exactly twice as many declarative ones.
#include <string_view>
#include <vector>

#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/ratio/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::ratio {
namespace {

class SentenceType final : public Constraint {
 public:
  SentenceType(Semantics s, IfbenchVersion v) : precise_(s == Semantics::kPrecise), version_(v) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      size_t declarative = 0, interrogative = 0;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        std::vector<Span> spans;
        sentences::precise(text, spans);
        for (const Span& s : spans) {
          auto end = sentences::precise_end(text.raw().substr(s.begin, s.size()));
          declarative += end == sentences::End::kPeriod;
          interrogative += end == sentences::End::kQuestion;
        }
        if (interrogative == 0) {
          if (why)
            why->set("no interrogative sentence ({} declarative); expected a 2:1 ratio",
                     declarative);
          return false;
        }
      } else {
        std::vector<std::string_view> list;
        sentences::reference(text, version_, list);
        for (std::string_view s : list) {
          declarative += !s.empty() && s.back() == '.';
          interrogative += !s.empty() && s.back() == '?';
        }
      }
      bool pass = declarative == 2 * interrogative;
      if (why)
        why->set("{} declarative and {} interrogative sentences; expected 2:1", declarative,
                 interrogative);
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
  return make<SentenceType>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo sentence_type() {
  VerifierInfo info;
  info.id = "ratio:sentence_type";
  info.suite = "IFBench";
  info.summary = "Maintain a 2:1 ratio of declarative to interrogative sentences.";
  info.precise_differences = {
      "A response without any interrogative sentence fails (reference passes when no sentence "
      "ends with `.` or `?`, since 0 == 2 x 0).",
      "A sentence's end mark is found behind closing quotes, brackets, markdown emphasis and "
      "emoji: `He asked \"why?\"` is interrogative and `**Done.**` declarative (reference looks "
      "only at the last character).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence (the paper-era reference uses IFEval's "
      "regex splitter; reference glues a heading without punctuation to the next sentence)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::ratio
