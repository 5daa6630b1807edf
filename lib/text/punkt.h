// Punkt sentence tokenizer: a port of nltk 3.8's PunktSentenceTokenizer (English parameters).
//
// What is reproduced (nltk 3.8, after the 3.6.6 ReDoS fix): the period-context scan (a `.?!`
// followed by non-word punctuation or by whitespace and a token), the context handed to
// text_contains_sentbreak (the previous whitespace-delimited word, the end char and what follows),
// Punkt's word tokenizer, the first pass (sentence breaks, abbreviations, ellipses), the second
// pass (collocations, orthographic heuristic, frequent sentence starters, initials and ##number##
// ordinals) and _realign_boundaries. Every scan is linear in the text; invalid UTF-8 decodes as
// U+FFFD one byte at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/status.h"
#include "precis/text.h"

namespace precis::text {

/// Transparent string hash: lookups take a std::string_view without building a std::string.
struct PunktStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    // FNV-1a: the keys are short words.
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s)
      h = (h ^ c) * 1099511628211ull;
    return static_cast<size_t>(h ^ (h >> 29));
  }
};
using PunktStringSet = std::unordered_set<std::string, PunktStringHash, std::equal_to<>>;
using PunktStringIntMap = std::unordered_map<std::string, int, PunktStringHash, std::equal_to<>>;

/// A compact lookup table built from PunktParams (one probe gives a type's abbreviation,
/// sentence-starter, collocation-first flags and orthographic context). Defined in punkt.cpp.
struct PunktIndex;

/// Trained Punkt parameters, as NLTK's punkt_tab text files hold them.
struct PunktParams {
  PunktStringSet abbrev_types;
  PunktStringSet collocations;  // "first\tsecond"
  PunktStringSet sent_starters;
  PunktStringIntMap ortho_context;
  bool builtin = false;  ///< true for precis's own fallback (no NLTK data found)
  /// Built from the sets above by load(), fallback() and rebuild_index(). Call rebuild_index()
  /// after editing the sets by hand; without an index every call builds a temporary one (slow).
  std::shared_ptr<const PunktIndex> index;

  void rebuild_index();

  /// Loads `dir`/{abbrev_types.txt, collocations.tab, sent_starters.txt, ortho_context.tab}.
  static Result<PunktParams> load(const std::string& dir);
  /// precis's small built-in English parameters (docs/design.md: used when no NLTK data is found):
  /// fifty unambiguous abbreviations (mr, dr, inc, vs, u.s, months...) and nothing else, so no
  /// orthographic or sentence-starter evidence: after a listed abbreviation a sentence never
  /// ends ("the U.S. It was" stays one sentence, NLTK's data would split it).
  static PunktParams fallback();
};

/// The process-wide English parameters: loaded once from the NLTK data folder
/// (<nltk_data>/tokenizers/punkt_tab/english), else the built-in fallback.
const PunktParams& english_punkt();

/// Appends the sentence spans of `text` (nltk's sent_tokenize with realign_boundaries=True).
/// The spans are nltk's span_tokenize spans (byte offsets): text.substr(span) is nltk's sentence
/// string. Leading whitespace of the text stays in the first span; the last span is rstripped.
void punkt_sentences(std::string_view text, const PunktParams& params, std::vector<Span>& out);

/// Number of sentences (nltk's len(sent_tokenize(text))), without materialising the spans.
size_t punkt_count_sentences(std::string_view text, const PunktParams& params);

/// nltk's PunktSentenceTokenizer.text_contains_sentbreak: whether some token of `text` other than
/// the last one is a sentence break after both annotation passes. Exposed for tests.
bool punkt_text_contains_sentbreak(std::string_view text, const PunktParams& params);

/// Punkt's word tokenizer (PunktLanguageVars.word_tokenize) over one line. Appends the tokens.
void punkt_word_tokenize(std::string_view line, std::vector<std::string_view>& out);

}  // namespace precis::text
