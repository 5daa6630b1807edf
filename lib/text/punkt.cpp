// Punkt sentence tokenizer, reimplemented after the behaviour of nltk 3.8's punkt.py
// (PunktSentenceTokenizer.tokenize with realign_boundaries=True). The regexes of
// PunktLanguageVars are written out as hand scans over UTF-8 with Python's Unicode classes
// (\s = str.isspace(), \w = str.isalnum() or '_', \d = Nd).
#include "text/punkt.h"

#include <bit>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <fstream>

#include "text/data_dir.h"
#include "text/unicode.h"

namespace precis::text {
namespace {

// Orthographic context flags (punkt's _ORTHO_*).
constexpr int kOrthoBegUc = 1 << 1;
constexpr int kOrthoMidUc = 1 << 2;
constexpr int kOrthoUnkUc = 1 << 3;
constexpr int kOrthoBegLc = 1 << 4;
constexpr int kOrthoMidLc = 1 << 5;
constexpr int kOrthoUnkLc = 1 << 6;
constexpr int kOrthoUc = kOrthoBegUc | kOrthoMidUc | kOrthoUnkUc;
constexpr int kOrthoLc = kOrthoBegLc | kOrthoMidLc | kOrthoUnkLc;

constexpr std::string_view kNumberType = "##number##";

// ---------------------------------------------------------------------------------------------
// Character classes.

inline bool ascii_py_space(unsigned char b) {
  return (b >= 0x09 && b <= 0x0D) || (b >= 0x1C && b <= 0x20);
}

/// Length of the \s character at s[i] (i < s.size()), 0 when it is not whitespace.
inline uint32_t space_len(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return ascii_py_space(b) ? 1 : 0;
  const Decoded d = decode(s.data() + i, s.data() + s.size());
  return is_py_space(d.cp) ? d.len : 0;
}

inline Decoded decode_at(std::string_view s, size_t i) {
  const auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) return {b, 1};
  return decode(s.data() + i, s.data() + s.size());
}

/// Python's string.whitespace (what _get_last_whitespace_index looks for): ASCII only.
inline bool string_whitespace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

/// _re_non_word_chars: [?!)";}\]*:@'({[]
inline bool non_word_char(char c) {
  switch (c) {
    case '?':
    case '!':
    case ')':
    case '"':
    case ';':
    case '}':
    case ']':
    case '*':
    case ':':
    case '@':
    case '\'':
    case '(':
    case '{':
    case '[':
      return true;
    default:
      return false;
  }
}

/// The characters _re_word_start excludes: [(\"`{\[:;&#*@)}\]\-,]
inline bool word_start_excluded(char32_t c) {
  switch (c) {
    case '(':
    case '"':
    case '`':
    case '{':
    case '[':
    case ':':
    case ';':
    case '&':
    case '#':
    case '*':
    case '@':
    case ')':
    case '}':
    case ']':
    case '-':
    case ',':
      return true;
    default:
      return false;
  }
}

inline bool is_sent_end_char(char c) {
  return c == '.' || c == '?' || c == '!';
}

/// re_boundary_realignment's closing characters: ["')\]}]
inline bool closer_char(char c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}';
}

// ---------------------------------------------------------------------------------------------
// Punkt's word tokenizer.

/// Whether _re_multi_char_punct (-{2,} | \.{2,} | (?:\.\s){2,}\.) matches at s[j].
inline bool multi_char_at(std::string_view s, size_t j) {
  const size_t n = s.size();
  if (j + 1 >= n) return false;
  if (s[j] == '-') return s[j + 1] == '-';
  if (s[j] != '.') return false;
  if (s[j + 1] == '.') return true;
  // (?:\.\s){2,}\. exists iff ".\s.\s." starts here.
  size_t q = j + 1;
  uint32_t l = space_len(s, q);
  if (l == 0) return false;
  q += l;
  if (q >= n || s[q] != '.') return false;
  ++q;
  if (q >= n) return false;
  l = space_len(s, q);
  if (l == 0) return false;
  q += l;
  return q < n && s[q] == '.';
}

