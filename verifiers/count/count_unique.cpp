// count:count_unique: no word may be repeated.
//
// reference: open-instruct IFEvalG: the nltk.word_tokenize tokens of the response must all be
//            distinct, compared case-sensitively. Punctuation tokens count (two commas or two
//            periods fail), clitics are tokens (`can't` and `won't` share `n't`), `The` and `the`
//            differ.
// precise:   precis words (Text::words()) compared with full case folding (zero-width characters
//            ignored) must all be distinct; punctuation is not a word. A response without words
//            fails.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

class CountUnique final : public Constraint {
 public:
  explicit CountUnique(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    try {
      return precise_ ? check_precise(text, why) : check_reference(text, why);
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }

 private:
  static bool check_reference(const Text& text, Reason* why) {
    const auto& tokens = text.treebank_tokens();
    std::unordered_set<std::string_view> seen;
    seen.reserve(tokens.size());
    for (const std::string& t : tokens)
      if (!seen.insert(t).second) {
        if (why) why->set("the token \"{}\" is repeated", t);
        return false;
      }
    if (why) why->set("all {} tokens are distinct", tokens.size());
    return true;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    // Normalized words back to back in one buffer, then compared through views of it.
    std::string arena;
    std::vector<size_t> ends;
    ends.reserve(words.size());
    for (const Span& w : words) {
      text::normalize_word(raw.substr(w.begin, w.size()), arena);
      ends.push_back(arena.size());
    }
    std::unordered_set<std::string_view> seen;
    seen.reserve(words.size());
    size_t begin = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view norm(arena.data() + begin, ends[i] - begin);
      begin = ends[i];
      if (!seen.insert(norm).second) {
        if (why)
          why->set("the word \"{}\" is repeated", raw.substr(words[i].begin, words[i].size()));
        return false;
      }
    }
    if (why) why->set("all {} words are distinct", words.size());
    return true;
  }

  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<CountUnique>(ctx.semantics);
}

}  // namespace

VerifierInfo count_unique() {
  VerifierInfo info;
  info.id = "count:count_unique";
  info.suite = "IFEvalG";
  info.summary = "Only unique words may be used: no word may appear twice.";
  info.precise_differences = {
      "Words are precis's words: punctuation is not a word, so `Cats sleep, dogs bark, birds "
      "sing.` passes (reference compares nltk.word_tokenize tokens, and the two commas repeat).",
      "Contractions stay whole: `can't` and `won't` are different words (reference splits off "
      "`n't` twice); quotes are not words (reference's `` and '' tokens).",
      "Words are compared with full Unicode case folding: `The cat saw the dog.` and `Yes yes` "
      "repeat a word (reference compares case-sensitively, so they pass).",
      "A response without any word fails, and so does one holding only whitespace and "
      "zero-width characters (reference passes any response whose tokens are distinct, and "
      "leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
