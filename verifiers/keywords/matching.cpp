#include "verifiers/keywords/matching.h"

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include "text/unicode.h"

namespace precis::verifiers::matching {

using text::decode;
using text::decode_before;
using text::Decoded;

namespace {

// Code points whose full case folding differs from their simple folding (CaseFolding.txt status
// F), with generous margins; everything else folds as u_foldCase does.
bool may_fold_to_many(char32_t c) {
  if (c < 0xDF) return false;
  return c == 0xDF || c == 0x130 || c == 0x149 || c == 0x1F0 || c == 0x390 || c == 0x3B0 ||
         c == 0x587 || (c >= 0x1E96 && c <= 0x1E9E) || (c >= 0x1F00 && c <= 0x1FFF) ||
         (c >= 0xFB00 && c <= 0xFB4F);
}

}  // namespace

Folded full_fold(char32_t c) noexcept {
  Folded f;
  f.n = 1;
  if (c < 0x80) {
    f.cp[0] = (c >= U'A' && c <= U'Z') ? c + 32 : c;
    return f;
  }
  if (!may_fold_to_many(c) || c > 0x10FFFF) {
    f.cp[0] = c > 0x10FFFF
                  ? c
                  : static_cast<char32_t>(u_foldCase(static_cast<UChar32>(c), U_FOLD_CASE_DEFAULT));
    return f;
  }
  UChar src[2];
  int32_t src_len = 0;
  U16_APPEND_UNSAFE(src, src_len, static_cast<UChar32>(c));
  UChar dst[8];
  UErrorCode err = U_ZERO_ERROR;
  int32_t n = u_strFoldCase(dst, 8, src, src_len, U_FOLD_CASE_DEFAULT, &err);
  if (U_FAILURE(err) || n <= 0 || n > 8) {
    f.cp[0] = c;
    return f;
  }
  f.n = 0;
  int32_t i = 0;
  while (i < n && f.n < 3) {
    UChar32 cp;
    U16_NEXT(dst, i, n, cp);
    f.cp[f.n++] = static_cast<char32_t>(cp);
  }
  return f;
}

char32_t unify_quote(char32_t c) noexcept {
  switch (c) {
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
      return U'"';
    case 0x2018:
    case 0x2019:
    case 0x201B:
      return U'\'';
    default:
      return c;
  }
}

// ---------------------------------------------------------------------------------------------
// reference

namespace {

bool is_ascii_alnum(char32_t c) {
  return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z') || (c >= U'0' && c <= U'9');
}

char32_t simple_fold_cp(char32_t c) {
  std::string tmp;
  text::append_utf8(tmp, c);
  std::string folded = text::simple_fold(tmp);
  return decode(folded.data(), folded.data() + folded.size()).cp;
}

// Folded characters that Python's re.IGNORECASE puts in one class with another folded character.
bool is_rare(char32_t c) {
  return c == 0x130 || c == 0x131 || c == 0x390 || c == 0x3B0 || c == 0x1FD3 || c == 0x1FE3 ||
         c == 0xFB05 || c == 0xFB06;
}

// The comparison key of a folded character under Python's re.IGNORECASE.
char32_t py_key(char32_t c) {
  switch (c) {
    case 0x130:
    case 0x131:
      return U'i';
    case 0x1FD3:
      return 0x390;
    case 0x1FE3:
      return 0x3B0;
    case 0xFB05:
      return 0xFB06;
    default:
      return c;
  }
}

}  // namespace

Result<PyLiteral> PyLiteral::parse(std::string_view pattern) {
  PyLiteral lit;
  const char* p = pattern.data();
  const char* end = p + pattern.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (d.cp == 0xFFFD && d.len == 1) return invalid_argument("is not valid UTF-8");
    p += d.len;
    char32_t c = d.cp;
    if (c == U'\\') {
      if (p == end) return invalid_argument("ends with a lone backslash (a Python regex error)");
      Decoded e = decode(p, end);
      if (is_ascii_alnum(e.cp))
        return invalid_argument(
            fmt::format("holds the regex escape \"\\{}\", which reference semantics cannot "
                        "reproduce",
                        static_cast<char>(e.cp)));
      p += e.len;
      lit.atoms_.push_back(simple_fold_cp(e.cp));
      continue;
    }
    if (c == U'.') {
      lit.atoms_.push_back(kAny);
      lit.always_slow_ = true;
      continue;
    }
    switch (c) {
      case U'^':
      case U'$':
      case U'*':
      case U'+':
      case U'?':
      case U'{':
      case U'}':
      case U'[':
      case U']':
      case U'|':
      case U'(':
      case U')':
        return invalid_argument(fmt::format(
            "holds the regex metacharacter '{}': upstream inserts it unescaped into a regular "
            "expression, which reference semantics cannot reproduce (only literal text, "
            "backslash-escaped punctuation and '.' are); use precise semantics, where kwargs "
            "are literal text",
            static_cast<char>(c)));
      default:
        lit.atoms_.push_back(simple_fold_cp(c));
    }
  }
  for (char32_t& a : lit.atoms_) {
    if (a == kAny) continue;
    if (is_rare(a)) lit.always_slow_ = true;
    if (a == U'i') lit.has_i_ = true;
    text::append_utf8(lit.needle_, a);
    a = py_key(a);
  }
  return lit;
}

