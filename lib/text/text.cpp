#include "precis/text.h"

#include "simd/facets.h"
#include "simd/words.h"
#include "text/language.h"
#include "text/punkt.h"
#include "text/regex_sentences.h"
#include "text/treebank.h"
#include "text/unicode.h"

namespace precis {

void Text::reset(std::string_view utf8) noexcept {
  raw_ = utf8;
  have_ = 0;
}

std::string_view Text::stripped() const noexcept {
  if (!has(kStripped)) {
    stripped_ = text::py_strip(raw_);
    have_ |= kStripped;
  }
  return stripped_;
}

const std::string& Text::lower() const {
  if (!has(kLower)) {
    lower_.clear();
    text::py_lower(raw_, lower_);
    have_ |= kLower;
  }
  return lower_;
}

const std::string& Text::folded() const {
  if (!has(kFolded)) {
    folded_.clear();
    text::simple_fold(raw_, folded_);
    have_ |= kFolded;
  }
  return folded_;
}

const TextCounts& Text::counts() const {
  if (!has(kCounts)) {
    counts_ = simd::scan(raw_);
    have_ |= kCounts;
  }
  return counts_;
}

const std::vector<Span>& Text::words() const {
  if (!has(kWords)) {
    words_.clear();
    if (counts().non_ascii == 0)
      simd::ascii_precise_words(raw_, words_);  // vectorized; the same spans on ASCII text
    else
      text::precise_words(raw_, words_);
    have_ |= kWords;
  }
  return words_;
}

const std::vector<Span>& Text::sentences() const {
  if (!has(kSentences)) {
    sentences_.clear();
    text::punkt_sentences(raw_, text::english_punkt(), sentences_);
    have_ |= kSentences;
  }
  return sentences_;
}

const std::vector<std::string>& Text::treebank_tokens() const {
  if (!has(kTreebank)) {
    treebank_.clear();
    for (const Span& s : sentences())
      text::treebank_tokenize_sentence(raw_.substr(s.begin, s.size()), treebank_);
    have_ |= kTreebank;
  }
  return treebank_;
}

const std::vector<std::string>& Text::regex_sentences() const {
  if (!has(kRegexSentences)) {
    text::regex_sentences(raw_, regex_sentences_);
    have_ |= kRegexSentences;
  }
  return regex_sentences_;
}

LanguageGuess Text::language() const {
  if (!has(kLanguage)) {
    language_ = text::detect_language(raw_);
    have_ |= kLanguage;
  }
  return language_;
}

}  // namespace precis
