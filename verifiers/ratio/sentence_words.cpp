// ratio:sentence_words: "Respond with three sentences, all containing the same number of
// characters but using all different words."
//
// reference: IFBench: exactly 3 sentences (head: NLTK Punkt; paper: IFEval's regex splitter)
//            whose len(sentence.strip()) (code points) are equal. The words are not checked.
// precise:   exactly 3 precise sentences (verifiers/sentence/sentences.h) with the same number
//            of code points (zero-width characters not counted), and no word (Text::words(),
//            full case folding) occurs in two different sentences.
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/ratio/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::ratio {
namespace {

constexpr size_t kSentences = 3;

size_t visible_code_points(std::string_view s) noexcept {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    n += !text::is_zero_width(d.cp);
    p += d.len;
  }
  return n;
}

class SentenceWords final : public Constraint {
 public:
  SentenceWords(Semantics s, IfbenchVersion v) : precise_(s == Semantics::kPrecise), version_(v) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return precise_ ? check_precise(text, why) : check_reference(text, why);
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  bool check_reference(const Text& text, Reason* why) const {
    std::vector<std::string_view> list;
    sentences::reference(text, version_, list);
    if (list.size() != kSentences) {
      if (why) why->set("{} sentences, expected {}", list.size(), kSentences);
      return false;
    }
    size_t first = text::count_code_points(text::py_strip(list[0]));
    for (size_t i = 1; i < list.size(); ++i) {
      size_t n = text::count_code_points(text::py_strip(list[i]));
      if (n != first) {
        if (why)
          why->set("sentence {} has {} characters, sentence 1 has {}; expected equal", i + 1, n,
                   first);
        return false;
      }
    }
    if (why) why->set("3 sentences of {} characters each", first);
    return true;
  }

  static bool check_precise(const Text& text, Reason* why) {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::vector<Span> spans;
    sentences::precise(text, spans);
    if (spans.size() != kSentences) {
      if (why) why->set("{} sentences, expected {}", spans.size(), kSentences);
      return false;
    }
    std::string_view raw = text.raw();
    size_t first = visible_code_points(raw.substr(spans[0].begin, spans[0].size()));
    for (size_t i = 1; i < spans.size(); ++i) {
      size_t n = visible_code_points(raw.substr(spans[i].begin, spans[i].size()));
      if (n != first) {
        if (why)
          why->set("sentence {} has {} characters, sentence 1 has {}; expected equal", i + 1, n,
                   first);
        return false;
      }
    }
    // Each normalized word and the first sentence that used it.
    std::unordered_map<std::string, size_t> owner;
    std::string norm;
    size_t si = 0;
    for (const Span& w : text.words()) {
      while (si < spans.size() && w.begin >= spans[si].end)
        ++si;
      if (si == spans.size()) break;
      if (w.begin < spans[si].begin) continue;
      norm.clear();
      text::normalize_word(raw.substr(w.begin, w.size()), norm);
      auto [it, inserted] = owner.emplace(norm, si);
      if (!inserted && it->second != si) {
        if (why)
          why->set("the word \"{}\" is used in sentences {} and {}; expected different words",
                   raw.substr(w.begin, w.size()), it->second + 1, si + 1);
        return false;
      }
    }
    if (why) why->set("3 sentences of {} characters each, with different words", first);
    return true;
  }

  bool precise_;
  IfbenchVersion version_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<SentenceWords>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo sentence_words() {
  VerifierInfo info;
  info.id = "ratio:sentence_words";
  info.suite = "IFBench";
  info.summary =
      "Respond with three sentences, all containing the same number of characters but using "
      "all different words.";
  info.precise_differences = {
      "The sentences must use different words: a word (compared case-insensitively) that "
      "occurs in two of the sentences fails, as in `The cat sat. The dog ran. The hen hid.` "
      "(reference does not check the words).",
      "Zero-width characters do not count as characters (reference counts every code point of "
      "the stripped sentence).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence (the paper-era reference uses IFEval's "
      "regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::ratio
