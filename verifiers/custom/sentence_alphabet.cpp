// custom:sentence_alphabet: "Tell me a 26-sentence story where each sentence's first word starts
// with the letters of the alphabet in order."
//
// reference: IFBench: exactly 26 sentences (head: NLTK Punkt; paper: IFEval's regex splitter);
//            the i-th sentence's first whitespace token, lowercased (Python's full lowercase),
//            must start with chr(97 + i). A leading quote or markdown mark (`"Amazing," she
//            said.`, `**Amid**`) fails.
// precise:   exactly 26 Punkt sentences; the first word (Text's word rules, so leading quotes,
//            brackets and markdown are skipped) of the i-th sentence starts with the i-th letter,
//            case-insensitively, accents ignored (`Élan` starts with e).
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/ascii_fold.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

constexpr size_t kLetters = 26;

// Python: s.lstrip().split()[0].lower()[0] == letter (false when there is no token).
bool reference_starts(std::string_view s, char letter) {
  std::vector<std::string_view> tokens;
  text::py_split(s, tokens);
  if (tokens.empty()) return false;
  std::string lowered = text::py_lower(tokens[0]);
  return !lowered.empty() && lowered[0] == letter;
}

// precise: the first word character of `s`, accents removed and lowercased, is `letter`.
bool precise_starts(std::string_view s, char letter) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_word_char(d.cp)) {
      std::string ascii = nfkd_ascii(std::string_view(p, d.len));
      if (ascii.empty()) return false;
      char c = ascii[0];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      return c == letter;
    }
    p += d.len;
  }
  return false;
}

class SentenceAlphabet final : public Constraint {
 public:
  SentenceAlphabet(Semantics s, IfbenchVersion v)
      : precise_(s == Semantics::kPrecise), paper_(v == IfbenchVersion::kPaper) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::vector<std::string_view> sentences;
      if (!precise_ && paper_) {
        for (const std::string& s : text.regex_sentences())
          sentences.emplace_back(s);
      } else {
        for (const Span& s : text.sentences())
          sentences.push_back(text.raw().substr(s.begin, s.size()));
      }
      if (sentences.size() != kLetters) {
        if (why) why->set("{} sentences, expected {}", sentences.size(), kLetters);
        return false;
      }
      for (size_t i = 0; i < kLetters; ++i) {
        char letter = static_cast<char>('a' + i);
        bool ok = precise_ ? precise_starts(sentences[i], letter)
                           : reference_starts(sentences[i], letter);
        if (!ok) {
          if (why) why->set("sentence {} does not start with '{}'", i + 1, letter);
          return false;
        }
      }
      if (why) why->set("26 sentences from a to z");
      return true;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
  bool paper_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<SentenceAlphabet>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo sentence_alphabet() {
  VerifierInfo info;
  info.id = "custom:sentence_alphabet";
  info.suite = "IFBench";
  info.summary =
      "Tell a 26-sentence story whose sentences' first words start with the letters of the "
      "alphabet in order.";
  info.precise_differences = {
      "The first word is found after leading quotes, brackets and markdown: `\"Amazing,\" she "
      "said.` starts with a (reference takes the first whitespace token, `\"Amazing,\"`, and "
      "fails).",
      "Accents are ignored: a sentence starting with `Élan` starts with e (reference compares "
      "the lowercased character `é` with `e` and fails).",
      "Sentences are NLTK Punkt sentences in both IFBench versions (the paper-era reference "
      "uses IFEval's regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
