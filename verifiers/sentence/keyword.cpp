// sentence:keyword: "The response must include keyword {word} in the {N}-th sentence."
//
// reference: IFBench. head: at least N NLTK Punkt sentences, and sentence N matches
//            `\b<re.escape(word)>\b` with re.IGNORECASE. paper: at least N sentences of IFEval's
//            regex splitter, and word.lower() is a substring of sentence N's lower(). N = 0
//            checks the last sentence (Python's sentences[-1]); no sentence then fails.
// precise:   N >= 1; sentence N of the precise sentences (verifiers/sentence/sentences.h)
//            contains the keyword as whole words, compared with full case folding.
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/sentence/family.h"
#include "verifiers/sentence/sentences.h"

namespace precis::verifiers::sentence {
namespace {

Status kwarg_error(const BuildContext& ctx, std::string_view kwarg, std::string_view msg) {
  return invalid_argument(fmt::format("id \"{}\": kwarg \"{}\": {}", ctx.id, kwarg, msg));
}

class KeywordReference final : public Constraint {
 public:
  KeywordReference(std::string word, int64_t n, IfbenchVersion v, matching::PyLiteral pattern)
      : word_(std::move(word)),
        lower_word_(text::py_lower(word_)),
        n_(n),
        version_(v),
        pattern_(std::move(pattern)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      std::vector<std::string_view> list;
      sentences::reference(text, version_, list);
      if (static_cast<int64_t>(list.size()) < n_ || list.empty()) {
        if (why) why->set("{} sentences; expected at least {}", list.size(), n_ == 0 ? 1 : n_);
        return false;
      }
      size_t index = n_ == 0 ? list.size() - 1 : static_cast<size_t>(n_ - 1);
      std::string_view s = list[index];
      bool found = version_ == IfbenchVersion::kPaper ? contains_lower(s) : matches(s);
      if (why)
        why->set("sentence {} {} \"{}\"", index + 1, found ? "contains" : "does not contain",
                 word_);
      return found;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  bool contains_lower(std::string_view s) const {
    return text::py_lower(s).find(lower_word_) != std::string::npos;
  }

  // re.search(r'\b' + re.escape(word) + r'\b', s, re.IGNORECASE).
  bool matches(std::string_view s) const {
    std::string folded = text::simple_fold(s);
    bool slow = pattern_.slow_for(folded);
    size_t from = 0, b = 0, e = 0;
    while (from <= folded.size() && pattern_.find(folded, from, b, e, slow)) {
      if (matching::py_word_boundary(folded, b) && matching::py_word_boundary(folded, e))
        return true;
      if (b >= folded.size()) break;
      from = b + text::decode(folded.data() + b, folded.data() + folded.size()).len;
    }
    return false;
  }

  std::string word_;
  std::string lower_word_;
  int64_t n_;
  IfbenchVersion version_;
  matching::PyLiteral pattern_;
};

class KeywordPrecise final : public Constraint {
 public:
  KeywordPrecise(std::string word, int64_t n, matching::Phrase phrase)
      : word_(std::move(word)), n_(n), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::vector<Span> spans;
      sentences::precise(text, spans);
      if (static_cast<int64_t>(spans.size()) < n_) {
        if (why) why->set("{} sentences; expected at least {}", spans.size(), n_);
        return false;
      }
      const Span& s = spans[static_cast<size_t>(n_ - 1)];
      Text sentence(text.raw().substr(s.begin, s.size()));
      bool found = matching::count_phrase(sentence, phrase_, true) > 0;
      if (why)
        why->set("sentence {} {} the word \"{}\"", n_, found ? "contains" : "does not contain",
                 word_);
      return found;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  std::string word_;
  int64_t n_;
  matching::Phrase phrase_;
};

// re.escape for the characters PyLiteral treats as syntax: ASCII punctuation gets a backslash.
std::string escape(std::string_view word) {
  std::string out;
  for (char c : word) {
    if (sentences::is_ascii_punct(static_cast<unsigned char>(c))) out.push_back('\\');
    out.push_back(c);
  }
  return out;
}

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& word = kwargs.string("word");
  int64_t n = kwargs.integer("N");
  if (ctx.semantics == Semantics::kPrecise) {
    if (n < 1)
      return kwarg_error(ctx, "N", "must be at least 1 (the position of a sentence, from 1)");
    Result<matching::Phrase> phrase = matching::parse_phrase(word);
    if (!phrase.ok())
      return kwarg_error(ctx, "word", "must be one or more words: " + phrase.status().message());
    return make<KeywordPrecise>(word, n, std::move(phrase).value());
  }
  Result<matching::PyLiteral> pattern = matching::PyLiteral::parse(escape(word));
  if (!pattern.ok()) return kwarg_error(ctx, "word", pattern.status().message());
  return make<KeywordReference>(word, n, ctx.ifbench_version, std::move(pattern).value());
}

}  // namespace

VerifierInfo keyword() {
  VerifierInfo info;
  info.id = "sentence:keyword";
  info.suite = "IFBench";
  info.summary = "Include the keyword in the N-th sentence.";
  info.kwargs = {string_kwarg("word", "the keyword the sentence must contain"),
                 int_kwarg("N", "which sentence (from 1) must contain the keyword", 0)};
  info.precise_differences = {
      "The keyword must occur as whole words in every IFBench version, compared with full case "
      "folding (the paper-era reference accepts a substring: `art` is found in `party`).",
      "N = 0 is an error (reference checks the last sentence, Python's `sentences[-1]`).",
      "The keyword must be words: a keyword holding punctuation such as `e.g.` is an error "
      "(reference matches it literally).",
      "Zero-width characters cannot hide the keyword, and `Straße` matches `STRASSE` (reference "
      "compares with simple case folding).",
      "Sentences are NLTK Punkt sentences in both IFBench versions, and a line break after a "
      "markdown list item or heading also ends a sentence, so a heading counts as a sentence "
      "(the paper-era reference uses IFEval's regex splitter; reference glues a heading without "
      "punctuation to the sentence after it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::sentence
