#include "verifiers/first_word/edge_words.h"

#include <cstdint>

#include "text/unicode.h"

namespace precis::verifiers::edge_words {

using text::decode;
using text::decode_before;
using text::Decoded;

std::string_view first_token(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!text::is_py_space(d.cp)) break;
    p += d.len;
  }
  const char* start = p;
  while (p < end) {
    Decoded d = decode(p, end);
    if (text::is_py_space(d.cp)) break;
    p += d.len;
  }
  return {start, static_cast<size_t>(p - start)};
}

std::string_view last_token(std::string_view s) noexcept {
  const char* begin = s.data();
  const char* p = begin + s.size();
  while (p > begin) {
    Decoded d = decode_before(begin, p);
    if (!text::is_py_space(d.cp)) break;
    p -= d.len;
  }
  const char* stop = p;
  while (p > begin) {
    Decoded d = decode_before(begin, p);
    if (text::is_py_space(d.cp)) break;
    p -= d.len;
  }
  return {p, static_cast<size_t>(stop - p)};
}

bool py_lower_equals(std::string_view s, std::string_view lowered) {
  bool ascii = true;
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) {
      ascii = false;
      break;
    }
  if (ascii) {
    if (s.size() != lowered.size()) return false;
    for (size_t i = 0; i < s.size(); ++i) {
      char c = s[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lowered[i]) return false;
    }
    return true;
  }
  std::string tmp;
  text::py_lower(s, tmp);
  return tmp == lowered;
}

void keep_word_chars(std::string_view s, std::string& out) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (text::is_py_word(d.cp) || text::is_py_space(d.cp)) out.append(p, d.len);
    p += d.len;
  }
}

bool is_edge_char(char32_t c) noexcept {
  if (c < 0x80) {
    // ASCII: everything but letters, digits and control characters other than whitespace.
    if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return false;
    if (c < 0x20 || c == 0x7F) return text::is_py_space(c);
    return true;
  }
  uint16_t f = text::flags(c);
  return (f & (text::kPySpace | text::kZeroWidth | text::kPunct)) != 0;
}

std::string_view first_non_edge(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if (!is_edge_char(d.cp)) return {p, d.len};
    p += d.len;
  }
  return {};
}

namespace {

bool is_joiner(char32_t c) {
  return c == U'\'' || c == 0x2019 || c == U'-';
}

// Iterates the pieces of one word between joiners (the same pieces as keywords matching).
class Pieces {
 public:
  explicit Pieces(std::string_view word) : p_(word.data()), end_(word.data() + word.size()) {}

  bool next(std::string_view& piece) noexcept {
    while (p_ < end_) {
      const char* start = p_;
      while (p_ < end_) {
        Decoded d = decode(p_, end_);
        if (is_joiner(d.cp)) break;
        p_ += d.len;
      }
      const char* stop = p_;
      if (p_ < end_) p_ += decode(p_, end_).len;  // the joiner
      if (stop > start) {
        piece = {start, static_cast<size_t>(stop - start)};
        return true;
      }
    }
    return false;
  }
  bool done() noexcept {
    // Whether no piece is left (skips trailing joiners).
    const char* q = p_;
    while (q < end_) {
      Decoded d = decode(q, end_);
      if (!is_joiner(d.cp)) return false;
      q += d.len;
    }
    return true;
  }

 private:
  const char* p_;
  const char* end_;
};

size_t count_pieces(std::string_view word) noexcept {
  Pieces it(word);
  std::string_view piece;
  size_t n = 0;
  while (it.next(piece))
    ++n;
  return n;
}

std::string_view word_at(std::string_view raw, const Span& w) noexcept {
  return raw.substr(w.begin, w.size());
}

// Whether the pieces of words[wi, wj) begin with `phrase` and the match ends at a word's end.
// With `exact`, the match must also use every piece of words[wi, wj).
bool match_forward(std::string_view raw, const std::vector<Span>& words, size_t wi, size_t wj,
                   const matching::Phrase& phrase, bool exact) noexcept {
  size_t m = 0;
  for (size_t w = wi; w < wj; ++w) {
    Pieces it(word_at(raw, words[w]));
    std::string_view piece;
    while (it.next(piece)) {
      if (m == phrase.size() || !matching::word_equals(piece, phrase[m])) return false;
      ++m;
      if (m == phrase.size()) {
        if (!it.done()) return false;  // the match ends inside a word
        return !exact || w + 1 == wj;
      }
    }
  }
  return false;
}

}  // namespace

bool starts_with_phrase(std::string_view raw, const std::vector<Span>& words, size_t wi, size_t wj,
                        const matching::Phrase& phrase) noexcept {
  if (phrase.empty() || wi >= wj) return false;
  return match_forward(raw, words, wi, wj, phrase, false);
}

bool ends_with_phrase(std::string_view raw, const std::vector<Span>& words, size_t wi, size_t wj,
                      const matching::Phrase& phrase) noexcept {
  if (phrase.empty() || wi >= wj) return false;
  // Walk back over whole words until they hold exactly as many pieces as the phrase.
  size_t pieces = 0;
  size_t start = wj;
  while (start > wi && pieces < phrase.size()) {
    --start;
    pieces += count_pieces(word_at(raw, words[start]));
  }
  if (pieces != phrase.size()) return false;  // too few, or the match would start inside a word
  return match_forward(raw, words, start, wj, phrase, true);
}

}  // namespace precis::verifiers::edge_words
