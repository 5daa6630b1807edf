// The reference definition of the one-pass counts, and the code-point loop that the vectorized
// pass hands non-ASCII blocks to.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "simd/facets.h"
#include "text/flag_table.h"
#include "text/unicode.h"

namespace precis::simd {

namespace detail {

void scan_code_points(const char* begin, const char* stop, const char* end, CodePointState& state,
                      TextCounts& out) noexcept {
  const char* p = begin + state.skip;
  bool in_word = state.in_word;
  uint64_t words = 0;
  uint16_t seen = 0;  // OR of the flags of the non-ASCII code points
  while (p < stop) {
    const auto b = static_cast<unsigned char>(*p);
    bool w;
    if (b < 0x80) {
      // ASCII `\w` is [0-9A-Za-z_]; ASCII case is counted by the caller, byte by byte.
      w = static_cast<unsigned char>((b | 0x20) - 'a') < 26 ||
          static_cast<unsigned char>(b - '0') < 10 || b == '_';
      ++p;
    } else {
      const text::Decoded d = text::decode(p, end);
      const uint16_t f = text::flags(d.cp);
      w = (f & text::kPyWord) != 0;
      seen |= f;
      p += d.len;
    }
    words += static_cast<uint64_t>(w && !in_word);
    in_word = w;
  }
  state.skip = static_cast<uint32_t>(p - stop);
  state.in_word = in_word;
  out.py_words += words;
  out.cases.any_upper |= (seen & text::kUpper) != 0;
  out.cases.any_lower |= (seen & text::kLower) != 0;
  out.cases.any_title |= (seen & text::kTitle) != 0;
}

const UniformWordTables& uniform_word_tables() noexcept {
  static const UniformWordTables tables = [] {
    UniformWordTables t{};
    const uint16_t* table = text::flag_table();
    // Every code point of [first, first + n) is `\w` and has no case.
    const auto all_word_uncased = [table](char32_t first, char32_t n) {
      for (char32_t cp = first; cp < first + n; ++cp) {
        const uint16_t f = table[cp];
        if ((f & text::kPyWord) == 0 || (f & (text::kUpper | text::kLower | text::kTitle)) != 0)
          return false;
      }
      return true;
    };
    for (unsigned hi = 8; hi < 12; ++hi)
      t.second[hi] = static_cast<uint8_t>(1u << (hi - 8));
    // Lead E0 with a second byte below A0 is overlong and lead ED from A0 is a surrogate: the
    // vectorized pass rejects both before it looks here, and their bits stay 0 regardless.
    for (unsigned lead = 0; lead < 16; ++lead) {
      for (unsigned hi = 8; hi < 12; ++hi) {
        const char32_t first = (static_cast<char32_t>(lead) << 12) | ((hi - 8) << 10);
        if (first < 0x800 || (first >= 0xD800 && first <= 0xDFFF)) continue;
        if (all_word_uncased(first, 1024))
          t.lead[lead] = static_cast<uint8_t>(t.lead[lead] | (1u << (hi - 8)));
      }
    }
    for (unsigned k = 0; k < 2; ++k) {
      for (unsigned second = 0x80; second < 0xC0; ++second) {
        const char32_t first =
            (static_cast<char32_t>(UniformWordTables::kPageLeads[k] & 0x0F) << 12) |
            (static_cast<char32_t>(second & 0x3F) << 6);
        if (first >= 0xD800 && first <= 0xDFFF) continue;
        if (all_word_uncased(first, 64)) {
          const unsigned bit = 4 * k + ((second >> 4) & 3);
          t.page[second & 15] = static_cast<uint8_t>(t.page[second & 15] | (1u << bit));
        }
      }
    }
    return t;
  }();
  return tables;
}

const PunctuationTables& punctuation_tables() noexcept {
  static const PunctuationTables tables = [] {
    PunctuationTables t{};
    const uint16_t* table = text::flag_table();
    for (unsigned hi = 8; hi < 12; ++hi) {
      t.high[0][hi] = static_cast<uint8_t>(1u << (hi - 8));
      t.high[1][hi] = static_cast<uint8_t>(1u << (hi - 4));
    }
    for (unsigned k = 0; k < 3; ++k) {
      const char32_t page = (static_cast<char32_t>(PunctuationTables::kPages[k][0] & 0x0F) << 12) |
                            (static_cast<char32_t>(PunctuationTables::kPages[k][1] & 0x3F) << 6);
      for (unsigned third = 0x80; third < 0xC0; ++third) {
        const uint16_t f = table[page | (third & 0x3F)];
        const bool plain = (f & (text::kPyWord | text::kUpper | text::kLower | text::kTitle)) == 0;
        if (plain) {
          const unsigned bit = 4 * (k & 1) + ((third >> 4) & 3);
          t.low[k >> 1][third & 15] = static_cast<uint8_t>(t.low[k >> 1][third & 15] | (1u << bit));
        }
      }
    }
    return t;
  }();
  return tables;
}

}  // namespace detail

TextCounts scan_scalar(std::string_view utf8) noexcept {
  TextCounts c;
  for (const char ch : utf8) {
    const auto b = static_cast<unsigned char>(ch);
    c.non_ascii += b >= 0x80;
    c.newlines += b == '\n';
    c.commas += b == ',';
    c.cases.any_upper |= static_cast<unsigned char>(b - 'A') < 26;
    c.cases.any_lower |= static_cast<unsigned char>(b - 'a') < 26;
  }
  detail::CodePointState state;
  const char* end = utf8.data() + utf8.size();
  detail::scan_code_points(utf8.data(), end, end, state, c);
  c.cases.has_cased = c.cases.any_upper || c.cases.any_lower || c.cases.any_title;
  return c;
}

}  // namespace precis::simd