bool PyLiteral::match_at(const char* p, const char* end, const char** match_end) const noexcept {
  for (char32_t atom : atoms_) {
    if (p >= end) return false;
    Decoded d = decode(p, end);
    if (atom == kAny) {
      if (d.cp == U'\n') return false;
    } else if ((d.cp == 0xFFFD && d.len == 1) || py_key(d.cp) != atom) {
      return false;
    }
    p += d.len;
  }
  *match_end = p;
  return true;
}

bool PyLiteral::slow_for(std::string_view folded) const noexcept {
  if (always_slow_) return true;
  if (!has_i_) return false;
  // İ (C4 B0) or ı (C4 B1) in the text.
  for (size_t pos = folded.find('\xC4'); pos != std::string_view::npos;
       pos = folded.find('\xC4', pos + 1))
    if (pos + 1 < folded.size() && (folded[pos + 1] == '\xB0' || folded[pos + 1] == '\xB1'))
      return true;
  return false;
}

bool PyLiteral::find(std::string_view folded, size_t from, size_t& begin, size_t& end,
                     bool slow) const noexcept {
  if (from > folded.size()) return false;
  if (!slow) {
    size_t pos = folded.find(needle_, from);
    if (pos == std::string_view::npos) return false;
    begin = pos;
    end = pos + needle_.size();
    return true;
  }
  const char* base = folded.data();
  const char* stop = base + folded.size();
  for (const char* p = base + from; p < stop;) {
    const char* me = nullptr;
    if (match_at(p, stop, &me)) {
      begin = static_cast<size_t>(p - base);
      end = static_cast<size_t>(me - base);
      return true;
    }
    p += decode(p, stop).len;
  }
  return false;
}

bool py_word_boundary(std::string_view s, size_t pos) noexcept {
  const char* b = s.data();
  bool before = pos > 0 && text::is_py_word(decode_before(b, b + pos).cp);
  bool after = pos < s.size() && text::is_py_word(decode(b + pos, b + s.size()).cp);
  return before != after;
}

// ---------------------------------------------------------------------------------------------
// precise: words

namespace {

bool is_joiner(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == U'-';
}

void append_normalized_word(std::string_view word, std::u32string& out) {
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    Decoded d = decode(p, end);
    p += d.len;
    if (text::is_zero_width(d.cp)) continue;
    Folded f = full_fold(d.cp == 0x2019 ? U'\'' : d.cp);
    for (int i = 0; i < f.n; ++i)
      out.push_back(f.cp[i]);
  }
}

// Calls fn(piece) for each piece of `word` between joiners.
template <class Fn>
void for_each_piece(std::string_view word, Fn&& fn) {
  const char* p = word.data();
  const char* end = p + word.size();
  const char* start = p;
  while (p < end) {
    Decoded d = decode(p, end);
    if (is_joiner(d.cp)) {
      if (p > start) fn(std::string_view(start, static_cast<size_t>(p - start)));
      start = p + d.len;
    }
    p += d.len;
  }
  if (end > start) fn(std::string_view(start, static_cast<size_t>(end - start)));
}

bool all_space(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!text::is_py_space(d.cp) && !text::is_zero_width(d.cp)) return false;
    p += d.len;
  }
  return true;
}

