// Helpers shared by the word-shape verifiers of the words family (alphabet, vowel, consonants,
// palindrome, prime_lengths, repeats, no_consecutive, paragraph_last_first, last_first).
//
// reference side: IFBench's recurring preprocessing, Python's
//   value.translate(str.maketrans('', '', string.punctuation)) (the 32 ASCII punctuation
//   characters removed), value.lower() (full lowercase) and str.split() (whitespace tokens).
// precise side: letters seen without their accents (`é` is an e), and the words of a span of
//   the text (Text::words() inside a sentence or a line).
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/constraint.h"
#include "precis/text.h"
#include "text/unicode.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::words {

using detectable_format::for_each_ws_token;

/// The check() the word-shape verifiers share: a blank response fails `precise`, a failed
/// allocation fails either semantics with a reason, and the rest is Derived's
/// check_reference(text, why) or check_precise(text, why), static or const members (Derived
/// befriends this class when they are private).
template <class Derived>
class TwoSemantics : public Constraint {
 public:
  explicit TwoSemantics(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept final {
    try {
      const auto& self = static_cast<const Derived&>(*this);
      if (!precise_) return self.check_reference(text, why);
      if (matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      return self.check_precise(text, why);
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
};

/// One of Python's string.punctuation: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~
inline bool is_ascii_punct(char32_t c) noexcept {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
}

/// `s` with string.punctuation removed, lowercased first (Python's str.lower()) when `lower`.
/// Written to `out` (cleared first). ASCII punctuation bytes never occur inside a multi-byte
/// UTF-8 sequence, so removing them byte by byte is removing them code point by code point.
inline void without_punct(std::string_view s, bool lower, std::string& out) {
  out.clear();
  if (lower) {
    text::py_lower(s, out);
  } else {
    out.assign(s.data(), s.size());
  }
  size_t w = 0;
  for (char c : out)
    if (!is_ascii_punct(static_cast<unsigned char>(c))) out[w++] = c;
  out.resize(w);
}

/// Python's s.strip(chars) / lstrip / rstrip where chars = string.punctuation + ' '.
inline std::string_view strip_punct_space(std::string_view s, bool left, bool right) noexcept {
  auto drop = [](char c) { return c == ' ' || is_ascii_punct(static_cast<unsigned char>(c)); };
  size_t b = 0, e = s.size();
  if (left)
    while (b < e && drop(s[b]))
      ++b;
  if (right)
    while (e > b && drop(s[e - 1]))
      --e;
  return s.substr(b, e - b);
}

/// The first code point of `s` as bytes (empty for an empty s).
inline std::string_view first_code_point(std::string_view s) noexcept {
  if (s.empty()) return s;
  text::Decoded d = text::decode(s.data(), s.data() + s.size());
  return s.substr(0, d.len);
}

/// The lowercase ASCII letter a code point is made of once accents are removed (canonical
/// decomposition, first code point): `É` and `é` give 'e', `ñ` gives 'n'; 0 for anything that
/// is not an accented or plain Latin letter a-z.
inline char ascii_base(char32_t cp) noexcept {
  if (cp < 0x80) {
    if (cp >= 'A' && cp <= 'Z') return static_cast<char>(cp - 'A' + 'a');
    if (cp >= 'a' && cp <= 'z') return static_cast<char>(cp);
    return 0;
  }
  if (cp < 0xC0) return 0;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  if (U_FAILURE(status)) return 0;
  icu::UnicodeString d;
  if (!nfd->getDecomposition(static_cast<UChar32>(cp), d) || d.length() == 0) return 0;
  char16_t c = d.charAt(0);
  if (c >= 'A' && c <= 'Z') return static_cast<char>(c - 'A' + 'a');
  if (c >= 'a' && c <= 'z') return static_cast<char>(c);
  return 0;
}

/// Calls f(code point) for each code point of `s` that is part of a word's spelling: zero-width
/// characters and combining marks are skipped.
template <class F>
void for_each_letter(std::string_view s, F&& f) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    uint16_t fl = text::flags(d.cp);
    if (!(fl & (text::kZeroWidth | text::kMark))) f(d.cp);
    p += d.len;
  }
}

/// The words of Text::words() that start inside [begin, end): indexes [first, last) into
/// `words`, found from `from` on (words are sorted, so a caller walking forward passes the
/// previous `last` and the whole walk stays linear).
inline void words_in(const std::vector<Span>& words, size_t from, uint32_t begin, uint32_t end,
                     size_t& first, size_t& last) noexcept {
  size_t i = from;
  while (i < words.size() && words[i].begin < begin)
    ++i;
  first = i;
  while (i < words.size() && words[i].begin < end)
    ++i;
  last = i;
}

}  // namespace precis::verifiers::words
