// last_word:last_word_sent: every sentence must end with a given word.
//
// reference: open-instruct IFEvalG: for every sentence of IFEval's regex splitter
//            (Text::regex_sentences(); line breaks do not end sentences), an empty sentence fails,
//            and the last whitespace token with every character that is neither `\w` nor
//            whitespace removed, lowercased, must equal last_word.strip().lower().
// precise:   sentences are Punkt sentences, each further split at line breaks; in every one that
//            holds a word, the last precis word must be last_word (full case folding), with only
//            whitespace, punctuation and markdown after it. A response without words fails.
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

class LastWordSentReference final : public Constraint {
 public:
  explicit LastWordSentReference(std::string lowered) : lowered_(std::move(lowered)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const auto& sentences = text.regex_sentences();
      std::string kept;
      for (size_t i = 0; i < sentences.size(); ++i) {
        std::string_view tok = edge_words::last_token(sentences[i]);
        if (tok.empty()) {
          if (why) why->set("sentence {} is empty", i + 1);
          return false;
        }
        kept.clear();
        edge_words::keep_word_chars(tok, kept);
        if (!edge_words::py_lower_equals(kept, lowered_)) {
          if (why) why->set("sentence {} ends with \"{}\"; expected \"{}\"", i + 1, kept, lowered_);
          return false;
        }
      }
      if (why) why->set("all {} sentences end with \"{}\"", sentences.size(), lowered_);
      return true;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  std::string lowered_;
};

class LastWordSentPrecise final : public Constraint {
 public:
  LastWordSentPrecise(std::string word, matching::Phrase phrase)
      : word_(std::move(word)), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    try {
      std::string_view raw = text.raw();
      const auto& words = text.words();
      size_t n = 0;
      bool pass = true;
      edge_words::for_each_unit(text, [&](const edge_words::Unit& u) {
        if (!u.has_words()) return true;
        ++n;
        const Span& w = words[u.end_word - 1];
        std::string_view trail = edge_words::first_non_edge(raw.substr(w.end, u.end - w.end));
        if (!trail.empty()) {
          if (why) why->set("\"{}\" follows the last word of sentence {}", trail, n);
          pass = false;
          return false;
        }
        if (!edge_words::ends_with_phrase(raw, words, u.first_word, u.end_word, phrase_)) {
          if (why)
            why->set("sentence {} ends with \"{}\"; expected \"{}\"", n,
                     raw.substr(w.begin, w.size()), word_);
          pass = false;
          return false;
        }
        return true;
      });
      if (!pass) return false;
      if (n == 0) {
        if (why) why->set("the response has no word");
        return false;
      }
      if (why) why->set("all {} sentences end with \"{}\"", n, word_);
      return true;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  std::string word_;
  matching::Phrase phrase_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return edge_words::create<LastWordSentReference, LastWordSentPrecise>(kw, ctx, "last_word");
}

}  // namespace

VerifierInfo last_word_sent() {
  VerifierInfo info;
  info.id = "last_word:last_word_sent";
  info.suite = "IFEvalG";
  info.summary = "The last word of every sentence, before punctuation, must be `last_word`.";
  info.kwargs = {string_kwarg(
      "last_word",
      "the required last word of each sentence (stripped); empty is an error, where upstream "
      "draws a random word",
      false)};
  info.precise_differences = {
      "Sentences are Punkt sentences (as length_constraints:number_sentences), not IFEval's regex "
      "splitter: `?!` and `!!` do not make sentences of their own, and abbreviations follow "
      "Punkt's English data.",
      "A line break also ends a sentence, so a heading, a list item or a closing line such as "
      "`Thanks for reading!` must end with the word too (reference joins lines into one sentence "
      "and checks only its last token). Lines and sentences without any word (`***`, `---`, an "
      "emoji) are skipped.",
      "The last word is precis's last word of the sentence: only whitespace, punctuation and "
      "ASCII symbols (markdown) may follow it, so `the _end_.` ends with `end` (reference keeps "
      "underscores). An emoji or another symbol (`™`) after it fails, also when attached to it "
      "(reference fails it only as a separate token: `the end🎉.` passes there).",
      "A hyphenated or apostrophe word is one word: `An open-end.` ends with `open-end`, not "
      "`end` and not `openend` (reference removes the hyphen).",
      "Case is compared with full Unicode case folding (reference: Python's str.lower()).",
      "last_word may be a phrase of several words, matched as the last words of each sentence and "
      "starting at the start of a word (reference can never match a last_word with a space).",
      "last_word must consist of words separated by whitespace: `end.` or a whitespace-only "
      "last_word is an error (reference compares it as it is).",
      "A response without any word fails, and so does one holding only whitespace and "
      "zero-width characters (reference leaves a blank response to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::last_word