std::string_view first_foreign(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!text::is_py_space(d.cp) && !text::is_zero_width(d.cp)) return {p, d.len};
    p += d.len;
  }
  return {};
}

// Iterates the pieces between joiners of the words of a text.
class WordCursor {
 public:
  WordCursor(const std::vector<Span>& words, std::string_view raw) : words_(&words), raw_(raw) {}

  bool next(std::string_view& piece) noexcept {
    while (wi_ < words_->size()) {
      const Span w = (*words_)[wi_];
      const char* p = raw_.data() + w.begin + off_;
      const char* end = raw_.data() + w.end;
      const char* q = p;
      while (q < end) {
        auto b = static_cast<unsigned char>(*q);
        if (b < 0x80 && b != '\'' && b != '-') {
          ++q;
          continue;
        }
        Decoded d = decode(q, end);
        if (is_joiner(d.cp)) {
          off_ = static_cast<uint32_t>(q + d.len - (raw_.data() + w.begin));
          if (q > p) {
            piece = {p, static_cast<size_t>(q - p)};
            return true;
          }
          p = q + d.len;
        }
        q += d.len;
      }
      ++wi_;
      off_ = 0;
      if (end > p) {
        piece = {p, static_cast<size_t>(end - p)};
        return true;
      }
    }
    return false;
  }

 private:
  const std::vector<Span>* words_;
  std::string_view raw_;
  size_t wi_ = 0;
  uint32_t off_ = 0;
};

}  // namespace

Result<Phrase> parse_phrase(std::string_view keyword) {
  std::vector<Span> spans;
  text::precise_words(keyword, spans);
  size_t prev = 0;
  auto gap_error = [&](std::string_view gap) -> Status {
    return invalid_argument(fmt::format(
        "\"{}\" holds \"{}\" outside a word; precise semantics matches whole words and "
        "phrases of words (letters, marks and digits; an inner hyphen or apostrophe stays "
        "inside a word) separated by whitespace",
        keyword, first_foreign(gap)));
  };
  for (const Span& s : spans) {
    std::string_view gap = keyword.substr(prev, s.begin - prev);
    if (!all_space(gap)) return gap_error(gap);
    prev = s.end;
  }
  if (!all_space(keyword.substr(prev))) return gap_error(keyword.substr(prev));
  if (spans.empty())
    return invalid_argument(fmt::format(
        "\"{}\" holds no word; precise semantics matches whole words (letters, marks, digits)",
        keyword));
  Phrase phrase;
  for (const Span& s : spans)
    for_each_piece(keyword.substr(s.begin, s.size()), [&](std::string_view piece) {
      phrase.emplace_back();
      append_normalized_word(piece, phrase.back());
    });
  return phrase;
}

std::u32string fold_word(std::string_view word) {
  std::u32string out;
  append_normalized_word(word, out);
  return out;
}

void fold_word(std::string_view word, std::u32string& out) {
  out.clear();
  append_normalized_word(word, out);
}

bool word_equals(std::string_view word, std::u32string_view norm) noexcept {
  size_t i = 0;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) {  // ASCII: folding is lowercasing
      if (i >= norm.size()) return false;
      char32_t c = (b >= 'A' && b <= 'Z') ? b + 32u : b;
      if (norm[i] != c) return false;
      ++i;
      ++p;
      continue;
    }
    Decoded d = decode(p, end);
    p += d.len;
    if (text::is_zero_width(d.cp)) continue;
    Folded f = full_fold(d.cp == 0x2019 ? U'\'' : d.cp);
    for (int k = 0; k < f.n; ++k) {
      if (i >= norm.size() || norm[i] != f.cp[k]) return false;
      ++i;
    }
  }
  return i == norm.size();
}

