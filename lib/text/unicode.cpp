#include "text/unicode.h"

#include <unicode/ucasemap.h>
#include <unicode/uchar.h>

#include <array>
#include <memory>
#include <mutex>

#include "simd/ascii.h"
#include "text/flag_table.h"

namespace precis::text {
namespace {

constexpr char32_t kTableLimit = kFlagTableLimit;  // flat table below; ICU is asked above

bool python_isspace(char32_t c) {
  if (c >= 0x09 && c <= 0x0D) return true;
  if (c >= 0x1C && c <= 0x20) return true;
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

uint16_t compute_flags(char32_t c) {
  uint16_t f = 0;
  const auto cp = static_cast<UChar32>(c);
  const int8_t type = u_charType(cp);
  const uint32_t mask = U_MASK(type);
  if (python_isspace(c)) f |= kPySpace;
  if (u_hasBinaryProperty(cp, UCHAR_UPPERCASE)) f |= kUpper;
  if (u_hasBinaryProperty(cp, UCHAR_LOWERCASE)) f |= kLower;
  if (type == U_TITLECASE_LETTER) f |= kTitle;
  if (mask & U_GC_L_MASK) f |= kLetter;
  if (mask & U_GC_M_MASK) f |= kMark;
  if (type == U_DECIMAL_DIGIT_NUMBER) f |= kDigit;
  if (mask & U_GC_N_MASK) f |= kNumber;
  if (mask & U_GC_P_MASK) f |= kPunct;
  if (mask & U_GC_S_MASK) f |= kSymbol;
  const bool numeric = u_getIntPropertyValue(cp, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
  if ((mask & U_GC_L_MASK) || numeric || c == U'_') f |= kPyWord;
  if (c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF) f |= kZeroWidth;
  return f;
}

const uint16_t* table() {
  static const std::unique_ptr<uint16_t[]> t = [] {
    auto p = std::make_unique<uint16_t[]>(kTableLimit);
    for (char32_t c = 0; c < kTableLimit; ++c)
      p[c] = compute_flags(c);
    return p;
  }();
  return t.get();
}

}  // namespace

const uint16_t* flag_table() noexcept {
  return table();
}

uint16_t flags(char32_t cp) noexcept {
  if (cp < kTableLimit) return table()[cp];
  if (cp > 0x10FFFF) return 0;
  return compute_flags(cp);
}

Decoded decode_before(const char* begin, const char* p) noexcept {
  // Walk back over at most three continuation bytes, then decode forward and check that the
  // sequence ends exactly at p; otherwise the byte before p stands alone.
  const char* q = p - 1;
  int back = 0;
  while (q > begin && back < 3 && (static_cast<unsigned char>(*q) & 0xC0) == 0x80) {
    --q;
    ++back;
  }
  Decoded d = decode(q, p);
  if (q + d.len == p) return d;
  return {0xFFFD, 1};
}

namespace {
// Writes cp as UTF-8 at o (room for 4 bytes) and returns the end.
char* put_utf8(char* o, char32_t cp) noexcept {
  if (cp < 0x80) {
    *o++ = static_cast<char>(cp);
  } else if (cp < 0x800) {
    *o++ = static_cast<char>(0xC0 | (cp >> 6));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    *o++ = static_cast<char>(0xE0 | (cp >> 12));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    *o++ = static_cast<char>(0xF0 | (cp >> 18));
    *o++ = static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    *o++ = static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    *o++ = static_cast<char>(0x80 | (cp & 0x3F));
  }
  return o;
}
}  // namespace

void append_utf8(std::string& out, char32_t cp) {
  char buf[4];
  out.append(buf, static_cast<size_t>(put_utf8(buf, cp) - buf));
}

std::string_view py_lstrip(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!is_py_space(d.cp)) break;
    p += d.len;
  }
  return {p, static_cast<size_t>(end - p)};
}

std::string_view py_rstrip(std::string_view s) noexcept {
  const char* begin = s.data();
  const char* p = begin + s.size();
  while (p > begin) {
    Decoded d = decode_before(begin, p);
    if (!is_py_space(d.cp)) break;
    p -= d.len;
  }
  return {begin, static_cast<size_t>(p - begin)};
}

std::string_view py_strip(std::string_view s) noexcept {
  return py_rstrip(py_lstrip(s));
}

void py_split(std::string_view s, std::vector<std::string_view>& out) {
  const char* p = s.data();
  const char* end = p + s.size();
  const char* start = nullptr;
  while (p < end) {
    Decoded d = decode(p, end);
    if (is_py_space(d.cp)) {
      if (start) out.emplace_back(start, static_cast<size_t>(p - start));
      start = nullptr;
    } else if (!start) {
      start = p;
    }
    p += d.len;
  }
  if (start) out.emplace_back(start, static_cast<size_t>(p - start));
}

namespace {

UCaseMap* case_map() {
  struct Holder {
    UCaseMap* map = nullptr;
    Holder() {
      UErrorCode err = U_ZERO_ERROR;
      map = ucasemap_open("", 0, &err);
      if (U_FAILURE(err)) map = nullptr;
    }
    ~Holder() {
      if (map) ucasemap_close(map);
    }
  };
  static const Holder holder;
  return holder.map;
}

bool is_ascii(std::string_view s) noexcept {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

template <class Fn>
void map_case(std::string_view s, std::string& out, Fn fn) {
  // ICU's UTF-8 case mapping copies ill-formed bytes through unchanged.
  const size_t base = out.size();
  size_t cap = s.size() + s.size() / 2 + 16;
  for (int attempt = 0; attempt < 3; ++attempt) {
    out.resize(base + cap);
    UErrorCode err = U_ZERO_ERROR;
    int32_t n = fn(case_map(), out.data() + base, static_cast<int32_t>(cap), s.data(),
                   static_cast<int32_t>(s.size()), &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      cap = static_cast<size_t>(n) + 1;
      continue;
    }
    if (U_FAILURE(err)) break;
    out.resize(base + static_cast<size_t>(n));
    return;
  }
  out.resize(base);
  out.append(s);  // unreachable in practice: ICU failed; keep the bytes rather than lose them
}

}  // namespace

void py_lower(std::string_view s, std::string& out) {
  // ASCII text (most responses) is lowered by the vectorized loop; any other text goes to ICU
  // whole, since the final-sigma rule looks at the letters around each sigma.
  const size_t base = out.size();
  out.resize(base + s.size());
  if (simd::ascii_lower_prefix(s.data(), s.size(), out.data() + base) == s.size()) return;
  out.resize(base);
  map_case(s, out, ucasemap_utf8ToLower);
}

std::string py_lower(std::string_view s) {
  std::string out;
  py_lower(s, out);
  return out;
}

std::string py_upper(std::string_view s) {
  std::string out;
  map_case(s, out, ucasemap_utf8ToUpper);
  return out;
}

void simple_fold(std::string_view s, std::string& out) {
  // Folding changes a code point's UTF-8 length by at most half (2 bytes -> 3, as U+023A ->
  // U+2C65), so the output fits in 1.5 times the input; it is written in place and trimmed.
  const size_t base = out.size();
  out.resize(base + s.size() + s.size() / 2 + 4);
  char* const first = out.data();
  char* o = first + base;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    if (static_cast<unsigned char>(*p) < 0x80) {
      // An ASCII stretch: the vectorized loop lowers it (simple folding of ASCII is lowering).
      const size_t n = simd::ascii_lower_prefix(p, static_cast<size_t>(end - p), o);
      p += n;
      o += n;
      if (p == end) break;
    }
    Decoded d = decode(p, end);
    if (d.cp == 0xFFFD && d.len == 1) {
      *o++ = *p;  // keep an ill-formed byte as it is
    } else {
      o = put_utf8(
          o, static_cast<char32_t>(u_foldCase(static_cast<UChar32>(d.cp), U_FOLD_CASE_DEFAULT)));
    }
    p += d.len;
  }
  out.resize(static_cast<size_t>(o - first));
}

std::string simple_fold(std::string_view s) {
  std::string out;
  simple_fold(s, out);
  return out;
}

namespace {
// Python's \w on ASCII: letters, digits and '_'.
constexpr std::array<bool, 128> kAsciiPyWord = [] {
  std::array<bool, 128> t{};
  for (int c = 0; c < 128; ++c)
    t[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  return t;
}();
}  // namespace

size_t count_py_words(std::string_view s) noexcept {
  size_t n = 0;
  bool in_word = false;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto b = static_cast<unsigned char>(*p);
    bool w;
    if (b < 0x80) {
      w = kAsciiPyWord[b];
      ++p;
    } else {
      Decoded d = decode(p, end);
      w = is_py_word(d.cp);
      p += d.len;
    }
    if (w && !in_word) ++n;
    in_word = w;
  }
  return n;
}

CaseStats case_stats(std::string_view s) noexcept {
  CaseStats st;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    // ASCII runs: only A-Z and a-z are cased; one branch-free loop per run.
    const char* q = p;
    unsigned upper = 0, lower = 0;
    for (; q < end && static_cast<unsigned char>(*q) < 0x80; ++q) {
      const auto b = static_cast<unsigned char>(*q);
      upper |= static_cast<unsigned char>(b - 'A') < 26;
      lower |= static_cast<unsigned char>(b - 'a') < 26;
    }
    st.any_upper |= upper != 0;
    st.any_lower |= lower != 0;
    p = q;
    if (p == end) break;
    Decoded d = decode(p, end);
    p += d.len;
    uint16_t f = flags(d.cp);
    if (f & kUpper) st.any_upper = true;
    if (f & kLower) st.any_lower = true;
    if (f & kTitle) st.any_title = true;
  }
  st.has_cased = st.any_upper || st.any_lower || st.any_title;
  return st;
}

