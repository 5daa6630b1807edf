// sentence:increment: "Each sentence must contain exactly {small_n} more words than the
// previous one."
//
// reference: IFBench: sentences (head: NLTK Punkt; paper: IFEval's regex splitter); a sentence's
//            words are its whitespace tokens once ASCII punctuation is removed (a token of
//            punctuation only disappears); each sentence after the first has exactly the previous
//            count plus small_n. One sentence passes; no sentence fails (Python's IndexError).
// precise:   precise sentences (verifiers/sentence/sentences.h) and precise words
//            (Text::words()); at least two sentences; each has exactly small_n more words than
//            the one before.
#include <string_view>
#include <vector>

#include "verifiers/common.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/sentence/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::sentence {
namespace {

// Whitespace tokens of `s` that keep a character once string.punctuation is removed.
size_t reference_words(std::string_view s) {
  size_t n = 0;
  detectable_format::for_each_ws_token(s, [&n](std::string_view token) {
    for (char c : token)
      if (!sentences::is_ascii_punct(static_cast<unsigned char>(c))) {
        ++n;
        break;
      }
    return true;
  });
  return n;
}

class Increment final : public Constraint {
 public:
  Increment(int64_t step, Semantics s, IfbenchVersion v)
      : step_(step), precise_(s == Semantics::kPrecise), version_(v) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      std::vector<int64_t> counts;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        std::vector<Span> spans;
        sentences::precise(text, spans);
        counts.assign(spans.size(), 0);
        size_t si = 0;
        for (const Span& w : text.words()) {
          while (si < spans.size() && w.begin >= spans[si].end)
            ++si;
          if (si == spans.size()) break;
          if (w.begin >= spans[si].begin) ++counts[si];
        }
        if (counts.size() < 2) {
          if (why) why->set("{} sentence; expected at least 2 to increase", counts.size());
          return false;
        }
      } else {
        std::vector<std::string_view> list;
        sentences::reference(text, version_, list);
        if (list.empty()) {
          if (why) why->set("no sentence");
          return false;
        }
        for (std::string_view s : list)
          counts.push_back(static_cast<int64_t>(reference_words(s)));
      }
      for (size_t i = 1; i < counts.size(); ++i)
        if (counts[i] != counts[i - 1] + step_) {
          if (why)
            why->set("sentence {} has {} words after {}; expected {}", i + 1, counts[i],
                     counts[i - 1], counts[i - 1] + step_);
          return false;
        }
      if (why) why->set("{} sentences, each {} words longer than the last", counts.size(), step_);
      return true;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  int64_t step_;
  bool precise_;
  IfbenchVersion version_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<Increment>(kwargs.integer("small_n"), ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo increment() {
  VerifierInfo info;
  info.id = "sentence:increment";
  info.suite = "IFBench";
  info.summary = "Each sentence must contain exactly small_n more words than the previous one.";
  info.kwargs = {int_kwarg("small_n", "how many more words each sentence has than the last", 0)};
  info.precise_differences = {
      "A response of one sentence fails: nothing increases (reference passes it).",
      "Words are precis words: a dash or other non-ASCII punctuation standing alone (`—`, `•`) "
      "is not a word, and `3.14` is two words (reference counts whitespace tokens once ASCII "
      "punctuation is removed, so `—` counts and `3.14` is one).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence (the paper-era reference uses IFEval's "
      "regex splitter; reference glues a heading without punctuation to the sentence after it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::sentence