size_t count_phrase(const Text& text, const Phrase& phrase, bool first_only) noexcept {
  if (phrase.empty()) return 0;
  WordCursor cur(text.words(), text.raw());
  size_t n = 0;
  std::string_view piece;
  while (cur.next(piece)) {
    if (!word_equals(piece, phrase[0])) continue;
    WordCursor m = cur;
    bool ok = true;
    for (size_t j = 1; j < phrase.size() && ok; ++j)
      ok = m.next(piece) && word_equals(piece, phrase[j]);
    if (!ok) continue;
    ++n;
    if (first_only) return n;
    cur = m;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// precise: normalized texts

namespace {

constexpr char32_t kEnd = 0xFFFFFFFF;

bool space_or_zw(char32_t c) {
  return text::is_py_space(c) || text::is_zero_width(c);
}

class ForwardNorm {
 public:
  explicit ForwardNorm(std::string_view s) : p_(s.data()), end_(s.data() + s.size()) {}

  char32_t next() noexcept {
    if (i_ < f_.n) return f_.cp[i_++];
    while (p_ < end_) {
      Decoded d = decode(p_, end_);
      p_ += d.len;
      if (text::is_zero_width(d.cp)) continue;
      if (text::is_py_space(d.cp)) {
        while (p_ < end_) {
          Decoded e = decode(p_, end_);
          if (!space_or_zw(e.cp)) break;
          p_ += e.len;
        }
        f_.n = 0;
        i_ = 0;
        return U' ';
      }
      f_ = full_fold(unify_quote(d.cp));
      i_ = 1;
      return f_.cp[0];
    }
    return kEnd;
  }
  bool at_boundary() const noexcept { return i_ >= f_.n; }
  const char* pos() const noexcept { return p_; }

 private:
  const char* p_;
  const char* end_;
  Folded f_;
  int i_ = 0;
};

class BackwardNorm {
 public:
  explicit BackwardNorm(std::string_view s) : begin_(s.data()), p_(s.data() + s.size()) {}

  char32_t next() noexcept {
    if (i_ > 0) return f_.cp[--i_];
    while (p_ > begin_) {
      Decoded d = decode_before(begin_, p_);
      p_ -= d.len;
      if (text::is_zero_width(d.cp)) continue;
      if (text::is_py_space(d.cp)) {
        while (p_ > begin_) {
          Decoded e = decode_before(begin_, p_);
          if (!space_or_zw(e.cp)) break;
          p_ -= e.len;
        }
        return U' ';
      }
      f_ = full_fold(unify_quote(d.cp));
      i_ = f_.n - 1;
      return f_.cp[f_.n - 1];
    }
    return kEnd;
  }
  bool at_boundary() const noexcept { return i_ == 0; }
  const char* pos() const noexcept { return p_; }

 private:
  const char* begin_;
  const char* p_;
  Folded f_;
  int i_ = 0;
};

}  // namespace

std::string_view strip_visible(std::string_view s) noexcept {
  const char* b = s.data();
  const char* e = b + s.size();
  while (b < e) {
    Decoded d = decode(b, e);
    if (!space_or_zw(d.cp)) break;
    b += d.len;
  }
  while (e > b) {
    Decoded d = decode_before(b, e);
    if (!space_or_zw(d.cp)) break;
    e -= d.len;
  }
  return {b, static_cast<size_t>(e - b)};
}

bool blank(const Text& text) noexcept {
  return text.blank() || strip_visible(text.raw()).empty();
}

std::u32string normalize(std::string_view s) {
  std::u32string out;
  ForwardNorm f(strip_visible(s));
  for (char32_t c = f.next(); c != kEnd; c = f.next())
    out.push_back(c);
  return out;
}

size_t match_prefix(std::string_view s, std::u32string_view norm) noexcept {
  ForwardNorm f(s);
  for (char32_t want : norm)
    if (f.next() != want) return std::string_view::npos;
  if (!f.at_boundary()) return std::string_view::npos;
  return static_cast<size_t>(f.pos() - s.data());
}

size_t match_suffix(std::string_view s, std::u32string_view norm) noexcept {
  BackwardNorm b(s);
  for (size_t j = norm.size(); j > 0; --j)
    if (b.next() != norm[j - 1]) return std::string_view::npos;
  if (!b.at_boundary()) return std::string_view::npos;
  return static_cast<size_t>(b.pos() - s.data());
}

bool normalized_equal(std::string_view a, std::string_view b) noexcept {
  ForwardNorm fa(strip_visible(a));
  ForwardNorm fb(strip_visible(b));
  for (;;) {
    char32_t x = fa.next();
    char32_t y = fb.next();
    if (x != y) return false;
    if (x == kEnd) return true;
  }
}

}  // namespace precis::verifiers::matching
