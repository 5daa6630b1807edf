// The vectorized pass of lib/simd/facets.h, compiled once per Highway target (foreach_target.h
// re-includes this file for each) and dispatched at run time.
#undef HWY_TARGET_INCLUDE
#define HWY_TARGET_INCLUDE "simd/facets.cpp"
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

#include "simd/facets.h"
#include "text/flag_table.h"
#include "text/unicode.h"

HWY_BEFORE_NAMESPACE();
namespace precis::simd {
namespace HWY_NAMESPACE {
namespace hn = hwy::HWY_NAMESPACE;

// The lookup tables of the non-ASCII path, fetched once per text (each getter is a call).
struct Tables {
  const detail::UniformWordTables& uniform = detail::uniform_word_tables();
  const detail::PunctuationTables& punctuation = detail::punctuation_tables();
  const uint16_t* flags = text::flag_table();
};

// The code points of a non-ASCII block, classified without decoding byte by byte.
//
// The block's bytes are sorted into masks (continuation bytes, 2-, 3- and 4-byte leads); the
// block is well-formed exactly when every continuation byte is one its lead asks for and every
// lead's second byte is in range (no overlong form, surrogate or code point past U+10FFFF): then
// text::decode would read exactly these code points. 3-byte code points in an all-`\w`,
// uncased stretch (UniformWordTables) or among the CJK punctuation (PunctuationTables) are
// classified by vector table lookups; every other one is looked up in the flag table from its
// lead position. The `\w` bytes of the block are then counted as in an ASCII block.
// Returns false, touching nothing, when the block is not well-formed; the caller then reads it
// with the scalar loop.
template <class D>
HWY_INLINE bool WellFormedBlock(D d, const Tables& tables, const uint8_t* p, uint64_t word_bits,
                                detail::CodePointState& state, uint64_t& words, uint16_t& seen) {
  const size_t lanes = hn::Lanes(d);
  const auto lead_table = hn::LoadDup128(d, tables.uniform.lead);
  const auto second_table = hn::LoadDup128(d, tables.uniform.second);
  const auto page_table = hn::LoadDup128(d, tables.uniform.page);
  const detail::PunctuationTables& punct = tables.punctuation;
  const auto punct_low0 = hn::LoadDup128(d, punct.low[0]);
  const auto punct_low1 = hn::LoadDup128(d, punct.low[1]);
  const auto punct_high0 = hn::LoadDup128(d, punct.high[0]);
  const auto punct_high1 = hn::LoadDup128(d, punct.high[1]);
  uint64_t cont = 0, lead2 = 0, lead3 = 0, lead4 = 0, bad = 0, high = 0, uniform = 0, plain = 0;
  for (size_t i = 0; i < kBlock; i += lanes) {
    const auto v = hn::LoadU(d, p + i);
    const auto next = hn::LoadU(d, p + i + 1);  // the caller guarantees 3 bytes past the block
    const auto is_cont = hn::Eq(hn::And(v, hn::Set(d, uint8_t{0xC0})), hn::Set(d, uint8_t{0x80}));
    const auto is2 = InRange(d, v, 0xC2, 30);
    const auto is3 = InRange(d, v, 0xE0, 16);
    const auto is4 = InRange(d, v, 0xF0, 5);
    const auto is_high = hn::Ne(hn::And(v, hn::Set(d, uint8_t{0x80})), hn::Zero(d));
    // E0 needs A0-BF next (no overlong), ED 80-9F (no surrogate), F0 90-BF, F4 80-8F.
    const auto bad_second =
        hn::Or(hn::Or(hn::And(hn::Eq(v, hn::Set(d, uint8_t{0xE0})), InRange(d, next, 0x80, 0x20)),
                      hn::And(hn::Eq(v, hn::Set(d, uint8_t{0xED})), InRange(d, next, 0xA0, 0x20))),
               hn::Or(hn::And(hn::Eq(v, hn::Set(d, uint8_t{0xF0})), InRange(d, next, 0x80, 0x10)),
                      hn::And(hn::Eq(v, hn::Set(d, uint8_t{0xF4})), InRange(d, next, 0x90, 0x30))));
    const auto put = [&](auto mask, uint64_t& bits) { bits |= BlockBits(d, mask, i); };
    put(is_cont, cont);
    put(is2, lead2);
    put(is3, lead3);
    put(is4, lead4);
    put(bad_second, bad);
    put(is_high, high);
    // TableLookupBytes looks up 16-byte tables; the scalar target's one-byte vectors cannot
    // hold them, so there every code point takes the flag-table lookup below.
    if (lanes < 16) continue;
    // 3-byte code points in an all-`\w`, uncased stretch need no lookup of their own.
    const auto low_nibble = hn::And(v, hn::Set(d, uint8_t{0x0F}));
    const auto next_high_nibble = hn::And(hn::ShiftRight<4>(next), hn::Set(d, uint8_t{0x0F}));
    const auto in_uniform = hn::And(hn::TableLookupBytes(lead_table, low_nibble),
                                    hn::TableLookupBytes(second_table, next_high_nibble));
    // ... or, for the leads E4 and ED, in an all-`\w`, uncased page of 64.
    const auto page_select =
        hn::Or(hn::IfThenElseZero(hn::Eq(v, hn::Set(d, detail::UniformWordTables::kPageLeads[0])),
                                  hn::TableLookupBytes(punct_high0, next_high_nibble)),
               hn::IfThenElseZero(hn::Eq(v, hn::Set(d, detail::UniformWordTables::kPageLeads[1])),
                                  hn::TableLookupBytes(punct_high1, next_high_nibble)));
    const auto in_word_page = hn::And(
        hn::TableLookupBytes(page_table, hn::And(next, hn::Set(d, uint8_t{0x0F}))), page_select);
    put(hn::And(is3, hn::Ne(hn::Or(in_uniform, in_word_page), hn::Zero(d))), uniform);
    // CJK punctuation (neither `\w` nor cased) needs no lookup either.
    const auto third = hn::LoadU(d, p + i + 2);
    const auto third_low = hn::And(third, hn::Set(d, uint8_t{0x0F}));
    const auto third_high = hn::And(hn::ShiftRight<4>(third), hn::Set(d, uint8_t{0x0F}));
    const auto in_page = [&](size_t k) {
      return hn::And(hn::Eq(v, hn::Set(d, detail::PunctuationTables::kPages[k][0])),
                     hn::Eq(next, hn::Set(d, detail::PunctuationTables::kPages[k][1])));
    };
    const auto select0 = hn::TableLookupBytes(punct_high0, third_high);
    const auto select1 = hn::TableLookupBytes(punct_high1, third_high);
    const auto pages01 =
        hn::Or(hn::IfThenElseZero(in_page(0), select0), hn::IfThenElseZero(in_page(1), select1));
    const auto hit01 = hn::And(hn::TableLookupBytes(punct_low0, third_low), pages01);
    const auto hit2 = hn::And(hn::TableLookupBytes(punct_low1, third_low),
                              hn::IfThenElseZero(in_page(2), select0));
    put(hn::Ne(hn::Or(hit01, hit2), hn::Zero(d)), plain);
  }
  const uint64_t leads = lead2 | lead3 | lead4;
  const uint64_t spill_in = (uint64_t{1} << state.skip) - 1;  // skip <= 3
  const uint64_t expected = (lead2 << 1) | (lead3 << 1) | (lead3 << 2) | (lead4 << 1) |
                            (lead4 << 2) | (lead4 << 3) | spill_in;
  if (bad != 0 || expected != cont || (high & ~(cont | leads)) != 0) return false;
  // Continuation bytes the block's last code point asks of the next block.
  const uint64_t spill_out =
      (lead2 >> 63) | (lead3 >> 63) | (lead3 >> 62) | (lead4 >> 63) | (lead4 >> 62) | (lead4 >> 61);
  for (uint64_t k = 0; k < 3; ++k)
    if (((spill_out >> k) & 1) != 0 && (p[kBlock + k] & 0xC0) != 0x80) return false;

  const uint16_t* table = tables.flags;
  uint64_t word_leads = uniform;
  for (uint64_t rest = leads & ~(uniform | plain); rest != 0; rest &= rest - 1) {
    const unsigned at = static_cast<unsigned>(std::countr_zero(rest));
    const uint8_t* q = p + at;
    char32_t cp;
    if (q[0] < 0xE0) {
      cp = (static_cast<char32_t>(q[0] & 0x1F) << 6) | (q[1] & 0x3F);
    } else if (q[0] < 0xF0) {
      cp = (static_cast<char32_t>(q[0] & 0x0F) << 12) | (static_cast<char32_t>(q[1] & 0x3F) << 6) |
           (q[2] & 0x3F);
    } else {
      cp = (static_cast<char32_t>(q[0] & 0x07) << 18) | (static_cast<char32_t>(q[1] & 0x3F) << 12) |
           (static_cast<char32_t>(q[2] & 0x3F) << 6) | (q[3] & 0x3F);
    }
    const uint16_t f = cp < text::kFlagTableLimit ? table[cp] : text::flags(cp);
    seen |= f;
    word_leads |= static_cast<uint64_t>((f & text::kPyWord) != 0) << at;
  }
  // A continuation byte belongs to the word its lead (or the previous block's last code point)
  // belongs to; code points are at most 4 bytes, so three steps reach every one.
  const uint64_t carry = static_cast<uint64_t>(state.in_word);
  uint64_t in_word = word_bits | word_leads;
  for (int k = 0; k < 3; ++k)
    in_word |= ((in_word << 1) | carry) & cont;
  words += static_cast<uint64_t>(std::popcount(in_word & ~((in_word << 1) | carry)));
  state.in_word = (in_word >> 63) != 0;
  state.skip = static_cast<uint32_t>(std::popcount(spill_out));
  return true;
}

void ScanKernel(const char* text, size_t size, TextCounts* out) {
  const hn::ScalableTag<uint8_t> d;
  const size_t lanes = hn::Lanes(d);
  const auto newline = hn::Set(d, uint8_t{'\n'});
  const auto comma = hn::Set(d, uint8_t{','});
  const auto underscore = hn::Set(d, uint8_t{'_'});
  const auto high_bit = hn::Set(d, uint8_t{0x80});
  auto any_upper = hn::Zero(d);
  auto any_lower = hn::Zero(d);
  uint64_t newlines = 0, commas = 0, non_ascii = 0, words = 0;
  uint16_t seen = 0;
  detail::CodePointState state;
  const Tables tables;

  const auto* p = reinterpret_cast<const uint8_t*>(text);
  const auto* end = p + size;
  for (; p + kBlock <= end; p += kBlock) {
    uint64_t word_bits = 0;
    size_t block_non_ascii = 0;
    for (size_t i = 0; i < kBlock; i += lanes) {
      const auto v = hn::LoadU(d, p + i);
      newlines += hn::CountTrue(d, hn::Eq(v, newline));
      commas += hn::CountTrue(d, hn::Eq(v, comma));
      block_non_ascii += hn::CountTrue(d, hn::Ne(hn::And(v, high_bit), hn::Zero(d)));
      const auto upper = InRange(d, v, 'A', 26);
      const auto lower = InRange(d, v, 'a', 26);
      any_upper = hn::Or(any_upper, hn::VecFromMask(d, upper));
      any_lower = hn::Or(any_lower, hn::VecFromMask(d, lower));
      const auto word =
          hn::Or(hn::Or(upper, lower), hn::Or(InRange(d, v, '0', 10), hn::Eq(v, underscore)));
      word_bits |= BlockBits(d, word, i);
    }
    non_ascii += block_non_ascii;
    if (block_non_ascii == 0) {
      // All ASCII (so no code point of the previous block reaches into this one): a word
      // starts at each `\w` byte whose predecessor is not one.
      const uint64_t before = (word_bits << 1) | static_cast<uint64_t>(state.in_word);
      words += static_cast<uint64_t>(std::popcount(word_bits & ~before));
      state.in_word = (word_bits >> 63) != 0;
    } else if (p + kBlock + 3 > end ||
               !WellFormedBlock(d, tables, p, word_bits, state, words, seen)) {
      detail::scan_code_points(reinterpret_cast<const char*>(p),
                               reinterpret_cast<const char*>(p + kBlock),
                               reinterpret_cast<const char*>(end), state, *out);
    }
  }
  // The last, partial block: byte by byte.
  bool tail_upper = false, tail_lower = false;
  for (const uint8_t* q = p; q < end; ++q) {
    non_ascii += *q >= 0x80;
    newlines += *q == '\n';
    commas += *q == ',';
    tail_upper |= static_cast<uint8_t>(*q - 'A') < 26;
    tail_lower |= static_cast<uint8_t>(*q - 'a') < 26;
  }
  detail::scan_code_points(reinterpret_cast<const char*>(p), reinterpret_cast<const char*>(end),
                           reinterpret_cast<const char*>(end), state, *out);

  out->non_ascii = non_ascii;
  out->newlines = newlines;
  out->commas = commas;
  out->py_words += words;
  out->cases.any_upper |=
      tail_upper || (seen & text::kUpper) != 0 || !hn::AllFalse(d, hn::MaskFromVec(any_upper));
  out->cases.any_lower |=
      tail_lower || (seen & text::kLower) != 0 || !hn::AllFalse(d, hn::MaskFromVec(any_lower));
  out->cases.any_title |= (seen & text::kTitle) != 0;
  out->cases.has_cased = out->cases.any_upper || out->cases.any_lower || out->cases.any_title;
}

const char* TargetName() {
  return hwy::TargetName(HWY_TARGET);
}

}  // namespace HWY_NAMESPACE
}  // namespace precis::simd
HWY_AFTER_NAMESPACE();

#if HWY_ONCE
namespace precis::simd {

HWY_EXPORT(ScanKernel);
HWY_EXPORT(TargetName);

TextCounts scan(std::string_view utf8) noexcept {
  TextCounts counts;
  HWY_DYNAMIC_DISPATCH(ScanKernel)(utf8.data(), utf8.size(), &counts);
  return counts;
}

std::vector<Target> available_targets() {
  std::vector<Target> out;
  for (int64_t bits : hwy::SupportedAndGeneratedTargets())
    out.push_back({bits, hwy::TargetName(bits)});
  return out;
}

const char* active_target() noexcept {
  return HWY_DYNAMIC_DISPATCH(TargetName)();
}

void force_target(int64_t bits) noexcept {
  hwy::SetSupportedTargetsForTest(bits);
  (void)hwy::SupportedTargets();  // re-chooses the target the dispatch tables use
}

}  // namespace precis::simd
#endif  // HWY_ONCE
