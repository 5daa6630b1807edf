// words:words_position (IFBench): "The second word in your response and the second to last word
// in your response should be the word {keyword}."
//
// reference: the nltk.word_tokenize tokens of the whole response (Text::treebank_tokens()).
//            head: at least 2 tokens; when the last token is a substring of Python's
//            string.punctuation (one ASCII punctuation character, in practice), token 1 and token
//            -3 (at least 3 tokens) must equal keyword.strip(), otherwise token 1 and token -2;
//            compared after Python's lower(). paper (c94da02): at least 2 tokens, token 1 and
//            token -2 equal keyword.strip() case-sensitively; a final `.` is token -1, so the
//            second to last word is never reached in a response that ends with a sentence.
// precise:   words are Text::words() (punctuation is not a word, a contraction is one word); the
//            response needs at least 2 words, and word 2 and the second to last word must both
//            be the keyword, a single word compared with full case folding.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"

namespace precis::verifiers::words {
namespace {

constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

class PositionReference final : public Constraint {
 public:
  PositionReference(std::string keyword, bool paper)
      : keyword_(std::move(keyword)), lower_(text::py_lower(keyword_)), paper_(paper) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const std::vector<std::string>& tokens = text.treebank_tokens();
      const size_t n = tokens.size();
      if (n < 2) {
        if (why) why->set("{} tokens; expected at least 2", n);
        return false;
      }
      size_t last = n - 2;  // index of the "second to last" token
      if (!paper_ && kPunctuation.find(tokens[n - 1]) != std::string_view::npos) {
        if (n < 3) {
          if (why) why->set("2 tokens ending with punctuation; expected at least 3");
          return false;
        }
        last = n - 3;
      }
      bool pass = same(tokens[1]) && same(tokens[last]);
      if (why)
        why->set("token 2 is \"{}\" and token {} is \"{}\"; expected \"{}\"",
                 std::string_view(tokens[1]).substr(0, 40), last + 1,
                 std::string_view(tokens[last]).substr(0, 40),
                 std::string_view(keyword_).substr(0, 40));
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }

 private:
  bool same(const std::string& token) const {
    if (paper_) return token == keyword_;
    thread_local std::string buf;
    buf.clear();
    text::py_lower(token, buf);
    return buf == lower_;
  }

  std::string keyword_;
  std::string lower_;
  bool paper_;
};

class PositionPrecise final : public Constraint {
 public:
  explicit PositionPrecise(std::string keyword)
      : keyword_(std::move(keyword)), norm_(matching::fold_word(keyword_)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    try {
      const std::vector<Span>& words = text.words();
      const size_t n = words.size();
      if (n < 2) {
        if (why) why->set("{} words; expected at least 2", n);
        return false;
      }
      std::string_view raw = text.raw();
      std::string_view second = raw.substr(words[1].begin, words[1].size());
      std::string_view before_last = raw.substr(words[n - 2].begin, words[n - 2].size());
      bool pass = matching::word_equals(second, norm_) && matching::word_equals(before_last, norm_);
      if (why)
        why->set("word 2 is \"{}\" and the second to last word is \"{}\"; expected \"{}\"",
                 second.substr(0, 40), before_last.substr(0, 40),
                 std::string_view(keyword_).substr(0, 40));
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while splitting words");
      return false;
    }
  }

 private:
  std::string keyword_;
  std::u32string norm_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  std::string keyword(text::py_strip(kwargs.string("keyword")));
  if (ctx.semantics == Semantics::kReference)
    return make<PositionReference>(std::move(keyword),
                                   ctx.ifbench_version == IfbenchVersion::kPaper);
  std::vector<Span> spans;
  text::precise_words(keyword, spans);
  if (spans.size() != 1 || spans[0].begin != 0 || spans[0].end != keyword.size())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"keyword\": \"{}\" is not a single word; precise semantics compares "
        "it with one word of the response (letters, marks and digits; an inner hyphen or "
        "apostrophe stays inside a word)",
        ctx.id, keyword));
  return make<PositionPrecise>(std::move(keyword));
}

}  // namespace

VerifierInfo words_position() {
  VerifierInfo info;
  info.id = "words:words_position";
  info.suite = "IFBench";
  info.summary =
      "The second word and the second to last word of the response must both be the keyword.";
  info.kwargs = {string_kwarg("keyword",
                              "the word to place (stripped of surrounding whitespace; an empty or "
                              "whitespace-only keyword never matches in reference and is an error "
                              "in precise)",
                              false)};
  info.precise_differences = {
      "Words, not nltk tokens: punctuation is never counted (`Yes, despite the rain, we stayed "
      "despite it.`: reference takes the comma as token 2; `... despite it.)` or `... despite "
      "it.\"` end with two punctuation tokens, so reference compares `.` with the keyword; "
      "precise passes both).",
      "A contraction is one word (`I'm` is word 1 and `despite` word 2 in `I'm despite ...`; "
      "reference splits `I'm` into `I` and `'m`).",
      "The keyword is compared with full Unicode case folding in both IFBench versions "
      "(head reference compares Python lowercase forms, paper-era reference is case-sensitive, "
      "and the paper-era reference compares the token before a final `.`, not the second to "
      "last word).",
      "The keyword must be a single word: a keyword with spaces or punctuation outside a word, "
      "or an empty one, is an error (reference compares it with one token and never matches).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
