// first_word:first_word_sent: every sentence must start with a given word.
//
// reference: open-instruct IFEvalG: for every sentence of IFEval's regex splitter
//            (Text::regex_sentences(); line breaks do not end sentences, `!!` or a list number `1.`
//            make sentences of their own), an empty sentence fails, and the first whitespace token,
//            lowercased, must equal first_word.strip().lower() (punctuation stays on the token).
// precise:   sentences are Punkt sentences, each further split at line breaks; in every one that
//            holds a word, the first precis word must be first_word (full case folding), with only
//            whitespace, punctuation and markdown before it. A response without words fails.
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

class FirstWordSentReference final : public Constraint {
 public:
  explicit FirstWordSentReference(std::string lowered) : lowered_(std::move(lowered)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const auto& sentences = text.regex_sentences();
      for (size_t i = 0; i < sentences.size(); ++i) {
        std::string_view tok = edge_words::first_token(sentences[i]);
        if (tok.empty()) {
          if (why) why->set("sentence {} is empty", i + 1);
          return false;
        }
        if (!edge_words::py_lower_equals(tok, lowered_)) {
          if (why)
            why->set("sentence {} starts with \"{}\"; expected \"{}\"", i + 1, tok, lowered_);
          return false;
        }
      }
      if (why) why->set("all {} sentences start with \"{}\"", sentences.size(), lowered_);
      return true;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  std::string lowered_;
};

class FirstWordSentPrecise final : public Constraint {
 public:
  FirstWordSentPrecise(std::string word, matching::Phrase phrase)
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
        const Span& w = words[u.first_word];
        std::string_view lead = edge_words::first_non_edge(raw.substr(u.begin, w.begin - u.begin));
        if (!lead.empty()) {
          if (why) why->set("sentence {} starts with \"{}\", not with a word", n, lead);
          pass = false;
          return false;
        }
        if (!edge_words::starts_with_phrase(raw, words, u.first_word, u.end_word, phrase_)) {
          if (why)
            why->set("sentence {} starts with \"{}\"; expected \"{}\"", n,
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
      if (why) why->set("all {} sentences start with \"{}\"", n, word_);
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
  return edge_words::create<FirstWordSentReference, FirstWordSentPrecise>(kw, ctx, "first_word");
}

}  // namespace

VerifierInfo first_word_sent() {
  VerifierInfo info;
  info.id = "first_word:first_word_sent";
  info.suite = "IFEvalG";
  info.summary = "The first word of every sentence must be `first_word`.";
  info.kwargs = {string_kwarg(
      "first_word",
      "the required first word of each sentence (stripped); empty is an error, where upstream "
      "draws a random word",
      false)};
  info.precise_differences = {
      "Sentences are Punkt sentences (as length_constraints:number_sentences), not IFEval's regex "
      "splitter: `?!` and `!!` do not make sentences of their own, and abbreviations follow "
      "Punkt's English data.",
      "A line break also ends a sentence, so a heading, a list item or a lead-in line such as "
      "`Here are my thoughts:` must start with the word too (reference joins lines into one "
      "sentence and checks only the first token of it). Lines and sentences without any word "
      "(`***`, `---`, an emoji) are skipped.",
      "The first word is precis's first word of the sentence: punctuation and markdown around it "
      "do not count, so `\"Indeed,\" she said.`, `**Indeed** ...` and `- Indeed ...` start with "
      "`Indeed` (reference keeps punctuation on the first whitespace token). Only whitespace, "
      "punctuation and ASCII symbols may come before it: a sentence that starts with an emoji "
      "fails.",
      "Case is compared with full Unicode case folding (reference: Python's str.lower()).",
      "first_word may be a phrase of several words, matched as the first words of each sentence "
      "and ending at the end of a word (reference can never match a first_word with a space).",
      "first_word must consist of words separated by whitespace: `indeed,` or a whitespace-only "
      "first_word is an error (reference compares it as it is).",
      "A response without any word fails, and so does one holding only whitespace and "
      "zero-width characters (reference leaves a blank response to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::first_word
