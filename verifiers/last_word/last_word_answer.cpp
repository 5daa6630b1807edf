// last_word:last_word_answer: the response must end with a given word.
//
// reference: open-instruct IFEvalG: the last whitespace token of the response (Python's
//            str.split()), with every character that is neither `\w` nor whitespace removed
//            (re.sub(r"[^\w\s]", "", token)), lowercased, must equal last_word.strip().lower().
//            Underscores stay (`_end_`), a hyphen joins (`open-end` -> `openend`), an emoji or a
//            `---` line as the last token leaves "".
// precise:   the last precis word of the response, compared with full case folding; only
//            whitespace, punctuation and markdown may follow it. last_word may be a phrase.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/first_word/edge_words.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/last_word/family.h"

namespace precis::verifiers::last_word {
namespace {

class LastWordAnswerReference final : public Constraint {
 public:
  explicit LastWordAnswerReference(std::string lowered) : lowered_(std::move(lowered)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view tok = edge_words::last_token(text.raw());
    if (tok.empty()) {
      if (why) why->set("the response has no token");
      return false;
    }
    try {
      std::string kept;
      edge_words::keep_word_chars(tok, kept);
      bool pass = edge_words::py_lower_equals(kept, lowered_);
      if (why) why->set("the last token is \"{}\"; expected \"{}\"", kept, lowered_);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  std::string lowered_;
};

class LastWordAnswerPrecise final : public Constraint {
 public:
  LastWordAnswerPrecise(std::string word, matching::Phrase phrase)
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
      const Span& last = words.back();
      std::string_view trail = edge_words::first_non_edge(raw.substr(last.end));
      if (!trail.empty()) {
        if (why) why->set("\"{}\" follows the last word", trail);
        return false;
      }
      bool pass = edge_words::ends_with_phrase(raw, words, 0, words.size(), phrase_);
      if (why)
        why->set("the last word is \"{}\"; expected \"{}\"", raw.substr(last.begin, last.size()),
                 word_);
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
  return edge_words::create<LastWordAnswerReference, LastWordAnswerPrecise>(kw, ctx, "last_word");
}

}  // namespace

VerifierInfo last_word_answer() {
  VerifierInfo info;
  info.id = "last_word:last_word_answer";
  info.suite = "IFEvalG";
  info.summary = "The last word of the response must be `last_word`.";
  info.kwargs = {string_kwarg(
      "last_word",
      "the required last word (stripped); empty is an error, where upstream draws a random word",
      false)};
  info.precise_differences = {
      "The last word is precis's last word: only whitespace, punctuation and ASCII symbols "
      "(markdown) may follow it, so `The end\\n---`, `the _end_` and `the **end**.` end with "
      "`end` (reference: a `---` line leaves an empty token, underscores stay on the token). An "
      "emoji or another symbol (`™`) after the last word fails, also when attached to it "
      "(reference fails it only as a separate token: `end🎉` passes there).",
      "A hyphenated or apostrophe word is one word: `open-end` ends with the word `open-end`, "
      "not `end` and not `openend` (reference removes the hyphen and compares `openend`).",
      "Case is compared with full Unicode case folding, so `STRASSE` matches `straße` (reference: "
      "Python's str.lower()).",
      "last_word may be a phrase of several words (`the end`), matched as the last words of the "
      "response and starting at the start of a word (reference can never match a last_word with "
      "a space in it).",
      "last_word must consist of words (letters, marks, digits; inner hyphens and apostrophes) "
      "separated by whitespace: `end.` or a whitespace-only last_word is an error (reference "
      "compares it as it is: `end.` never matches, a whitespace-only one matches a last token "
      "without letters or digits).",
      "A response with no word, or holding only whitespace and zero-width characters, fails by "
      "itself (reference leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::last_word