/// Length of the _re_multi_char_punct match at s[j] (leftmost alternative, greedy), 0 if none.
size_t multi_char_len(std::string_view s, size_t j) {
  const size_t n = s.size();
  if (j + 1 >= n) return 0;
  if (s[j] == '-' || (s[j] == '.' && s[j + 1] == '.')) {
    if (s[j + 1] != s[j]) return 0;
    size_t q = j + 2;
    while (q < n && s[q] == s[j])
      ++q;
    return q - j;
  }
  if (s[j] != '.') return 0;
  size_t q = j, pairs = 0, last_pair = j;
  while (q < n && s[q] == '.') {
    if (q + 1 >= n) break;
    const uint32_t l = space_len(s, q + 1);
    if (l == 0) break;
    last_pair = q;
    q += 1 + l;
    ++pairs;
  }
  if (q < n && s[q] == '.') return pairs >= 2 ? q + 1 - j : 0;
  // The greedy repetition gives back its last pair, whose '.' ends the match.
  return pairs >= 3 ? last_pair + 1 - j : 0;
}

/// The comma rule of the word-end lookahead: ,(?=$|\s|NonWord|MultiChar) with the comma at k-1.
inline bool comma_ends_word(std::string_view s, size_t k) {
  if (k >= s.size()) return true;
  return space_len(s, k) != 0 || non_word_char(s[k]) || multi_char_at(s, k);
}

/// Punkt's word-tokenizer regex (findall) from s[i]: skips whitespace, sets `tok` to the next
/// token and advances `i` past it. False at the end of `s`.
bool next_token(std::string_view s, size_t& i, std::string_view& tok) {
  const size_t n = s.size();
  while (i < n) {
    const Decoded c = decode_at(s, i);
    if (c.cp < 0x80 ? ascii_py_space(static_cast<unsigned char>(c.cp)) : is_py_space(c.cp)) {
      i += c.len;
      continue;
    }
    // Alternative 1: multi-character punctuation.
    if (c.cp == '-' || c.cp == '.') {
      const size_t m = multi_char_len(s, i);
      if (m != 0) {
        tok = s.substr(i, m);
        i += m;
        return true;
      }
    }
    // Alternative 2: (?=WordStart)\S+? up to the first word end.
    if (!word_start_excluded(c.cp)) {
      size_t j = i + c.len;
      while (j < n) {
        const auto b = static_cast<unsigned char>(s[j]);
        if (b < 0x80) {
          if (ascii_py_space(b) || non_word_char(static_cast<char>(b))) break;
          if ((b == '-' || b == '.') && multi_char_at(s, j)) break;
          if (b == ',' && comma_ends_word(s, j + 1)) break;
          ++j;
        } else {
          const Decoded d = decode(s.data() + j, s.data() + n);
          if (is_py_space(d.cp)) break;
          j += d.len;
        }
      }
      tok = s.substr(i, j - i);
      i = j;
      return true;
    }
    // Alternative 3: a single non-space character.
    tok = s.substr(i, c.len);
    i += c.len;
    return true;
  }
  return false;
}

/// The tokens of _tokenize_words: the text split on '\n', each line word-tokenized (a blank
/// line gives no token), produced one at a time.
class ContextTokens {
 public:
  explicit ContextTokens(std::string_view text) : text_(text) { start_line(0); }

  bool next(std::string_view& tok) {
    for (;;) {
      if (next_token(line_, pos_, tok)) return true;
      if (line_end_ >= text_.size()) return false;
      start_line(line_end_ + 1);
    }
  }

 private:
  void start_line(size_t begin) {
    size_t end = text_.find('\n', begin);
    if (end == std::string_view::npos) end = text_.size();
    line_ = text_.substr(begin, end - begin);
    line_end_ = end;
    pos_ = 0;
  }

  std::string_view text_;
  std::string_view line_;
  size_t line_end_ = 0;
  size_t pos_ = 0;
};

}  // namespace

void punkt_word_tokenize(std::string_view s, std::vector<std::string_view>& out) {
  size_t i = 0;
  std::string_view tok;
  while (next_token(s, i, tok))
    out.push_back(tok);
}

// ---------------------------------------------------------------------------------------------
// Parameter index: one open-addressing probe per type.

namespace {

/// An open-addressing string table (power-of-two size, linear probing) with a byte of flags and
/// a byte of orthographic context per key.
class TypeTable {
 public:
  struct Entry {
    uint8_t ortho = 0;
    uint8_t bits = 0;
  };
  static constexpr uint8_t kUsed = 1;

