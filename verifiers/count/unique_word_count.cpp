// count:unique_word_count: use at least N unique words.
//
// reference: IFBench (both versions): the whitespace tokens of the lowercased response (Python's
//            str.lower() and str.split()), each stripped of ASCII punctuation at both ends; the
//            set of those forms must have at least N members. A token made only of punctuation
//            adds the empty string as one more "word"; punctuation inside a token stays
//            (`cats,dogs` is one word).
// precise:   distinct precis words (Text::words()) compared with full case folding, zero-width
//            characters ignored; at least N. Punctuation is never a word. A blank response fails.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/count/ifbench_text.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

class UniqueWordCount final : public Constraint {
 public:
  UniqueWordCount(int64_t n, bool precise) : n_(n), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      const size_t distinct = precise_ ? count_precise(text) : count_reference(text);
      const bool ok = static_cast<int64_t>(distinct) >= n_;
      if (why) why->set("{} unique words; expected at least {}", distinct, n_);
      return ok;
    } catch (...) {
      if (why) why->set("out of memory while counting words");
      return false;
    }
  }

 private:
  static size_t count_reference(const Text& text) {
    std::unordered_set<std::string_view> seen;
    detectable_format::for_each_ws_token(text.lower(), [&](std::string_view tok) {
      seen.insert(strip_punct_space(tok));
      return true;
    });
    return seen.size();
  }

  static size_t count_precise(const Text& text) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
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
    for (size_t end : ends) {
      seen.insert(std::string_view(arena.data() + begin, end - begin));
      begin = end;
    }
    return seen.size();
  }

  int64_t n_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<UniqueWordCount>(kwargs.integer("N"), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo unique_word_count() {
  VerifierInfo info;
  info.id = "count:unique_word_count";
  info.suite = "IFBench";
  info.summary = "Use at least N unique words in the response.";
  info.kwargs = {int_kwarg("N", "the smallest allowed number of distinct words", 0)};
  info.precise_differences = {
      "Punctuation is not a word: a token such as `-` or `...` adds nothing (reference counts it "
      "as the empty word).",
      "Words are split at punctuation: `cats,dogs` and `red/blue` are two words each, and "
      "`“word”` is the same word as `word` (reference strips only ASCII punctuation at the ends "
      "of whitespace tokens).",
      "Words are compared with full Unicode case folding and zero-width characters ignored: "
      "`Straße` and `STRASSE` are one word (reference compares str.lower() forms).",
      "A response holding only whitespace and zero-width characters fails, also when N is 0."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
