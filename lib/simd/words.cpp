// The vectorized word splitter of lib/simd/words.h, compiled once per Highway target.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/words.cpp"
#include <hwy/foreach_target.h>  // must precede highway.h
// clang-format off
#include <hwy/highway.h>
#include "simd/masks-inl.h"
// clang-format on

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <vector>

#include "simd/words.h"

HWY_BEFORE_NAMESPACE();
namespace precis::simd {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// Splits one 64-byte block at `p` (65 readable bytes: the block and the byte after it, which
// decides whether a final apostrophe or hyphen joins). `base` is the block's offset in the text.
struct Splitter {
  uint64_t prev_letter = 0;  // bit 0: the byte before the block is a letter
  uint64_t prev_in = 0;      // bit 0: the byte before the block is inside a word
  uint32_t start = 0;        // where the word in progress began

  template <class D>
  HWY_INLINE void Block(D d, const uint8_t* p, uint32_t base, std::vector<Span>& out) {
    const size_t lanes = hn::Lanes(d);
    uint64_t letter = 0, digit = 0, joiner = 0, next_letter = 0;
    for (size_t i = 0; i < kBlock; i += lanes) {
      const auto v = hn::LoadU(d, p + i);
      const auto n = hn::LoadU(d, p + i + 1);
      const auto lower = hn::Or(v, hn::Set(d, uint8_t{0x20}));
      const auto next_lower = hn::Or(n, hn::Set(d, uint8_t{0x20}));
      letter |= BlockBits(d, InRange(d, lower, 'a', 26), i);
      digit |= BlockBits(d, InRange(d, v, '0', 10), i);
      joiner |= BlockBits(
          d, hn::Or(hn::Eq(v, hn::Set(d, uint8_t{'\''})), hn::Eq(v, hn::Set(d, uint8_t{'-'}))), i);
      next_letter |= BlockBits(d, InRange(d, next_lower, 'a', 26), i);
    }
    // An apostrophe or hyphen joins when the bytes on both sides are letters (two joiners in a
    // row never do: the second is not a letter).
    const uint64_t letter_before = (letter << 1) | prev_letter;
    const uint64_t in = letter | digit | (joiner & letter_before & next_letter);
    // Each edge is a word's first byte or the byte after its last; they alternate.
    for (uint64_t edges = in ^ ((in << 1) | prev_in); edges != 0; edges &= edges - 1) {
      const uint32_t at = base + static_cast<uint32_t>(std::countr_zero(edges));
      if ((in >> (at - base)) & 1) {
        start = at;
      } else {
        out.push_back({start, at});
      }
    }
    prev_letter = letter >> 63;
    prev_in = in >> 63;
  }
};

void AsciiPreciseWords(const char* text, size_t size, std::vector<Span>* out) {
  const hn::ScalableTag<uint8_t> d;
  const auto* p = reinterpret_cast<const uint8_t*>(text);
  if (size == 0) return;
  Splitter split;
  size_t at = 0;
  // Full blocks that have the byte after them in the text.
  for (; at + kBlock < size; at += kBlock)
    split.Block(d, p + at, static_cast<uint32_t>(at), *out);
  // The last block, padded with separators (NUL is neither a letter, a digit nor a joiner).
  uint8_t last[kBlock + 1] = {};
  std::memcpy(last, p + at, size - at);
  split.Block(d, last, static_cast<uint32_t>(at), *out);
  // A word that runs to the end of a text of whole blocks has not met its end edge yet.
  if (split.prev_in != 0) out->push_back({split.start, static_cast<uint32_t>(size)});
}

}  // namespace HWY_NAMESPACE
}  // namespace precis::simd
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace precis::simd {

HWY_EXPORT(AsciiPreciseWords);

void ascii_precise_words(std::string_view ascii, std::vector<Span>& out) {
  HWY_DYNAMIC_DISPATCH(AsciiPreciseWords)(ascii.data(), ascii.size(), &out);
}

}  // namespace precis::simd
#endif  // HWY_ONCE