size_t count_code_points(std::string_view s) noexcept {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    p += decode(p, end).len;
    ++n;
  }
  return n;
}

namespace {
bool is_inner_joiner(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == U'-';
}
}  // namespace

void precise_words(std::string_view s, std::vector<Span>& out) {
  const char* begin = s.data();
  const char* end = begin + s.size();
  const char* p = begin;
  const char* word_start = nullptr;
  const char* word_end = nullptr;  // end of the last word character
  char32_t last = 0;               // last word character of the current word
  while (p < end) {
    Decoded d = decode(p, end);
    if (is_word_char(d.cp)) {
      if (!word_start) word_start = p;
      p += d.len;
      word_end = p;
      last = d.cp;
      continue;
    }
    if (word_start) {
      if (is_zero_width(d.cp)) {  // skipped inside a word
        p += d.len;
        continue;
      }
      if (is_inner_joiner(d.cp) && (flags(last) & kLetter) && p + d.len < end) {
        Decoded next = decode(p + d.len, end);
        if (flags(next.cp) & kLetter) {
          p += d.len;
          continue;
        }
      }
      out.push_back(
          {static_cast<uint32_t>(word_start - begin), static_cast<uint32_t>(word_end - begin)});
      word_start = nullptr;
    }
    p += d.len;
  }
  if (word_start)
    out.push_back(
        {static_cast<uint32_t>(word_start - begin), static_cast<uint32_t>(word_end - begin)});
}

void normalize_word(std::string_view word, std::string& out) {
  // Full case folding (ß -> ss) of the word with zero-width characters removed and the
  // typographic apostrophe unified with the ASCII one.
  std::string tmp;
  tmp.reserve(word.size());
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!is_zero_width(d.cp)) {
      if (d.cp == 0x2019) d.cp = U'\'';
      if (d.cp == 0xFFFD && d.len == 1)
        tmp.push_back(*p);
      else
        append_utf8(tmp, d.cp);
    }
    p += d.len;
  }
  if (is_ascii(tmp)) {
    py_lower(tmp, out);
    return;
  }
  map_case(tmp, out, ucasemap_utf8FoldCase);
}

}  // namespace precis::text
