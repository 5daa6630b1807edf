// The flat table behind text::flags(), for loops that classify many code points in a row
// (lib/simd): one load per code point instead of a call.
#pragma once

#include <cstdint>

namespace precis::text {

/// Code points below this limit are in flag_table(); above it, call text::flags().
constexpr char32_t kFlagTableLimit = 0x30000;

/// flags(cp) for every cp < kFlagTableLimit (built on first use, thread-safe, never freed).
const uint16_t* flag_table() noexcept;

}  // namespace precis::text
