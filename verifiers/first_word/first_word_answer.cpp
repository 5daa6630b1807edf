// first_word:first_word_answer: the response must start with a given word.
//
// reference: open-instruct IFEvalG: the first whitespace token of the response (Python's
//            str.split()), lowercased, must equal first_word.strip().lower(). Punctuation stays on
//            the token, so `Sure,`, `**Sure**` and `"Sure"` fail; a first_word of two words can
//            never match.
// precise:   the first precis word of the response, compared with full case folding; only
//            whitespace, punctuation and markdown may come before it. first_word may be a phrase.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/first_word/edge_words.h"
#include "verifiers/first_word/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::first_word {
namespace {

class FirstWordAnswerReference final : public Constraint {
 public:
  explicit FirstWordAnswerReference(std::string lowered) : lowered_(std::move(lowered)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view tok = edge_words::first_token(text.raw());
    bool pass = false;
    try {
      pass = !tok.empty() && edge_words::py_lower_equals(tok, lowered_);
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
    if (why) {
      if (tok.empty())
        why->set("the response has no token");
      else
        why->set("the first token is \"{}\"; expected \"{}\"", tok, lowered_);
    }
    return pass;
  }

 private:
  std::string lowered_;
};

class FirstWordAnswerPrecise final : public Constraint {
 public:
  FirstWordAnswerPrecise(std::string word, matching::Phrase phrase)
      : word_(std::move(word)), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    try {
      std::string_view raw = text.raw();
      const auto& words = text.words();
      if (words.empty()) {
        if (why) why->set("the response has no word");
        return false;
      }
      std::string_view lead = edge_words::first_non_edge(raw.substr(0, words[0].begin));
      if (!lead.empty()) {
        if (why) why->set("the response starts with \"{}\", not with a word", lead);
        return false;
      }
      bool pass = edge_words::starts_with_phrase(raw, words, 0, words.size(), phrase_);
      if (why)
        why->set("the first word is \"{}\"; expected \"{}\"",
                 raw.substr(words[0].begin, words[0].size()), word_);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  std::string word_;
  matching::Phrase phrase_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return edge_words::create<FirstWordAnswerReference, FirstWordAnswerPrecise>(kw, ctx,
                                                                              "first_word");
}

}  // namespace

VerifierInfo first_word_answer() {
  VerifierInfo info;
  info.id = "first_word:first_word_answer";
  info.suite = "IFEvalG";
  info.summary = "The first word of the response must be `first_word`.";
  info.kwargs = {string_kwarg(
      "first_word",
      "the required first word (stripped); empty is an error, where upstream draws a random word",
      false)};
  info.precise_differences = {
      "The first word is precis's first word: punctuation and markdown before or after it do not "
      "count, so `Sure, ...`, `**Sure** ...`, `\"Sure\" ...` and `¡Hola! ...` start with `Sure` "
      "and `Hola` (reference compares the whole first whitespace token, punctuation included).",
      "Only whitespace, punctuation and ASCII symbols (markdown) may come before the first word: "
      "a response that starts with an emoji or another symbol fails.",
      "Case is compared with full Unicode case folding, so `STRASSE` matches `straße` (reference: "
      "Python's str.lower(), which keeps `ß`).",
      "first_word may be a phrase of several words (`of course`), matched as the first words of "
      "the response (reference can never match a first_word with a space in it). The match must "
      "end at the end of a word: `well` is not the first word of `well-known`.",
      "first_word must consist of words (letters, marks, digits; inner hyphens and apostrophes) "
      "separated by whitespace: `sure,` or a whitespace-only first_word is an error (reference "
      "compares it as it is, and a whitespace-only one never matches).",
      "A response with no word, or holding only whitespace and zero-width characters, fails by "
      "itself (reference leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::first_word
