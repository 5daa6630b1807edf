// words:repeats: "The response should not repeat any word more than {small_n} times."
//
// reference: IFBench: lowercased, ASCII punctuation removed, whitespace tokens; no token may
//            occur more than small_n times (stop words included). A response without tokens
//            passes.
// precise:   precis words compared with full case folding (zero-width characters ignored); no
//            word may occur more than small_n times. At least one word.
#include <string>
#include <string_view>
#include <unordered_map>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

class Repeats final : public TwoSemantics<Repeats> {
 public:
  friend class TwoSemantics<Repeats>;
  Repeats(Semantics s, int64_t max) : TwoSemantics(s), max_(max) {}

 private:
  bool check_reference(const Text& text, Reason* why) const {
    thread_local std::string buf;
    without_punct(text.raw(), true, buf);
    std::unordered_map<std::string_view, int64_t> counts;
    for_each_ws_token(buf, [&](std::string_view token) {
      ++counts[token];
      return true;
    });
    return verdict(counts, why);
  }

  bool check_precise(const Text& text, Reason* why) const {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    // Normalized words back to back in one buffer, counted through views of it.
    std::string arena;
    std::vector<size_t> ends;
    ends.reserve(words.size());
    for (const Span& w : words) {
      text::normalize_word(raw.substr(w.begin, w.size()), arena);
      ends.push_back(arena.size());
    }
    std::unordered_map<std::string_view, int64_t> counts;
    counts.reserve(words.size());
    size_t begin = 0;
    for (size_t end : ends) {
      ++counts[std::string_view(arena.data() + begin, end - begin)];
      begin = end;
    }
    return verdict(counts, why);
  }

  bool verdict(const std::unordered_map<std::string_view, int64_t>& counts, Reason* why) const {
    // The most repeated word (the first of those in byte order, so the reason is deterministic).
    std::string_view worst;
    int64_t most = 0;
    for (const auto& [word, n] : counts)
      if (n > most || (n == most && word < worst)) {
        worst = word;
        most = n;
      }
    if (most > max_) {
      if (why) why->set("\"{}\" occurs {} times, expected at most {}", worst, most, max_);
      return false;
    }
    if (why) {
      if (most == 0)
        why->set("no word, so none is repeated");
      else
        why->set("the most frequent word \"{}\" occurs {} times, at most {}", worst, most, max_);
    }
    return true;
  }

  int64_t max_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<Repeats>(ctx.semantics, kwargs.integer("small_n"));
}

}  // namespace

VerifierInfo repeats() {
  VerifierInfo info;
  info.id = "words:repeats";
  info.suite = "IFBench";
  info.summary = "The response should not repeat any word more than {small_n} times.";
  info.kwargs = {int_kwarg("small_n", "the most times any one word may occur", 0)};
  info.precise_differences = {
      "Punctuation outside ASCII is not part of a word: `“cat”`, `cat—` and `cat` are one word "
      "(reference counts three different tokens).",
      "ASCII punctuation between letters separates words: `cat,cat` is the word `cat` twice "
      "(reference deletes the comma and sees the one token `catcat`).",
      "Words are compared with full case folding and without zero-width characters: `Straße` "
      "and `STRASSE` are the same word, and so are `cat` and `c\\u200Bat` (reference keeps "
      "them apart).",
      "A response without any word, such as `...`, fails (reference passes it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
