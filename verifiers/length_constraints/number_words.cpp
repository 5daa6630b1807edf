// length_constraints:number_words: the response has fewer than / at least N words.
//
// reference: words are the matches of Python's `\w+` (IFEval's count_words): `don't` and `e-mail`
//            are two words, and combining marks split words (`हिन्दी` is three).
// precise:   words are precis's words (Text::words()): runs of letters, marks and digits, with an
//            apostrophe or hyphen between two letters kept inside; zero-width characters are
//            skipped. Blank text fails.
#include <cstdint>

#include "verifiers/common.h"
#include "verifiers/length_constraints/family.h"

namespace precis::verifiers::length_constraints {
namespace {

class NumberWords final : public Constraint {
 public:
  NumberWords(int64_t bound, Relation relation, Semantics s)
      : bound_(bound), relation_(relation), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    int64_t n = 0;
    try {
      n = static_cast<int64_t>(precise_ ? text.words().size() : text.python_word_count());
    } catch (...) {
      if (why) why->set("out of memory while counting words");
      return false;
    }
    bool pass = compare(n, bound_, relation_);
    if (why) why->set("{} words; expected {} {}", n, relation_text(relation_), bound_);
    return pass;
  }

 private:
  int64_t bound_;
  Relation relation_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberWords>(kw.integer("num_words"), parse_relation(kw.string("relation")),
                           ctx.semantics);
}

}  // namespace

VerifierInfo number_words() {
  VerifierInfo info;
  info.id = "length_constraints:number_words";
  info.suite = "IFEval";
  info.summary = "The response must have fewer than / at least `num_words` words.";
  info.kwargs = {int_kwarg("num_words", "the word count bound"), relation_kwarg("relation")};
  info.conflicts = {"combination:repeat_prompt", "combination:two_responses",
                    "detectable_format:constrained_response", "detectable_format:json_format",
                    "length_constraints:number_words"};
  info.precise_differences = {
      "Words are runs of Unicode letters, marks and digits; reference counts matches of Python's "
      "`\\w+`, which excludes combining marks, so Indic words are split at every vowel sign "
      "(`हिन्दी` is 3 words in reference, 1 in precise).",
      "An apostrophe or hyphen between two letters stays inside the word: `don't` and "
      "`well-known` are one word each (reference: two).",
      "The underscore is not a word character: `snake_case` is two words (reference: one).",
      "Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) inside a word do not "
      "split it.",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::length_constraints
