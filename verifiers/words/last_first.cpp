// words:last_first: "The last word of each sentence must become the first word of the next
// sentence."
//
// reference: IFBench: sentences (head: NLTK Punkt; paper: IFEval's regex splitter); for each two
//            consecutive sentences, the last whitespace token of the first (after stripping ASCII
//            punctuation and spaces from its end) must equal the first token of the second
//            (after stripping them from its start), compared lowercased. A sentence left without
//            a token fails; a single sentence passes.
// precise:   NLTK Punkt sentences in both IFBench versions; at least two sentences, each with a
//            precis word; the last word of each sentence and the first word of the next are the
//            same word (full case folding, zero-width characters ignored).
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

class LastFirst final : public TwoSemantics<LastFirst> {
 public:
  friend class TwoSemantics<LastFirst>;
  LastFirst(Semantics s, IfbenchVersion v) : TwoSemantics(s), paper_(v == IfbenchVersion::kPaper) {}

 private:
  // head: Punkt sentences; paper: IFEval's regex splitter.
  bool check_reference(const Text& text, Reason* why) const {
    if (paper_) {
      const auto& sentences = text.regex_sentences();
      return compare_sentences(
          sentences.size(), [&](size_t i) { return std::string_view(sentences[i]); }, why);
    }
    std::string_view raw = text.raw();
    const auto& spans = text.sentences();
    return compare_sentences(
        spans.size(), [&](size_t i) { return raw.substr(spans[i].begin, spans[i].size()); }, why);
  }

  template <class Get>
  static bool compare_sentences(size_t n, Get&& sentence, Reason* why) {
    std::string a, b;
    for (size_t i = 0; i + 1 < n; ++i) {
      std::string_view last, first;
      for_each_ws_token(strip_punct_space(sentence(i), false, true), [&](std::string_view t) {
        last = t;
        return true;
      });
      for_each_ws_token(strip_punct_space(sentence(i + 1), true, false), [&](std::string_view t) {
        first = t;
        return false;
      });
      if (last.empty() || first.empty()) {
        if (why) why->set("sentence {} has no word", last.empty() ? i + 1 : i + 2);
        return false;
      }
      a.clear();
      b.clear();
      text::py_lower(last, a);
      text::py_lower(first, b);
      if (a != b) {
        if (why)
          why->set("sentence {} ends with \"{}\" but sentence {} starts with \"{}\"", i + 1, last,
                   i + 2, first);
        return false;
      }
    }
    if (why) why->set("{} sentences, each starting with the last word of the one before", n);
    return true;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    const auto& sentences = text.sentences();
    if (sentences.size() < 2) {
      if (why) why->set("{} sentence, expected at least 2", sentences.size());
      return false;
    }
    std::string a, b;
    size_t next_word = 0;
    size_t prev_last = 0;  // index of the previous sentence's last word
    for (size_t i = 0; i < sentences.size(); ++i) {
      size_t first = 0, last = 0;
      words_in(words, next_word, sentences[i].begin, sentences[i].end, first, last);
      next_word = last;
      if (first == last) {
        if (why) why->set("sentence {} has no word", i + 1);
        return false;
      }
      if (i > 0) {
        std::string_view w0 = raw.substr(words[prev_last].begin, words[prev_last].size());
        std::string_view w1 = raw.substr(words[first].begin, words[first].size());
        a.clear();
        b.clear();
        text::normalize_word(w0, a);
        text::normalize_word(w1, b);
        if (a != b) {
          if (why)
            why->set("sentence {} ends with \"{}\" but sentence {} starts with \"{}\"", i, w0,
                     i + 1, w1);
          return false;
        }
      }
      prev_last = last - 1;
    }
    if (why)
      why->set("{} sentences, each starting with the last word of the one before",
               sentences.size());
    return true;
  }

  bool paper_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<LastFirst>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo last_first() {
  VerifierInfo info;
  info.id = "words:last_first";
  info.suite = "IFBench";
  info.summary = "The last word of each sentence must become the first word of the next sentence.";
  info.precise_differences = {
      "At least two sentences are required: a single sentence fails (reference passes it, as "
      "there is no pair to compare).",
      "Punctuation around words is ignored: `He said \"go.\" Go home.` and `We ate «bread». "
      "Bread is good.` pass (reference keeps the opening quote of `\"go` and the guillemets of "
      "`«bread»` on the tokens it compares, and fails both).",
      "Words are compared with full case folding and without zero-width characters: `... "
      "Straße. STRASSE ...` passes (reference lowercases, `straße` ≠ `strasse`).",
      "Sentences are NLTK Punkt sentences in both IFBench versions (the paper-era reference "
      "uses IFEval's regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
