// count:word_count_range: the response must contain between min_words and max_words words.
//
// reference: IFBench (both versions): min_words <= number of `\w+` matches <= max_words.
// precise:   the same bounds over precis words (Text::words()): `don't` and `well-known` are one
//            word each, zero-width characters cannot split a word. A blank response fails, and
//            min_words > max_words is a spec error (no response could pass).
#include <fmt/format.h>

#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

class WordCountRange final : public Constraint {
 public:
  WordCountRange(int64_t min_words, int64_t max_words, bool precise)
      : min_(min_words), max_(max_words), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      const int64_t n =
          static_cast<int64_t>(precise_ ? text.words().size() : text.python_word_count());
      const bool ok = min_ <= n && n <= max_;
      if (why) why->set("{} words; expected between {} and {}", n, min_, max_);
      return ok;
    } catch (...) {
      if (why) why->set("out of memory while counting words");
      return false;
    }
  }

 private:
  int64_t min_, max_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const int64_t lo = kwargs.integer("min_words");
  const int64_t hi = kwargs.integer("max_words");
  const bool precise = ctx.semantics == Semantics::kPrecise;
  if (precise && lo > hi)
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"max_words\": expected at least min_words ({}), got {}",
                    ctx.id, lo, hi));
  return make<WordCountRange>(lo, hi, precise);
}

}  // namespace

VerifierInfo word_count_range() {
  VerifierInfo info;
  info.id = "count:word_count_range";
  info.suite = "IFBench";
  info.summary = "The response must contain between min_words and max_words words (inclusive).";
  info.kwargs = {int_kwarg("min_words", "the smallest allowed number of words", 0),
                 int_kwarg("max_words", "the largest allowed number of words", 0)};
  info.precise_differences = {
      "Words are precis words: `don't` and `well-known` are one word each (reference counts "
      "`\\w+` runs, two each).",
      "Zero-width characters inside a word do not split it (reference: `\\w+` stops at them).",
      "min_words greater than max_words is a spec error (reference builds it and fails every "
      "response).",
      "A response holding only whitespace and zero-width characters fails, also when min_words "
      "is 0 (reference counts 0 words)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
