// Vectorized ASCII lowercasing: the fast path of Python's str.lower() and of simple case folding
// on the ASCII stretches of a text (lib/text/unicode.cpp). Compiled per Highway target and
// dispatched at run time, like lib/simd/facets.h (whose available_targets() and force_target()
// select the target here too).
#pragma once

#include <cstddef>

namespace precis::simd {

/// Copies the longest ASCII prefix of [src, src + n) to dst with A-Z lowered, and returns its
/// length (n when every byte is ASCII). dst must have room for n bytes; bytes of dst past the
/// returned length are unspecified. src and dst may be the same buffer but must not otherwise
/// overlap.
size_t ascii_lower_prefix(const char* src, size_t n, char* dst) noexcept;

/// The same, one byte at a time: the definition the vectorized version is tested against.
size_t ascii_lower_prefix_scalar(const char* src, size_t n, char* dst) noexcept;

}  // namespace precis::simd
