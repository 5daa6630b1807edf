// Deterministic language identification (CLD2).
#pragma once

#include <string_view>

#include "precis/text.h"

namespace precis::text {

/// Identifies the main language of `text` with CLD2 (plain text mode, standard tables).
/// Deterministic.
///
/// The code is ISO 639-1 where one exists: CLD2's `iw` (Hebrew) is reported as `he` and `jw`
/// (Javanese) as `jv`; other CLD2 codes (`zh-Hant`, `sr-ME`, ...) are kept. "un" when CLD2 finds
/// no language (too little text, or only digits, punctuation and symbols). `percent` is the
/// share of the text's letters in the reported language; `has_features` is false when the text
/// has no letters CLD2 can use.
///
/// Plainly English text (see plainly_english) is reported as English, reliable, 100%, without
/// running CLD2: CLD2 costs ~30 ns a byte, the test about one.
LanguageGuess detect_language(std::string_view text);

/// detect_language without the plain-English shortcut: always CLD2.
LanguageGuess detect_language_cld2(std::string_view text);

/// A fast, conservative test for text that any detector calls English: no letters outside
/// ASCII, at least 25 words, at least a tenth of them English function words that are not
/// words of other languages written in Latin script (the, and, which, would, ...), and no
/// line or 40-word stretch of 15 or more words with fewer than one in twenty. Validated against
/// CLD2 on the shared data and their lowercase and uppercase forms (tests/text/language_test.cpp):
/// wherever it holds, CLD2 reports English, reliably, for at least kConfidentPercent.
bool plainly_english(std::string_view text) noexcept;

/// The share of the text (percent) a language must have for a confident identification.
inline constexpr int kConfidentPercent = 60;

/// IFEval's `langdetect.detect(text) == code`, as closely as CLD2 allows: text without letter
/// features passes (upstream's LangDetectException counts as a pass); otherwise CLD2 must report
/// `code` and call its guess reliable (langdetect's guesses on short or ambiguous text, where
/// CLD2 is unreliable, rarely match the expected language).
bool matches_reference(const LanguageGuess& g, std::string_view code) noexcept;

/// A confident identification: CLD2 reports `code`, calls it reliable, and finds it in at least
/// kConfidentPercent percent of the text. Text without letters never matches.
bool matches_confidently(const LanguageGuess& g, std::string_view code) noexcept;

/// The ISO 639-1 form of a CLD2 language code ("iw" -> "he", "jw" -> "jv"; others unchanged).
std::string_view iso_language_code(std::string_view cld2_code) noexcept;

}  // namespace precis::text
