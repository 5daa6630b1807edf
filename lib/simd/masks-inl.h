// Helpers shared by the per-target kernels of lib/simd: a byte-range test and the conversion of
// a vector's mask into its bits of a 64-byte block's 64-bit mask. Included by each kernel file
// after hwy/highway.h; foreach_target.h re-includes those files once per target, and the guard
// below (Highway's per-target toggle) lets this header follow them.
#if defined(PRECIS_SIMD_MASKS_INL_H_) == defined(HWY_TARGET_TOGGLE)
#ifdef PRECIS_SIMD_MASKS_INL_H_
#undef PRECIS_SIMD_MASKS_INL_H_
#else
#define PRECIS_SIMD_MASKS_INL_H_
#endif

#include <hwy/highway.h>

#include <cstddef>
#include <cstdint>
#include <cstring>

HWY_BEFORE_NAMESPACE();
namespace precis::simd {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

/// The kernels read text in blocks of 64 bytes: one 64-bit mask holds a property of a block,
/// whatever the vector width (4 x 16 bytes on SSE4, 2 x 32 on AVX2, 1 x 64 on AVX-512).
constexpr size_t kBlock = 64;

/// Lanes v with lo <= v < lo + len (unsigned): one subtract, one min, one compare.
template <class D, class V>
HWY_INLINE auto InRange(D d, V v, uint8_t lo, uint8_t len) {
  const V x = hn::Sub(v, hn::Set(d, lo));
  return hn::Eq(hn::Min(x, hn::Set(d, static_cast<uint8_t>(len - 1))), x);
}

/// The bits of `mask` (one vector at byte offset i of a 64-byte block) at their place in the
/// block's 64-bit mask.
template <class D, class M>
HWY_INLINE uint64_t BlockBits(D d, M mask, size_t i) {
  uint8_t bytes[8] = {};
  hn::StoreMaskBits(d, mask, bytes);
  uint64_t chunk = 0;
  std::memcpy(&chunk, bytes, sizeof(chunk));
  const size_t lanes = hn::Lanes(d);
  if (lanes < 64) chunk &= (uint64_t{1} << lanes) - 1;
  return chunk << i;
}

}  // namespace HWY_NAMESPACE
}  // namespace precis::simd
HWY_AFTER_NAMESPACE();

#endif  // PRECIS_SIMD_MASKS_INL_H_
