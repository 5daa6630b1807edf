// One pass over a response's bytes that fills TextCounts (include/precis/text.h): the counts
// most checks start from, vectorized with Highway and dispatched at run time to the best
// instruction set of the CPU.
//
// `scan_scalar` defines the result: it walks the text code point by code point with
// text::decode and text::flags, exactly as text::count_py_words and text::case_stats do.
// `scan` computes the same numbers 64 bytes at a time. A block of ASCII bytes is classified
// with vector compares and bit masks. A block that holds a non-ASCII byte is checked for
// well-formed UTF-8 with masks and its code points classified from their lead bytes (by vector
// table lookups for CJK ideographs, Hangul and CJK punctuation); a block that is not well-formed
// goes to the same code-point loop as the scalar path, so ill-formed text falls back per block,
// not per response. Byte counts (newlines, commas, non-ASCII bytes) and ASCII case are always
// vectorized.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::simd {

/// The reference: every count computed one code point at a time.
TextCounts scan_scalar(std::string_view utf8) noexcept;

/// The same counts from the vectorized pass on the target chosen at run time.
TextCounts scan(std::string_view utf8) noexcept;

/// A target a vectorized kernel was compiled for.
struct Target {
  int64_t bits;      ///< Highway's HWY_* target bit
  const char* name;  ///< "AVX2", "SSE4", "EMU128", ...
};

/// The compiled targets this CPU can run, best first (only the forced one after force_target).
std::vector<Target> available_targets();

/// The name of the target `scan` uses now.
const char* active_target() noexcept;

/// Restricts `scan` and every other lib/simd kernel to one target (its bits from
/// available_targets()); 0 restores the CPU's best. For tests and benchmarks only: not
/// thread-safe against concurrent scans.
void force_target(int64_t bits) noexcept;

namespace detail {
/// State carried from one block of code points to the next.
struct CodePointState {
  bool in_word = false;  ///< the last code point matched `\w`
  uint32_t skip = 0;     ///< bytes of the next block that belong to a code point already read
};
/// Reads the code points that start in [begin + state.skip, stop) of a text ending at `end`
/// (the last one may run past `stop`), adding their `\w+` runs and non-ASCII case facts to
/// `out`. ASCII case is left to the caller.
void scan_code_points(const char* begin, const char* stop, const char* end, CodePointState& state,
                      TextCounts& out) noexcept;

/// Two 16-byte lookup tables that say, from a 3-byte lead and its second byte, whether the code
/// point lies in a stretch of 1,024 code points that are all `\w` and all uncased (CJK
/// ideographs, Hangul syllables, Yi...): `lead[b0 & 15] & second[b1 >> 4]` is non-zero exactly
/// then. Built once from the property table, so they agree with text::flags by construction.
struct UniformWordTables {
  alignas(16) uint8_t lead[16];
  alignas(16) uint8_t second[16];
  /// The same at the grain of 64 code points, for the leads E4 (U+4000-4FFF, whose stretch
  /// U+4C00-4FFF holds the Yijing hexagrams beside common ideographs) and ED (Hangul up to
  /// U+D7A3): bit (4 * k + ((b1 >> 4) & 3)) of `page[b1 & 15]`, k = 0 for E4 and 1 for ED, says
  /// whether the page of b1 is all `\w` and uncased (PunctuationTables::high selects the bit).
  static constexpr uint8_t kPageLeads[2] = {0xE4, 0xED};
  alignas(16) uint8_t page[16];
};
const UniformWordTables& uniform_word_tables() noexcept;

/// Lookup tables for the punctuation of CJK text, which sits in three 64-code-point pages:
/// U+3000-303F (lead E3 80: 、。「」), U+FF00-FF3F (EF BC: ，！？：；（）) and U+2000-203F
/// (E2 80: “”‘’—…). For a third byte t of a code point in page k, bit (4 * (k & 1) + ((t >> 4) &
/// 3)) of `low[k >> 1][t & 15]` says whether that code point is neither `\w` nor cased; `high`
/// turns (t >> 4) into that bit for page 0 (`high[0]`) or page 1 (`high[1]`). Built from the
/// property table, so the vector pass needs no lookup of its own for these code points.
struct PunctuationTables {
  static constexpr uint8_t kPages[3][2] = {{0xE3, 0x80}, {0xEF, 0xBC}, {0xE2, 0x80}};
  alignas(16) uint8_t low[2][16];
  alignas(16) uint8_t high[2][16];
};
const PunctuationTables& punctuation_tables() noexcept;
}  // namespace detail

}  // namespace precis::simd
