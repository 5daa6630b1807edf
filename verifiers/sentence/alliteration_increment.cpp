// sentence:alliteration_increment: "Each sentence must have a longer sequence of consecutive
// alliterative words than the previous one."
//
// reference: IFBench: per sentence (head: NLTK Punkt; paper: IFEval's regex splitter), the
//            lowercased whitespace tokens with leading ASCII punctuation removed (empty ones
//            dropped); each run of k >= 2 consecutive tokens with the same first character
//            scores k, and the sentence's score is the sum; scores must strictly increase (the
//            first sentence scores anything). No sentence passes.
// precise:   precise sentences and words; a sentence's alliteration is its longest run of
//            consecutive words starting with the same letter (full case folding; a word that
//            starts with a digit breaks runs; a run needs 2 words, else 0); at least two
//            sentences, each with a longer run than the one before.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/sentence/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::sentence {
namespace {

// The first code point of token.lower().lstrip(punct + ' '), or 0 when that is empty.
char32_t reference_first(std::string_view token) {
  size_t i = 0;
  while (i < token.size() &&
         (sentences::is_ascii_punct(static_cast<unsigned char>(token[i])) || token[i] == ' '))
    ++i;
  if (i == token.size()) return 0;
  const char* p = token.data() + i;
  const char* end = token.data() + token.size();
  auto d = text::decode(p, end);
  if (d.cp < 0x80) return (d.cp >= 'A' && d.cp <= 'Z') ? d.cp + 32 : d.cp;
  std::string lowered = text::py_lower(std::string_view(p, d.len));
  if (lowered.empty()) return 0;
  return text::decode(lowered.data(), lowered.data() + lowered.size()).cp;
}

int64_t reference_score(std::string_view sentence) {
  int64_t score = 0;
  bool in_run = false;
  char32_t prev = 0;
  bool have_prev = false;
  detectable_format::for_each_ws_token(sentence, [&](std::string_view token) {
    char32_t c = reference_first(token);
    if (c == 0) return true;  // an all-punctuation token is dropped
    if (have_prev && c == prev) {
      score += in_run ? 1 : 2;
      in_run = true;
    } else {
      in_run = false;
    }
    prev = c;
    have_prev = true;
    return true;
  });
  return score;
}

// Full case fold of a word's first letter; 0 when the word does not start with a letter.
char32_t precise_first(std::string_view word) {
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_zero_width(d.cp)) {
      p += d.len;
      continue;
    }
    if ((text::flags(d.cp) & text::kLetter) == 0) return 0;
    return matching::full_fold(d.cp).cp[0];
  }
  return 0;
}

class AlliterationIncrement final : public Constraint {
 public:
  AlliterationIncrement(Semantics s, IfbenchVersion v)
      : precise_(s == Semantics::kPrecise), version_(v) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      std::vector<int64_t> scores;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        precise_scores(text, scores);
        if (scores.size() < 2) {
          if (why) why->set("{} sentence; expected at least 2 to increase", scores.size());
          return false;
        }
      } else {
        std::vector<std::string_view> list;
        sentences::reference(text, version_, list);
        for (std::string_view s : list)
          scores.push_back(reference_score(s));
      }
      for (size_t i = 1; i < scores.size(); ++i)
        if (scores[i] <= scores[i - 1]) {
          if (why)
            why->set("sentence {} alliterates {} after {}; expected more", i + 1, scores[i],
                     scores[i - 1]);
          return false;
        }
      if (why) why->set("alliteration increases over {} sentences", scores.size());
      return true;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  static void precise_scores(const Text& text, std::vector<int64_t>& scores) {
    std::vector<Span> spans;
    sentences::precise(text, spans);
    scores.assign(spans.size(), 0);
    std::string_view raw = text.raw();
    size_t si = 0;
    int64_t run = 0;
    char32_t prev = 0;
    for (const Span& w : text.words()) {
      while (si < spans.size() && w.begin >= spans[si].end) {
        ++si;
        run = 0;
        prev = 0;
      }
      if (si == spans.size()) break;
      if (w.begin < spans[si].begin) continue;
      char32_t c = precise_first(raw.substr(w.begin, w.size()));
      run = (c != 0 && c == prev) ? run + 1 : 1;
      prev = c;
      if (c != 0 && run >= 2 && run > scores[si]) scores[si] = run;
    }
  }

  bool precise_;
  IfbenchVersion version_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<AlliterationIncrement>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo alliteration_increment() {
  VerifierInfo info;
  info.id = "sentence:alliteration_increment";
  info.suite = "IFBench";
  info.summary =
      "Each sentence must have a longer sequence of consecutive alliterative words than the "
      "previous one.";
  info.precise_differences = {
      "A sentence's alliteration is its longest run of consecutive words with the same first "
      "letter (reference adds up every run, so two runs of 2 beat one run of 3).",
      "Only letters alliterate: words starting with digits (`2020 2021`) do not, and "
      "punctuation is not a word (reference compares the first character of any token, after "
      "leading ASCII punctuation only, so `—` tokens or `“Big` vs `bad` count differently).",
      "A response of one sentence fails: nothing increases (reference passes it).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence (the paper-era reference uses IFEval's "
      "regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::sentence
