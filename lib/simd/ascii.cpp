// The vectorized ASCII lowercasing of lib/simd/ascii.h, compiled once per Highway target.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/ascii.cpp"
#include <hwy/foreach_target.h>  // must precede highway.h
// clang-format off
#include <hwy/highway.h>
#include "simd/masks-inl.h"
// clang-format on

#include <cstddef>
#include <cstdint>

#include "simd/ascii.h"

HWY_BEFORE_NAMESPACE();
namespace precis::simd {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

size_t AsciiLowerPrefix(const char* src, size_t n, char* dst) {
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  const auto* in = reinterpret_cast<const uint8_t*>(src);
  auto* out = reinterpret_cast<uint8_t*>(dst);
  const auto case_bit = hn::Set(d, uint8_t{0x20});
  const auto high_bit = hn::Set(d, uint8_t{0x80});
  size_t i = 0;
  for (; i + lanes <= n; i += lanes) {
    const auto v = hn::LoadU(d, in + i);
    if (!hn::AllFalse(d, hn::Ne(hn::And(v, high_bit), hn::Zero(d)))) break;
    hn::StoreU(hn::Or(v, hn::IfThenElseZero(InRange(d, v, 'A', 26), case_bit)), d, out + i);
  }
  // The rest (a partial vector, or the vector that holds the first non-ASCII byte).
  for (; i < n; ++i) {
    const uint8_t c = in[i];
    if (c >= 0x80) break;
    out[i] = static_cast<uint8_t>(c - 'A') < 26 ? static_cast<uint8_t>(c | 0x20) : c;
  }
  return i;
}

}  // namespace HWY_NAMESPACE
}  // namespace precis::simd
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace precis::simd {

HWY_EXPORT(AsciiLowerPrefix);

size_t ascii_lower_prefix(const char* src, size_t n, char* dst) noexcept {
  return HWY_DYNAMIC_DISPATCH(AsciiLowerPrefix)(src, n, dst);
}

size_t ascii_lower_prefix_scalar(const char* src, size_t n, char* dst) noexcept {
  size_t i = 0;
  for (; i < n; ++i) {
    const auto c = static_cast<unsigned char>(src[i]);
    if (c >= 0x80) break;
    dst[i] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return i;
}

}  // namespace precis::simd
#endif  // HWY_ONCE
