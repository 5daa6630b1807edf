// words:odd_even_syllables (IFBench): "Alternate between words with odd and even numbers of
// syllables."
//
// reference: the ASCII punctuation characters are removed, the text is lowercased (Python's
//            lower()) and split on whitespace; each token's syllapy count (lib/text/syllables.h)
//            modulo 2 must differ from its neighbour's. No token or one token passes (a blank
//            response fails through the evaluation's gate). The same in both IFBench versions.
// precise:   words are Text::words(); at least two are needed. A word's syllables are syllapy's
//            count of its lowercase form without apostrophes, summed over its hyphen-separated
//            parts (`well-known` is 1 + 1); accented letters are counted as their base letters
//            (`café` as `cafe`). A word written with digits, or one without a Latin letter, has no
//            syllable count that syllapy can give, and fails. Neighbouring words must differ in
//            parity.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "text/syllables.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/ascii_fold.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"

namespace precis::verifiers::words {
namespace {

constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

bool is_ascii_punct(char c) noexcept {
  return kPunctuation.find(c) != std::string_view::npos;
}

// precise: the syllables of one word, or -1 when syllapy cannot count it (digits, no Latin
// letter).
int precise_syllables(std::string_view word, const text::SyllableDict& dict, std::string& buf) {
  buf.clear();
  bool ascii = true;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if ((text::flags(d.cp) & text::kNumber) != 0) return -1;
    if (d.cp >= 0x80) ascii = false;
    p += d.len;
  }
  std::string folded;
  std::string_view w = word;
  if (!ascii) {
    folded = custom::nfkd_ascii(word);
    w = folded;
  }
  // Lowercase, drop apostrophes (U+2019 is gone after the ASCII fold) and anything else that
  // is not a letter or a hyphen.
  for (char c : w) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if ((c >= 'a' && c <= 'z') || c == '-') buf += c;
  }
  int total = 0;
  size_t start = 0;
  bool any = false;
  while (start <= buf.size()) {
    size_t dash = buf.find('-', start);
    if (dash == std::string::npos) dash = buf.size();
    std::string_view part(buf.data() + start, dash - start);
    if (!part.empty()) {
      total += text::syllapy_count(part, dict);
      any = true;
    }
    start = dash + 1;
  }
  return any ? total : -1;
}

class OddEven final : public Constraint {
 public:
  OddEven(std::shared_ptr<const text::SyllableDict> dict, bool precise)
      : dict_(std::move(dict)), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return precise_ ? check_precise(text, why) : check_reference(text, why);
    } catch (...) {
      if (why) why->set("out of memory while counting syllables");
      return false;
    }
  }

 private:
  bool check_reference(const Text& text, Reason* why) const {
    std::string_view raw = text.raw();
    thread_local std::string cleaned, lowered;
    int prev = -1;
    size_t index = 0;
    size_t i = 0;
    const size_t n = raw.size();
    while (i < n) {
      // One whitespace-separated token of raw (Python whitespace).
      while (i < n) {
        auto d = text::decode(raw.data() + i, raw.data() + n);
        if (!text::is_py_space(d.cp)) break;
        i += d.len;
      }
      size_t begin = i;
      while (i < n) {
        auto d = text::decode(raw.data() + i, raw.data() + n);
        if (text::is_py_space(d.cp)) break;
        i += d.len;
      }
      if (begin == i) break;
      cleaned.clear();
      for (size_t k = begin; k < i; ++k)
        if (!is_ascii_punct(raw[k])) cleaned += raw[k];
      if (cleaned.empty()) continue;  // the token was all ASCII punctuation
      lowered.clear();
      text::py_lower(cleaned, lowered);
      int parity = text::syllapy_count(lowered, *dict_) % 2;
      ++index;
      if (parity == prev) {
        if (why)
          why->set("tokens {} and {} (\"{}\") both have {} syllable counts", index - 1, index,
                   std::string_view(lowered).substr(0, 60), parity ? "odd" : "even");
        return false;
      }
      prev = parity;
    }
    if (why) why->set("{} tokens alternate between odd and even syllable counts", index);
    return true;
  }

  bool check_precise(const Text& text, Reason* why) const {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    const auto& words = text.words();
    if (words.size() < 2) {
      if (why) why->set("{} words; alternation needs at least 2", words.size());
      return false;
    }
    thread_local std::string buf;
    std::string_view raw = text.raw();
    int prev = -1;
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view w = raw.substr(words[i].begin, words[i].size());
      int s = precise_syllables(w, *dict_, buf);
      if (s < 0) {
        if (why)
          why->set("word {} (\"{}\"): no syllable count (digits or no Latin letter)", i + 1,
                   w.substr(0, 60));
        return false;
      }
      if (s % 2 == prev) {
        if (why)
          why->set("words {} and {} (\"{}\", {} syllables) both have {} syllable counts", i, i + 1,
                   w.substr(0, 60), s, prev ? "odd" : "even");
        return false;
      }
      prev = s % 2;
    }
    if (why) why->set("{} words alternate between odd and even syllable counts", words.size());
    return true;
  }

  std::shared_ptr<const text::SyllableDict> dict_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  const auto& dict = text::syllapy_dict();
  if (!dict.ok())
    return Status(dict.status().code(),
                  fmt::format("id \"{}\": {}", ctx.id, dict.status().message()));
  return make<OddEven>(dict.value(), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo odd_even_syllables() {
  VerifierInfo info;
  info.id = "words:odd_even_syllables";
  info.suite = "IFBench";
  info.summary =
      "Neighbouring words must alternate between odd and even numbers of syllables (syllapy's "
      "count; needs syllapy/data.csv in the precis data folder).";
  info.precise_differences = {
      "Fewer than two words fail (reference passes a one-word response, which cannot "
      "alternate).",
      "Words, not whitespace tokens: punctuation outside the ASCII set is not a word (reference "
      "counts a lone `—` or `•` as a one-syllable token), and words glued by punctuation are "
      "separate (`yes/no` is two words; reference removes the `/` and counts `yesno`).",
      "A hyphenated word's syllables are the sum of its parts (`well-known` is 1 + 1 = 2; "
      "reference removes the hyphen and counts `wellknown` with the heuristic).",
      "Accented letters count as their base letters (`café` is counted as `cafe`; reference "
      "does not see `é` as a vowel).",
      "A word written with digits or without a Latin letter fails, since syllapy cannot count "
      "it (reference counts it as 0 syllables, even).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
