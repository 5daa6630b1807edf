// Text matching shared by the keywords, startend and combination verifiers.
//
// Two kinds of matching live here:
//  - reference: a kwarg string that upstream inserts unescaped into a Python regular expression,
//    matched with re.IGNORECASE on Text::folded() (simple case folding, which is what Python's
//    re compares). Only literal text, backslash-escaped punctuation and `.` are reproduced; any
//    other regex syntax is refused when the constraint is built (fail closed).
//  - precise: words and phrases compared with full case folding, zero-width characters ignored,
//    and whole texts compared after collapsing whitespace.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "precis/text.h"

namespace precis::verifiers::matching {

// ---------------------------------------------------------------------------------------------
// Full case folding of one code point (Unicode CaseFolding C+F, as ICU's u_strFoldCase with the
// default options). Folding is context-free, so folding a string is folding each code point.
struct Folded {
  uint8_t n = 0;
  char32_t cp[3] = {0, 0, 0};
};
Folded full_fold(char32_t c) noexcept;

/// Typographic quotes unified with the ASCII ones: “ ” „ ‟ -> ", ‘ ’ ‛ -> '.
char32_t unify_quote(char32_t c) noexcept;

// ---------------------------------------------------------------------------------------------
// reference: a Python `re` pattern that is literal text (plus `.` and escaped punctuation),
// matched as re.IGNORECASE does: a text character matches a pattern character when their simple
// lowercase mappings agree, up to Python's extra equivalences (i/ı, s/ſ, σ/ς, ...). On
// Text::folded() that is equality of simple case folds, except for a few characters that
// folding keeps apart and Python does not (İ and ı match i; ΐ/ΐ, ΰ/ΰ, ﬅ/ﬆ); those take a
// slower code-point scan, only when they occur.
class PyLiteral {
 public:
  /// Parses `pattern` as Python regex syntax. Errors name the offending metacharacter.
  static Result<PyLiteral> parse(std::string_view pattern);

  bool empty() const noexcept { return atoms_.empty(); }
  /// Whether searching `folded` needs the code-point scan (decide once per text).
  bool slow_for(std::string_view folded) const noexcept;
  /// The leftmost match that starts at byte `from` or later of `folded` (a Text::folded()).
  /// `slow` must be slow_for(folded).
  bool find(std::string_view folded, size_t from, size_t& begin, size_t& end,
            bool slow) const noexcept;

 private:
  static constexpr char32_t kAny = 0xFFFFFFFF;  // `.`: any code point but '\n'
  bool match_at(const char* p, const char* end, const char** match_end) const noexcept;

  std::string needle_;           // the folded literal (fast path)
  std::vector<char32_t> atoms_;  // Python IGNORECASE keys, kAny for `.`
  bool always_slow_ = false;     // a `.` or a character that folding keeps apart from Python
  bool has_i_ = false;           // an `i`: slow when the text holds İ or ı
};

/// Python's `\b` at byte `pos` of `s`: exactly one of the code points around it is `\w`.
bool py_word_boundary(std::string_view s, size_t pos) noexcept;

// ---------------------------------------------------------------------------------------------
// precise: keywords as sequences of words.

/// A keyword or phrase as normalized words (full case folding, zero-width characters removed).
/// Words are split at inner hyphens and apostrophes, as word boundaries: `high-quality` is the
/// words `high`, `quality`; `Zelda's` is `zelda`, `s`.
using Phrase = std::vector<std::u32string>;

/// Splits `keyword` into normalized words. Fails when it holds no word, or a character that is
/// neither part of a word nor whitespace (precise semantics matches whole words only).
Result<Phrase> parse_phrase(std::string_view keyword);

/// True when `word` (a piece of text without joiners) normalizes to `norm`.
bool word_equals(std::string_view word, std::u32string_view norm) noexcept;

/// The normalized form of one whole word, joiners kept (full case folding, U+2019 as `'`,
/// zero-width characters removed): word_equals(w, fold_word(v)) compares two words of a text.
std::u32string fold_word(std::string_view word);
/// fold_word() into `out` (cleared first; its capacity is reused).
void fold_word(std::string_view word, std::u32string& out);

/// Occurrences of `phrase` as consecutive words of `text` (Text::words(), split at inner hyphens
/// and apostrophes), non-overlapping, left to right; stops at the first one when `first_only`.
size_t count_phrase(const Text& text, const Phrase& phrase, bool first_only) noexcept;

// ---------------------------------------------------------------------------------------------
// precise: whole-text comparison. A text's normalized form: full case folding per code point,
// typographic quotes unified, zero-width characters dropped, every run of whitespace one space.

/// The normalized form of py_strip(s).
std::u32string normalize(std::string_view s);

/// If the normalized form of `s` starts with `norm` (which must be a normalize() result), the
/// byte offset in `s` just after the matched text; otherwise npos. Leading whitespace of `s` is
/// not skipped. A match must end at a code point boundary of `s`.
size_t match_prefix(std::string_view s, std::u32string_view norm) noexcept;

/// If the normalized form of `s` ends with `norm`, the byte offset in `s` where the match
/// begins; otherwise npos. Trailing whitespace of `s` is not skipped.
size_t match_suffix(std::string_view s, std::u32string_view norm) noexcept;

/// True when py_strip(a) and py_strip(b) have the same normalized form.
bool normalized_equal(std::string_view a, std::string_view b) noexcept;

/// Strips Python whitespace and zero-width characters from both ends.
std::string_view strip_visible(std::string_view s) noexcept;

/// precise: a response with nothing visible (only whitespace and zero-width characters).
bool blank(const Text& text) noexcept;

}  // namespace precis::verifiers::matching
