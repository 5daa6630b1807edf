// Unicode primitives that mirror CPython's str methods and `re` character classes.
//
// Invalid UTF-8 is never trusted: a byte that does not start a well-formed sequence decodes as
// U+FFFD with length 1, so every loop advances and no read goes past the end.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::text {

struct Decoded {
  char32_t cp;
  uint32_t len;
};

/// Decodes the code point at `p` (p < end). Ill-formed input gives {U+FFFD, 1}.
inline Decoded decode(const char* p, const char* end) noexcept {
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) return {b0, 1};
  auto cont = [&](std::ptrdiff_t i) -> int {
    if (p + i >= end) return -1;
    auto b = static_cast<unsigned char>(p[i]);
    return (b & 0xC0) == 0x80 ? (b & 0x3F) : -1;
  };
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    int c1 = cont(1);
    if (c1 >= 0) return {static_cast<char32_t>(((b0 & 0x1F) << 6) | c1), 2};
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    int c1 = cont(1), c2 = cont(2);
    if (c1 >= 0 && c2 >= 0) {
      char32_t cp = ((b0 & 0x0F) << 12) | (c1 << 6) | c2;
      if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) return {cp, 3};
    }
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    int c1 = cont(1), c2 = cont(2), c3 = cont(3);
    if (c1 >= 0 && c2 >= 0 && c3 >= 0) {
      char32_t cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
      if (cp >= 0x10000 && cp <= 0x10FFFF) return {cp, 4};
    }
  }
  return {0xFFFD, 1};
}

/// Decodes the code point that ends just before `p` (begin < p).
Decoded decode_before(const char* begin, const char* p) noexcept;

void append_utf8(std::string& out, char32_t cp);

/// Per-code-point property bits.
enum CharFlag : uint16_t {
  kPySpace = 1u << 0,    ///< Python str.isspace()
  kPyWord = 1u << 1,     ///< Python `re` \w (str.isalnum() or '_')
  kUpper = 1u << 2,      ///< Unicode Uppercase property
  kLower = 1u << 3,      ///< Unicode Lowercase property
  kTitle = 1u << 4,      ///< general category Lt
  kLetter = 1u << 5,     ///< general category L*
  kMark = 1u << 6,       ///< general category M*
  kDigit = 1u << 7,      ///< general category Nd
  kNumber = 1u << 8,     ///< general category N*
  kZeroWidth = 1u << 9,  ///< U+200B, U+200C, U+200D, U+2060, U+FEFF
  kPunct = 1u << 10,     ///< general category P*
  kSymbol = 1u << 11,    ///< general category S*
};

/// Property bits of a code point (table lookup).
uint16_t flags(char32_t cp) noexcept;

inline bool is_py_space(char32_t cp) noexcept {
  return (flags(cp) & kPySpace) != 0;
}
inline bool is_py_word(char32_t cp) noexcept {
  return (flags(cp) & kPyWord) != 0;
}
/// A character that may be part of a `precise` word: letter, mark or digit/number.
inline bool is_word_char(char32_t cp) noexcept {
  return (flags(cp) & (kLetter | kMark | kNumber)) != 0;
}
inline bool is_zero_width(char32_t cp) noexcept {
  return (flags(cp) & kZeroWidth) != 0;
}

/// Python's str.strip(), lstrip(), rstrip() with no arguments.
std::string_view py_strip(std::string_view s) noexcept;
std::string_view py_lstrip(std::string_view s) noexcept;
std::string_view py_rstrip(std::string_view s) noexcept;

/// Python's str.split() with no arguments: whitespace runs separate, empty fields dropped.
void py_split(std::string_view s, std::vector<std::string_view>& out);

/// Python's str.lower(): full lowercase mapping (SpecialCasing, final sigma). Appends to out.
void py_lower(std::string_view s, std::string& out);
std::string py_lower(std::string_view s);
/// Python's str.upper().
std::string py_upper(std::string_view s);

/// Simple case folding code point by code point (what `re.IGNORECASE` compares). Appends.
void simple_fold(std::string_view s, std::string& out);
std::string simple_fold(std::string_view s);

/// Number of matches of Python's `\w+`.
size_t count_py_words(std::string_view s) noexcept;

/// Case facts of a string (Python's isupper()/islower()).
CaseStats case_stats(std::string_view s) noexcept;

/// Number of code points (an ill-formed byte counts as one).
size_t count_code_points(std::string_view s) noexcept;

/// `precise` words: runs of letters/marks/numbers; an apostrophe (' or U+2019) or hyphen between
/// two letters stays inside; zero-width characters inside a word are skipped. Appends spans.
void precise_words(std::string_view s, std::vector<Span>& out);

/// The folded, zero-width-free form of a precise word (for comparisons).
void normalize_word(std::string_view word, std::string& out);

}  // namespace precis::text