  void reserve(size_t n) {
    size_t cap = 16;
    while (cap < n + n / 2)
      cap <<= 1;
    slots_.assign(cap, Slot{});
    mask_ = cap - 1;
  }

  Entry find(std::string_view key) const noexcept {
    const uint64_t h = hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!(s.bits & kUsed)) return {};
      if (s.hash == static_cast<uint32_t>(h) && same(s, key)) return {s.ortho, s.bits};
    }
  }

  /// The entry of `key`, inserted when absent (reserve() first, with room for every key).
  Entry& at(std::string_view key) {
    const uint64_t h = hash(key);
    for (size_t i = h & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (!(s.bits & kUsed)) {
        s.hash = static_cast<uint32_t>(h);
        s.off = static_cast<uint32_t>(arena_.size());
        s.len = static_cast<uint32_t>(key.size());
        s.bits = kUsed;
        arena_.append(key);
        return s;
      }
      if (s.hash == static_cast<uint32_t>(h) && same(s, key)) return s;
    }
  }

 private:
  struct Slot : Entry {
    uint32_t hash = 0;
    uint32_t off = 0;
    uint32_t len = 0;
  };

  static uint64_t hash(std::string_view s) noexcept {
    constexpr uint64_t k1 = 0x9E3779B97F4A7C15ull, k2 = 0xFF51AFD7ED558CCDull;
    uint64_t h = k1 ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, s.data() + i, 8);
      h = (h ^ w) * k2;
      h ^= h >> 32;
    }
    if (i < s.size()) {
      uint64_t w = 0;
      std::memcpy(&w, s.data() + i, s.size() - i);
      h = (h ^ w) * k2;
    }
    h ^= h >> 29;
    h *= k1;
    return h ^ (h >> 32);
  }

  bool same(const Slot& s, std::string_view key) const noexcept {
    if (s.len != key.size()) return false;
    const char* a = arena_.data() + s.off;
    for (size_t i = 0; i < key.size(); ++i)
      if (a[i] != key[i]) return false;
    return true;
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  std::string arena_;
};

}  // namespace

/// The lookups the tokenizer makes, built from PunktParams: a small, cache-resident table of the
/// abbreviation types, sentence starters and first words of collocations (probed for nearly
/// every candidate break) and a large one of orthographic contexts (probed only when an
/// abbreviation, ellipsis, initial or number needs the orthographic heuristic).
struct PunktIndex {
  static constexpr uint8_t kAbbrev = 2, kStarter = 4, kCollocFirst = 8;
  TypeTable words;
  TypeTable ortho;
  PunktStringSet collocations;  // "first\tsecond"

  explicit PunktIndex(const PunktParams& p) {
    words.reserve(p.abbrev_types.size() + p.sent_starters.size() + p.collocations.size());
    ortho.reserve(p.ortho_context.size());
    for (const auto& [type, oc] : p.ortho_context)
      ortho.at(type).ortho = static_cast<uint8_t>(oc & 0xFE);
    for (const auto& a : p.abbrev_types)
      words.at(a).bits |= kAbbrev;
    for (const auto& a : p.sent_starters)
      words.at(a).bits |= kStarter;
    for (const auto& c : p.collocations) {
      const size_t tab = c.find('\t');
      if (tab == std::string::npos) continue;
      words.at(std::string_view(c).substr(0, tab)).bits |= kCollocFirst;
      collocations.insert(c);
    }
  }
};

void PunktParams::rebuild_index() {
  index = std::make_shared<const PunktIndex>(*this);
}

