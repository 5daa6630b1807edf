// count:pronouns: the response should include at least N pronouns.
//
// reference: IFBench, by version:
//   head:  every `/` becomes a space (pronoun sets such as she/her); the text is lowercased and
//          split by nltk.word_tokenize; tokens in a set of 63 pronouns (personal, possessive,
//          reflexive, demonstrative, interrogative, relative, indefinite: `i`, `his`, `this`,
//          `which`, `all`, `some`, `each` ...) are counted, every occurrence.
//   paper: `/` becomes a space; the text is lowercased, ASCII punctuation deleted, split on
//          whitespace; tokens in a set of 31 personal, possessive and reflexive pronouns are
//          counted. Deleting punctuation turns `it's` into `its` (counted) and `I'm` into `im`
//          (not counted).
// precise:   precis words split at inner apostrophes (`I'm` gives `i`, `everyone's` gives
//            `everyone`), compared with full case folding, zero-width characters ignored, and
//            counted when they are pronouns in every use: the head set without the words that are
//            often determiners or conjunctions (this, that, these, those, which, what, whose,
//            whatever, whichever, each, either, neither, both, all, some, any). At least N. A
//            blank response fails.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "text/treebank.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/count/ifbench_text.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

// Sorted lists (binary search).
constexpr std::array<std::string_view, 63> kHeadPronouns = {
    "all",        "any",       "anybody",   "anyone",     "anything",  "both",     "each",
    "either",     "everybody", "everyone",  "everything", "he",        "her",      "hers",
    "herself",    "him",       "himself",   "his",        "i",         "it",       "its",
    "itself",     "me",        "mine",      "my",         "myself",    "neither",  "nobody",
    "none",       "nothing",   "our",       "ours",       "ourselves", "she",      "some",
    "somebody",   "someone",   "something", "that",       "their",     "theirs",   "them",
    "themselves", "these",     "they",      "this",       "those",     "us",       "we",
    "what",       "whatever",  "which",     "whichever",  "who",       "whoever",  "whom",
    "whomever",   "whose",     "you",       "your",       "yours",     "yourself", "yourselves"};

constexpr std::array<std::string_view, 31> kPaperPronouns = {
    "he",   "her",       "hers",   "herself", "him",    "himself",  "his",        "i",
    "it",   "its",       "itself", "me",      "mine",   "my",       "myself",     "our",
    "ours", "ourselves", "she",    "their",   "theirs", "them",     "themselves", "they",
    "us",   "we",        "you",    "your",    "yours",  "yourself", "yourselves"};

constexpr std::array<std::string_view, 47> kPrecisePronouns = {
    "anybody",  "anyone",  "anything",  "everybody", "everyone",  "everything", "he",
    "her",      "hers",    "herself",   "him",       "himself",   "his",        "i",
    "it",       "its",     "itself",    "me",        "mine",      "my",         "myself",
    "nobody",   "none",    "nothing",   "our",       "ours",      "ourselves",  "she",
    "somebody", "someone", "something", "their",     "theirs",    "them",       "themselves",
    "they",     "us",      "we",        "who",       "whoever",   "whom",       "whomever",
    "you",      "your",    "yours",     "yourself",  "yourselves"};

template <size_t N>
bool in(const std::array<std::string_view, N>& set, std::string_view w) noexcept {
  return std::binary_search(set.begin(), set.end(), w);
}

enum class Mode : unsigned char { kHead, kPaper, kPrecise };

class Pronouns final : public Constraint {
 public:
  Pronouns(int64_t n, Mode mode) : n_(n), mode_(mode) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (mode_ == Mode::kPrecise && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      size_t found = 0;
      switch (mode_) {
        case Mode::kHead:
          found = count_head(text);
          break;
        case Mode::kPaper:
          found = count_paper(text);
          break;
        case Mode::kPrecise:
          found = count_precise(text);
          break;
      }
      const bool ok = static_cast<int64_t>(found) >= n_;
      if (why) why->set("{} pronouns; expected at least {}", found, n_);
      return ok;
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }

 private:
  static size_t count_head(const Text& text) {
    std::string s = text.lower();  // `/` is unchanged by lowercasing: replace after
    std::replace(s.begin(), s.end(), '/', ' ');
    text::TreebankScratch scratch;
    std::string arena;
    std::vector<Span> tokens;
    text::word_tokenize(s, scratch, arena, tokens);
    size_t n = 0;
    for (const Span& t : tokens)
      if (in(kHeadPronouns, std::string_view(arena).substr(t.begin, t.size()))) ++n;
    return n;
  }

  static size_t count_paper(const Text& text) {
    const std::string& lower = text.lower();
    std::string tok;
    size_t n = 0;
    auto flush = [&] {
      if (!tok.empty() && in(kPaperPronouns, tok)) ++n;
      tok.clear();
    };
    const char* p = lower.data();
    const char* end = p + lower.size();
    while (p < end) {
      if (*p == '/') {  // a space
        flush();
        ++p;
        continue;
      }
      if (is_ascii_punct(*p)) {  // deleted
        ++p;
        continue;
      }
      text::Decoded d = text::decode(p, end);
      if (text::is_py_space(d.cp))
        flush();
      else
        tok.append(p, d.len);
      p += d.len;
    }
    flush();
    return n;
  }

  static size_t count_precise(const Text& text) {
    std::string_view raw = text.raw();
    std::string norm;
    size_t n = 0;
    auto consider = [&](std::string_view part) {
      if (part.empty()) return;
      norm.clear();
      text::normalize_word(part, norm);
      if (in(kPrecisePronouns, norm)) ++n;
    };
    for (const Span& w : text.words()) {
      std::string_view word = raw.substr(w.begin, w.size());
      const char* p = word.data();
      const char* end = p + word.size();
      const char* part = p;
      while (p < end) {
        text::Decoded d = text::decode(p, end);
        if (d.cp == U'\'' || d.cp == 0x2019) {
          consider(std::string_view(part, static_cast<size_t>(p - part)));
          part = p + d.len;
        }
        p += d.len;
      }
      consider(std::string_view(part, static_cast<size_t>(end - part)));
    }
    return n;
  }

  int64_t n_;
  Mode mode_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  Mode mode = ctx.semantics == Semantics::kPrecise            ? Mode::kPrecise
              : ctx.ifbench_version == IfbenchVersion::kPaper ? Mode::kPaper
                                                              : Mode::kHead;
  return make<Pronouns>(kwargs.integer("N"), mode);
}

}  // namespace

VerifierInfo pronouns() {
  VerifierInfo info;
  info.id = "count:pronouns";
  info.suite = "IFBench";
  info.summary = "The response should include at least N pronouns.";
  info.kwargs = {int_kwarg("N", "the smallest number of pronouns", 0)};
  info.precise_differences = {
      "Words that are often determiners or conjunctions are not counted: this, that, these, "
      "those, which, what, whose, whatever, whichever, each, either, neither, both, all, some, "
      "any (head reference counts them all, so `that` in `I think that ...` is a pronoun there).",
      "Personal, possessive, reflexive, relative (who, whom, whoever, whomever) and indefinite "
      "pronouns (everyone, nothing, none ...) count, as in the head reference (the paper-era "
      "reference counts only 31 personal, possessive and reflexive ones).",
      "Contractions are split at the apostrophe, typographic or not: `I’m` and `it’s` count `I` "
      "and `it` (the paper-era reference deletes ASCII punctuation, reading `it's` as `its` and "
      "`I'm` as `im`).",
      "Words are compared with full case folding, zero-width characters ignored.",
      "A response holding only whitespace and zero-width characters fails, also when N is 0."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
