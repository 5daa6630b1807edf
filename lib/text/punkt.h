// Punkt sentence tokenizer: a port of nltk 3.8's PunktSentenceTokenizer (English parameters).
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "precis/status.h"
#include "precis/text.h"

namespace precis::text {

/// Trained Punkt parameters, as NLTK's punkt_tab text files hold them.
struct PunktParams {
  std::unordered_set<std::string> abbrev_types;
  std::unordered_set<std::string> collocations;  // "first\tsecond"
  std::unordered_set<std::string> sent_starters;
  std::unordered_map<std::string, int> ortho_context;
  bool builtin = false;  ///< true for precis's own fallback (no NLTK data found)

  /// Loads `dir`/{abbrev_types.txt, collocations.tab, sent_starters.txt, ortho_context.tab}.
  static Result<PunktParams> load(const std::string& dir);
  /// precis's small built-in English parameters (docs/design.md: used when no NLTK data is found).
  static PunktParams fallback();
};

/// The process-wide English parameters: loaded once from the NLTK data folder
/// (<nltk_data>/tokenizers/punkt_tab/english), else the built-in fallback.
const PunktParams& english_punkt();

/// Appends the sentence spans of `text` (nltk's sent_tokenize with realign_boundaries=True).
void punkt_sentences(std::string_view text, const PunktParams& params, std::vector<Span>& out);

}  // namespace precis::text