namespace {

// ---------------------------------------------------------------------------------------------
// Token properties (PunktToken) and the two annotation passes.

struct Scratch {
  std::string typ, next_typ, key;
};

Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

/// _RE_NUMERIC: ^-?[\.,]?\d[\d,\.-]*\.?$
bool is_numeric(std::string_view t) {
  const size_t n = t.size();
  size_t i = 0;
  if (i < n && t[i] == '-') ++i;
  if (i < n && (t[i] == '.' || t[i] == ',')) ++i;
  if (i >= n) return false;
  Decoded d = decode_at(t, i);
  if (!(flags(d.cp) & kDigit)) return false;
  i += d.len;
  while (i < n) {
    const char c = t[i];
    if (c == ',' || c == '.' || c == '-') {
      ++i;
      continue;
    }
    d = decode_at(t, i);
    if (!(flags(d.cp) & kDigit)) return false;
    i += d.len;
  }
  return true;
}

/// PunktToken.type ("##number##" for numbers, else tok.lower()) into `out`.
void token_type(std::string_view tok, bool numeric, std::string& out) {
  out.clear();
  if (numeric)
    out.assign(kNumberType);
  else
    py_lower(tok, out);
}

/// type_no_period: the type less a final '.', when it has more than one character.
void strip_type_period(std::string& type) {
  if (type.size() > 1 && type.back() == '.') type.pop_back();
}

/// _RE_INITIAL: [^\W\d]\.$
bool is_initial(std::string_view tok) {
  if (tok.size() < 2 || tok.back() != '.') return false;
  const Decoded d = decode_at(tok, 0);
  if (d.len + 1 != tok.size()) return false;
  const uint16_t f = flags(d.cp);
  return (f & kPyWord) && !(f & kDigit);
}

inline bool first_upper(std::string_view tok) {
  return (flags(decode_at(tok, 0).cp) & kUpper) != 0;
}
inline bool first_lower(std::string_view tok) {
  return (flags(decode_at(tok, 0).cp) & kLower) != 0;
}

inline bool period_final(std::string_view tok) {
  return !tok.empty() && tok.back() == '.';
}

/// _RE_ELLIPSIS: \.\.+$ (matched at the start).
bool is_ellipsis(std::string_view tok) {
  if (tok.size() < 2) return false;
  for (char c : tok)
    if (c != '.') return false;
  return true;
}

/// The abbreviation test of _first_pass_annotation on `low` = tok[:-1].lower():
/// low, or the part after its last '-', is an abbreviation type.
bool is_abbrev(const PunktIndex& idx, std::string_view low, TypeTable::Entry* whole) {
  const TypeTable::Entry e = idx.words.find(low);
  if (whole) *whole = e;
  if (e.bits & PunktIndex::kAbbrev) return true;
  const size_t dash = low.rfind('-');
  return dash != std::string_view::npos &&
         (idx.words.find(low.substr(dash + 1)).bits & PunktIndex::kAbbrev);
}

enum class Ortho { kFalse, kTrue, kUnknown };

/// _ortho_heuristic for `tok` whose type_no_sentperiod has orthographic context `oc`.
Ortho ortho_heuristic(std::string_view tok, int oc) {
  // Sentences don't start with punctuation: tok in PUNCTUATION = tuple(";:,.!?").
  if (tok.size() == 1 && std::string_view(";:,.!?").find(tok[0]) != std::string_view::npos)
    return Ortho::kFalse;
  if (first_upper(tok) && (oc & kOrthoLc) && !(oc & kOrthoMidUc)) return Ortho::kTrue;
  if (first_lower(tok) && ((oc & kOrthoUc) || !(oc & kOrthoBegLc))) return Ortho::kFalse;
  return Ortho::kUnknown;
}

/// The sentbreak flag of the period-final token `t1` after both passes, `t2` following it.
bool period_token_breaks(std::string_view t1, std::string_view t2, const PunktIndex& idx,
                         Scratch& s) {
  // First pass; `typ` = type_no_period.
  const bool numeric = is_numeric(t1);
  std::string& typ = s.typ;
  token_type(t1, numeric, typ);
  strip_type_period(typ);
  bool sentbreak = false, abbr = false, ellipsis = false, have_e1 = false;
  TypeTable::Entry e1;
  if (t1.size() == 1) {
    sentbreak = true;  // "."
  } else if (is_ellipsis(t1)) {
    ellipsis = true;
  } else if (t1[t1.size() - 2] != '.') {
    // tok[:-1].lower(): a number has no case, so it is tok[:-1] itself.
    if (numeric) {
      abbr = is_abbrev(idx, t1.substr(0, t1.size() - 1), nullptr);
    } else {
      abbr = is_abbrev(idx, typ, &e1);
      have_e1 = true;
    }
    sentbreak = !abbr;
  }
  if (!have_e1) e1 = idx.words.find(typ);
  const bool initial = is_initial(t1);
  const bool number = typ == kNumberType;
  // Second pass: nothing applies unless one of these holds.
  if (!(e1.bits & PunktIndex::kCollocFirst) && !abbr && !ellipsis && !initial && !number)
    return sentbreak;

  // type_no_sentperiod of t2 (its first-pass sentbreak decides).
  const bool numeric2 = is_numeric(t2);
  std::string& next_typ = s.next_typ;
  token_type(t2, numeric2, next_typ);
  bool break2 = false;
  if (t2 == "." || t2 == "?" || t2 == "!") {
    break2 = true;
  } else if (period_final(t2) && !(t2.size() >= 2 && t2[t2.size() - 2] == '.')) {
    const std::string_view low2 = numeric2
                                      ? t2.substr(0, t2.size() - 1)
                                      : std::string_view(next_typ).substr(0, next_typ.size() - 1);
    break2 = !is_abbrev(idx, low2, nullptr);
  }
  if (break2) strip_type_period(next_typ);
  const TypeTable::Entry e2 = idx.words.find(next_typ);
  const int oc2 = idx.ortho.find(next_typ).ortho;

  if (e1.bits & PunktIndex::kCollocFirst) {
    s.key.assign(typ);
    s.key.push_back('\t');
    s.key.append(next_typ);
    if (idx.collocations.find(std::string_view(s.key)) != idx.collocations.end()) return false;
  }
  if ((abbr || ellipsis) && !initial) {
    if (ortho_heuristic(t2, oc2) == Ortho::kTrue) return true;
    if (first_upper(t2) && (e2.bits & PunktIndex::kStarter)) return true;
  }
  if (initial || number) {
    const Ortho o = ortho_heuristic(t2, oc2);
    if (o == Ortho::kFalse) return false;
    if (o == Ortho::kUnknown && initial && first_upper(t2) && !(oc2 & kOrthoLc)) return false;
  }
  return sentbreak;
}

/// text_contains_sentbreak: some token before the last one is a sentence break after both passes.
/// Only ".?!" tokens and period-final tokens can be breaks.
bool contains_sentbreak(std::string_view text, const PunktIndex& idx, Scratch& s) {
  ContextTokens toks(text);
  std::string_view cur, next;
  if (!toks.next(cur)) return false;
  while (toks.next(next)) {
    if (cur == "?" || cur == "!") return true;
    if (period_final(cur) && period_token_breaks(cur, next, idx, s)) return true;
    cur = next;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Sentence slices.

/// The first '.', '?' or '!' at or after i (n when none). Eight bytes at a time.
inline size_t find_end_char(std::string_view t, size_t i) {
  const size_t n = t.size();
  const char* p = t.data();
  constexpr uint64_t ones = 0x0101010101010101ull, low7 = 0x7F7F7F7F7F7F7F7Full;
  // 0x80 in each byte of v that is zero (exact, no carries between bytes).
  const auto zero_bytes = [](uint64_t v) { return ~(((v & low7) + low7) | v | low7); };
  while (i + 8 <= n) {
    uint64_t w;
    std::memcpy(&w, p + i, 8);
    const uint64_t z =
        zero_bytes(w ^ (ones * '.')) | zero_bytes(w ^ (ones * '?')) | zero_bytes(w ^ (ones * '!'));
    if (z != 0) {
      if constexpr (std::endian::native == std::endian::little)
        return i + static_cast<size_t>(std::countr_zero(z)) / 8;
      break;
    }
    i += 8;
  }
  while (i < n && !is_sent_end_char(p[i]))
    ++i;
  return i;
}

/// re_boundary_realignment.match(sub): ["')\]}]+?(?:\s+|(?=--)|$). Returns false when no match;
/// else `closers` = length of the closing run kept by the previous sentence, `end` = match end.
bool realign_match(std::string_view sub, size_t& closers, size_t& end) {
  const size_t n = sub.size();
  size_t q = 0;
  while (q < n && closer_char(sub[q])) {
    ++q;
    if (q == n) {
      closers = end = q;
      return true;
    }
    uint32_t l = space_len(sub, q);
    if (l != 0) {
      closers = q;
      do {
        q += l;
      } while (q < n && (l = space_len(sub, q)) != 0);
      end = q;
      return true;
    }
    if (q + 1 < n && sub[q] == '-' && sub[q + 1] == '-') {
      closers = end = q;
      return true;
    }
  }
  return false;
}

/// _realign_boundaries, one slice behind _slices_from_text.
template <class Emit>
class Realigner {
 public:
  Realigner(std::string_view text, Emit& emit) : text_(text), emit_(emit) {}

  void push(size_t b2, size_t e2) {
    if (have_) {
      const size_t b1 = b_ + realign_;
      size_t closers = 0, end = 0;
      if (b2 < e2 && realign_match(text_.substr(b2, e2 - b2), closers, end)) {
        emit_(b1, b2 + closers);
        realign_ = end;
      } else {
        realign_ = 0;
        if (b1 < e_) emit_(b1, e_);
      }
    }
    have_ = true;
    b_ = b2;
    e_ = e2;
  }

  void finish() {
    if (have_ && b_ + realign_ < e_) emit_(b_ + realign_, e_);
  }

 private:
  std::string_view text_;
  Emit& emit_;
  bool have_ = false;
  size_t b_ = 0, e_ = 0, realign_ = 0;
};

struct EndMatch {
  size_t pos = 0;        // the end character
  size_t after_end = 0;  // end of after_tok
  size_t next_tok = 0;   // start of next_tok when has_next
  bool has_next = false;
};

/// span_tokenize: _slices_from_text (with _match_potential_end_contexts) then
/// _realign_boundaries; calls emit(begin, end) for each sentence.
template <class Emit>
void punkt_spans(std::string_view text, const PunktIndex& idx, Emit emit) {
  Scratch& s = scratch();
  Realigner<Emit> realigner(text, emit);
  const size_t n = text.size();
  size_t last_break = 0;
  auto consider = [&](const EndMatch& m, size_t ctx_start) {
    if (contains_sentbreak(text.substr(ctx_start, m.after_end - ctx_start), idx, s)) {
      realigner.push(last_break, m.pos + 1);
      last_break = m.has_next ? m.next_tok : m.pos + 1;
    }
  };

  bool have_prev = false;
  EndMatch prev;
  size_t prev_start = 0, prev_stop = 0;  // previous_slice (the previous word)
  for (size_t i = find_end_char(text, 0); i < n; i = find_end_char(text, i + 1)) {
    // The period-context regex: [.?!](?=(?P<after_tok>NonWord|\s+(?P<next_tok>\S+))).
    EndMatch m;
    m.pos = i;
    if (i + 1 < n && non_word_char(text[i + 1])) {
      m.after_end = i + 2;
    } else {
      size_t j = i + 1;
      while (j < n) {
        const uint32_t l = space_len(text, j);
        if (l == 0) break;
        j += l;
      }
      if (j == i + 1 || j >= n) continue;  // no whitespace, or nothing after it
      m.has_next = true;
      m.next_tok = j;
      while (j < n) {
        const auto b = static_cast<unsigned char>(text[j]);
        if (b < 0x80) {
          if (ascii_py_space(b)) break;
          ++j;
        } else {
          const Decoded d = decode(text.data() + j, text.data() + n);
          if (is_py_space(d.cp)) break;
          j += d.len;
        }
      }
      m.after_end = j;
    }
    // The previous word: after the last ASCII whitespace in text[prev_stop, i) (index 0 of that
    // range counts as none), else the previous slice extended.
    size_t start = prev_start;
    for (size_t k = i; k > prev_stop + 1;) {
      --k;
      if (string_whitespace(text[k])) {
        start = k + 1;
        break;
      }
    }
    // A previous match whose word overlaps this one is dropped.
    if (have_prev && prev_stop <= start) consider(prev, prev_start);
    prev = m;
    have_prev = true;
    prev_start = start;
    prev_stop = i;
  }
  if (have_prev) consider(prev, prev_start);
  // The last sentence ends at the end of the rstripped text.
  realigner.push(last_break, py_rstrip(text).size());
  realigner.finish();
}

/// The index of `params`, or a temporary one built into `tmp`.
const PunktIndex& index_of(const PunktParams& params, std::unique_ptr<PunktIndex>& tmp) {
  if (params.index) return *params.index;
  tmp = std::make_unique<PunktIndex>(params);
  return *tmp;
}

// ---------------------------------------------------------------------------------------------
// Loading.

Status read_lines(const std::string& path, std::vector<std::string>& lines) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found("cannot open " + path);
  std::string line;
  while (std::getline(in, line)) {
    while (!line.empty() && (line.back() == '\r' || line.back() == '\n'))
      line.pop_back();
    if (!line.empty()) lines.push_back(line);
  }
  if (in.bad()) return io_error("cannot read " + path);
  return Status();
}

}  // namespace

Result<PunktParams> PunktParams::load(const std::string& dir) {
  PunktParams p;
  std::vector<std::string> lines;
  PRECIS_RETURN_IF_ERROR(read_lines(dir + "/abbrev_types.txt", lines));
  for (auto& l : lines)
    p.abbrev_types.insert(std::move(l));
  lines.clear();
  PRECIS_RETURN_IF_ERROR(read_lines(dir + "/collocations.tab", lines));
  for (auto& l : lines) {
    if (l.find('\t') == std::string::npos)
      return parse_error(dir + "/collocations.tab: expected 'first<TAB>second': " + l);
    p.collocations.insert(std::move(l));
  }
  lines.clear();
  PRECIS_RETURN_IF_ERROR(read_lines(dir + "/sent_starters.txt", lines));
  for (auto& l : lines)
    p.sent_starters.insert(std::move(l));
  lines.clear();
  PRECIS_RETURN_IF_ERROR(read_lines(dir + "/ortho_context.tab", lines));
  p.ortho_context.reserve(lines.size());
  for (const auto& l : lines) {
    const size_t tab = l.rfind('\t');
    int v = 0;
    if (tab == std::string::npos ||
        std::from_chars(l.data() + tab + 1, l.data() + l.size(), v).ptr != l.data() + l.size())
      return parse_error(dir + "/ortho_context.tab: expected 'type<TAB>int': " + l);
    p.ortho_context[l.substr(0, tab)] |= v;
  }
  p.rebuild_index();
  return p;
}

// precis's own fallback, used when no NLTK data folder holds punkt_tab/english (documented in
// punkt.h and docs): a few dozen unambiguous English abbreviations (titles, company suffixes,
// "vs", country and state abbreviations, months), all also in NLTK's trained list, and nothing
// else: no collocations, sentence starters or orthographic statistics. Abbreviations that are
// also common words ("no", "ill", "wed") are left out, because without orthographic statistics
// nothing would let a sentence end after them. Consequences: a capitalised word after a listed
// abbreviation never starts a new sentence ("Mr. Smith", but also "the U.S. It"), and an initial
// followed by a capitalised word stays an abbreviation ("J. Bach"); elsewhere the results match
// NLTK's in most plain text.
PunktParams PunktParams::fallback() {
  PunktParams p;
  p.builtin = true;
  static constexpr const char* kAbbrevs[] = {
      "mr",    "mrs",  "ms",  "dr",   "prof", "sr",   "jr",    "messrs", "gen",  "col",
      "lt",    "maj",  "adm", "sen",  "rep",  "reps", "inc",   "corp",   "ltd",  "co",
      "cos",   "bros", "vs",  "u.s",  "u.k",  "u.n",  "u.s.a", "a.m",    "p.m",  "ph.d",
      "d.c",   "jan",  "feb", "aug",  "sept", "oct",  "nov",   "dec",    "ave",  "ft",
      "calif", "conn", "fla", "mich", "minn", "okla", "tenn",  "ariz",   "colo", "nev"};
  for (const char* a : kAbbrevs)
    p.abbrev_types.insert(a);
  p.rebuild_index();
  return p;
}

const PunktParams& english_punkt() {
  static const PunktParams params = [] {
    const std::string dir = find_nltk_resource("tokenizers/punkt_tab/english");
    if (!dir.empty()) {
      Result<PunktParams> loaded = PunktParams::load(dir);
      if (loaded.ok()) return std::move(loaded).value();
    }
    return PunktParams::fallback();
  }();
  return params;
}

void punkt_sentences(std::string_view text, const PunktParams& params, std::vector<Span>& out) {
  std::unique_ptr<PunktIndex> tmp;
  punkt_spans(text, index_of(params, tmp), [&out](size_t b, size_t e) {
    out.push_back({static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  });
}

size_t punkt_count_sentences(std::string_view text, const PunktParams& params) {
  std::unique_ptr<PunktIndex> tmp;
  size_t n = 0;
  punkt_spans(text, index_of(params, tmp), [&n](size_t, size_t) { ++n; });
  return n;
}

bool punkt_text_contains_sentbreak(std::string_view text, const PunktParams& params) {
  std::unique_ptr<PunktIndex> tmp;
  return contains_sentbreak(text, index_of(params, tmp), scratch());
}

}  // namespace precis::text
