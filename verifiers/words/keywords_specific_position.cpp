// words:keywords_specific_position (IFBench): "Include keyword {keyword} in the {n}-th sentence,
// as the {m}-th word of that sentence."
//
// reference: head: the n-th NLTK Punkt sentence (Text::sentences()) is tokenized with
//            nltk.word_tokenize; tokens holding no alphanumeric character (Python's isalnum) are
//            dropped (IFBench PR #25); token m must equal keyword.strip() after Python's lower().
//            paper (c94da02): the n-th sentence of IFEval's regex splitter
//            (Text::regex_sentences()); every token counts, punctuation included; token m must
//            equal keyword.strip() case-sensitively. Fewer sentences than n or tokens than m fail.
// precise:   the same instruction as the IFEvalG id keywords:keyword_specific_position, whose
//            precise semantics this id uses: Punkt sentences also ended by a blank line and by a
//            line break next to a markdown list item or heading; words are Text::words(); the
//            keyword is one word compared with full case folding.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/treebank.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/words/family.h"

namespace precis::verifiers::words {
namespace {

constexpr std::string_view kCousin = "keywords:keyword_specific_position";

// Python: any(ch.isalnum() for ch in token).
bool has_alnum(std::string_view token) noexcept {
  const char* p = token.data();
  const char* end = p + token.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (d.cp != U'_' && text::is_py_word(d.cp)) return true;  // \w is isalnum() or '_'
    p += d.len;
  }
  return false;
}

class SpecificPositionReference final : public Constraint {
 public:
  SpecificPositionReference(std::string keyword, int64_t n, int64_t m, bool paper)
      : keyword_(std::move(keyword)),
        lower_(text::py_lower(keyword_)),
        n_(static_cast<size_t>(n)),
        m_(static_cast<size_t>(m)),
        paper_(paper) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      std::string_view sentence;
      size_t count = 0;
      if (paper_) {
        const auto& sentences = text.regex_sentences();
        count = sentences.size();
        if (count >= n_) sentence = sentences[n_ - 1];
      } else {
        const auto& sentences = text.sentences();
        count = sentences.size();
        if (count >= n_) {
          Span s = sentences[n_ - 1];
          sentence = text.raw().substr(s.begin, s.size());
        }
      }
      if (count < n_) {
        if (why) why->set("{} sentences; expected at least {}", count, n_);
        return false;
      }
      thread_local text::TreebankScratch scratch;
      thread_local std::string arena;
      thread_local std::vector<Span> tokens;
      arena.clear();
      tokens.clear();
      text::word_tokenize(sentence, scratch, arena, tokens);
      size_t seen = 0;
      for (const Span& t : tokens) {
        std::string_view token(arena.data() + t.begin, t.size());
        if (!paper_ && !has_alnum(token)) continue;
        if (++seen < m_) continue;
        bool pass = same(token);
        if (why)
          why->set("token {} of sentence {} is \"{}\"; expected \"{}\"", m_, n_,
                   token.substr(0, 60), std::string_view(keyword_).substr(0, 60));
        return pass;
      }
      if (why) why->set("sentence {} has {} tokens; expected at least {}", n_, seen, m_);
      return false;
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }

 private:
  bool same(std::string_view token) const {
    if (paper_) return token == keyword_;
    thread_local std::string buf;
    buf.clear();
    text::py_lower(token, buf);
    return buf == lower_;
  }

  std::string keyword_;
  std::string lower_;
  size_t n_, m_;
  bool paper_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& given = kwargs.string("keyword");
  if (given.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"keyword\": expected a non-empty string; upstream draws a random "
        "keyword for this value, and precis never draws a random value",
        ctx.id));
  if (ctx.semantics == Semantics::kPrecise) {
    // The instruction is the IFEvalG one, word for word: share its precise semantics.
    const VerifierInfo* cousin = Registry::global().find(kCousin);
    if (cousin == nullptr || cousin->factory == nullptr)
      return invalid_argument(
          fmt::format("id \"{}\": precise semantics needs the verifier {}, which is not registered",
                      ctx.id, kCousin));
    return cousin->factory(kwargs, ctx);
  }
  return make<SpecificPositionReference>(std::string(text::py_strip(given)), kwargs.integer("n"),
                                         kwargs.integer("m"),
                                         ctx.ifbench_version == IfbenchVersion::kPaper);
}

}  // namespace

VerifierInfo keywords_specific_position() {
  VerifierInfo info;
  info.id = "words:keywords_specific_position";
  info.suite = "IFBench";
  info.summary =
      "A keyword must be the m-th word of the n-th sentence of the response (both counted from "
      "1).";
  info.kwargs = {string_kwarg("keyword",
                              "the word to place, stripped of surrounding whitespace (an empty "
                              "string, which upstream replaces with a random keyword, is an "
                              "error)",
                              false),
                 int_kwarg("n",
                           "the sentence, counted from 1 (0, which upstream replaces with a "
                           "random number from 20 to 30, is an error)",
                           1),
                 int_kwarg("m",
                           "the word within the sentence, counted from 1 (0, which upstream "
                           "replaces with a random number from 30 to 40, is an error)",
                           1)};
  info.precise_differences = {
      "Words, not nltk tokens: punctuation is never counted (paper-era reference counts every "
      "token: in `Well, the dog barked` the word `the` is word 2 but token 3) and a contraction "
      "is one word (`Don't let` makes `let` word 2; head reference keeps `n't` as token 2, and "
      "both versions split `Don't` into `Do` and `n't`).",
      "The keyword is compared with full Unicode case folding in both IFBench versions (head "
      "reference compares Python lowercase forms; paper-era reference is case-sensitive, so "
      "`Dog` does not match `dog`).",
      "The keyword must be a single word: a keyword with spaces or punctuation outside a word is "
      "an error (reference compares it with one token and never matches), and a "
      "whitespace-only keyword is an error (reference always fails it).",
      "Sentences are Punkt sentences, also ended by a blank line and by a line break before or "
      "after a markdown list item or heading line, so a heading counts as a sentence of its "
      "own; only sentences holding a word are numbered (a `***` divider is not a sentence). "
      "Head reference uses plain Punkt sentences, paper-era reference IFEval's regex splitter.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
