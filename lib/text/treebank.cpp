// nltk 3.8 NLTKWordTokenizer as linear rewriting passes, and nltk.word_tokenize on top of Punkt.
//
// Every rule of the Python tokenizer is `text = regex.sub(replacement, text)`: a leftmost,
// non-overlapping scan of the whole string. Each pass below reproduces one rule (or a group of
// rules shown to commute) with that scan order, so the result is the same string the Python
// pipeline builds, up to runs of spaces the final split ignores. All literal characters of the
// rules are ASCII or the quotes «»“”‘’„, so byte-level matching is exact on valid UTF-8; the
// Unicode classes (\w, \d, \s) decode code points.
#include "text/treebank.h"

#include <array>
#include <cstdint>
#include <cstring>

#include "text/punkt.h"
#include "text/unicode.h"

namespace precis::text {
namespace {

using u8 = unsigned char;

inline u8 byte_at(const std::string& s, size_t i) noexcept {
  return static_cast<u8>(s[i]);
}
/// The byte at i, or 0 past the end.
inline u8 byte_or0(const std::string& s, size_t i) noexcept {
  return i < s.size() ? static_cast<u8>(s[i]) : 0;
}

// ---------------------------------------------------------------------------------------------
// Character classes.

/// Trigger bits: which passes can fire on a string.
enum Trigger : uint32_t {
  kBacktick = 1u << 0,
  kDquote = 1u << 1,
  kSquote = 1u << 2,
  kPeriod = 1u << 3,
  kCommaColon = 1u << 4,
  kSemiEtc = 1u << 5,  // ;@#$%&
  kQmark = 1u << 6,    // ?!
  kStar = 1u << 7,
  kBracket = 1u << 8,  // ][(){}<>
  kDash = 1u << 9,
  kNonAscii = 1u << 10,
};

struct Tables {
  std::array<uint16_t, 256> trigger{};
  std::array<bool, 128> ascii_word{};   // Python \w on ASCII
  std::array<bool, 128> ascii_space{};  // Python str.isspace() on ASCII
  std::array<bool, 256> pad_semi{};     // ;@#$%&
  std::array<bool, 256> pad_qmark{};    // ?!
  std::array<bool, 256> pad_late{};     // * and brackets (dashes handled apart)
  std::array<bool, 256> closer{};       // ])}>"'  (final-period closers, ASCII part)
  constexpr Tables() {
    for (int c = 0x80; c < 256; ++c)
      trigger[c] = kNonAscii;
    trigger['`'] = kBacktick;
    trigger['"'] = kDquote;
    trigger['\''] = kSquote;
    trigger['.'] = kPeriod;
    trigger[','] = trigger[':'] = kCommaColon;
    for (u8 c : {';', '@', '#', '$', '%', '&'}) {
      trigger[c] = kSemiEtc;
      pad_semi[c] = true;
    }
    trigger['?'] = trigger['!'] = kQmark;
    pad_qmark['?'] = pad_qmark['!'] = true;
    trigger['*'] = kStar;
    pad_late['*'] = true;
    for (u8 c : {']', '[', '(', ')', '{', '}', '<', '>'}) {
      trigger[c] = kBracket;
      pad_late[c] = true;
    }
    trigger['-'] = kDash;
    for (int c = 0; c < 128; ++c)
      ascii_word[c] =
          (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
    for (int c = 0x09; c <= 0x0D; ++c)
      ascii_space[c] = true;
    for (int c = 0x1C; c <= 0x20; ++c)
      ascii_space[c] = true;
    for (u8 c : {']', ')', '}', '>', '"', '\''})
      closer[c] = true;
  }
};
constexpr Tables kT{};

inline bool word_at(const std::string& s, size_t i, uint32_t& len) noexcept {
  const u8 c = byte_at(s, i);
  if (c < 0x80) {
    len = 1;
    return kT.ascii_word[c];
  }
  const Decoded d = decode(s.data() + i, s.data() + s.size());
  len = d.len;
  return is_py_word(d.cp);
}

/// Python's re IGNORECASE view of a code point, for comparison with a lowercase ASCII letter:
/// ASCII lowercased, plus the non-ASCII code points that match ASCII letters (İ ı → i, ſ → s,
/// K (Kelvin) → k). 0 for anything else.
inline char fold_ascii(char32_t cp) noexcept {
  if (cp < 0x80) {
    auto c = static_cast<char>(cp);
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  switch (cp) {
    case 0x130:
    case 0x131:
      return 'i';
    case 0x17F:
      return 's';
    case 0x212A:
      return 'k';
    default:
      return 0;
  }
}

/// Matches the lowercase ASCII literal `lit` case-insensitively at s[p]; returns the end
/// position or npos. An apostrophe in `lit` matches only itself.
size_t match_ci(const std::string& s, size_t p, std::string_view lit) noexcept {
  const char* end = s.data() + s.size();
  for (char want : lit) {
    if (p >= s.size()) return std::string::npos;
    const u8 c = byte_at(s, p);
    if (c < 0x80) {
      char got = static_cast<char>(c);
      if (got >= 'A' && got <= 'Z') got = static_cast<char>(got - 'A' + 'a');
      if (got != want) return std::string::npos;
      ++p;
      continue;
    }
    const Decoded d = decode(s.data() + p, end);
    if (fold_ascii(d.cp) != want) return std::string::npos;
    p += d.len;
  }
  return p;
}

/// \b right after a word character at position p: end of string or a non-word code point.
inline bool word_end_at(const std::string& s, size_t p) noexcept {
  uint32_t len;
  return p >= s.size() || !word_at(s, p, len);
}

/// Python whitespace at p (str.isspace of the code point).
inline bool space_at(const std::string& s, size_t p, uint32_t& len) noexcept {
  const u8 c = byte_at(s, p);
  if (c < 0x80) {
    len = 1;
    return kT.ascii_space[c];
  }
  const Decoded d = decode(s.data() + p, s.data() + s.size());
  len = d.len;
  return is_py_space(d.cp);
}

/// Length of the 2- or 3-byte quote character at s[i] if it is one of «“‘„ (open=true) or
/// »”’ (open=false), else 0.
inline size_t curly_quote_at(const std::string& s, size_t i, bool open) noexcept {
  const u8 c = byte_at(s, i);
  if (c == 0xC2) return byte_or0(s, i + 1) == (open ? 0xAB : 0xBB) ? 2 : 0;
  if (c == 0xE2 && byte_or0(s, i + 1) == 0x80) {
    const u8 c2 = byte_or0(s, i + 2);
    if (open) return (c2 == 0x9C || c2 == 0x98 || c2 == 0x9E) ? 3 : 0;
    return (c2 == 0x9D || c2 == 0x99) ? 3 : 0;
  }
  return 0;
}

// ---------------------------------------------------------------------------------------------
// Passes. Each reads `s` and writes `d` (cleared first), unless noted "in place".

inline void pad(std::string& d, const char* p, size_t n) {
  d += ' ';
  d.append(p, n);
  d += ' ';
}

/// Pads every byte whose `set` entry is true with spaces (single-character rules).
void pad_set(const std::string& s, std::string& d, const std::array<bool, 256>& set) {
  d.clear();
  size_t run = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    if (!set[byte_at(s, i)]) continue;
    d.append(s, run, i - run);
    pad(d, s.data() + i, 1);
    run = i + 1;
  }
  d.append(s, run, std::string::npos);
}

/// STARTING_QUOTES 1: `([«“‘„]|[`]+)` -> ` \1 `.
void open_quotes(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i < s.size()) {
    const u8 c = byte_at(s, i);
    size_t len = 0;
    if (c == '`') {
      len = 1;
      while (i + len < s.size() && s[i + len] == '`')
        ++len;
    } else if (c >= 0xC2) {
      len = curly_quote_at(s, i, true);
    }
    if (len == 0) {
      ++i;
      continue;
    }
    d.append(s, run, i - run);
    pad(d, s.data() + i, len);
    i += len;
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// STARTING_QUOTES 3: "``" -> " `` " (non-overlapping).
void pad_double_backticks(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i + 1 < s.size()) {
    if (s[i] == '`' && s[i + 1] == '`') {
      d.append(s, run, i - run);
      d += " `` ";
      i += 2;
      run = i;
    } else {
      ++i;
    }
  }
  d.append(s, run, std::string::npos);
}

/// STARTING_QUOTES 4: `([ \(\[{<])(\"|\'{2})` -> "\1 `` ". Returns true if anything changed.
bool opening_double_quotes(const std::string& s, std::string& d) {
  d.clear();
  bool changed = false;
  size_t i = 0, run = 0;
  while (i + 1 < s.size()) {
    const char c = s[i];
    if (c == ' ' || c == '(' || c == '[' || c == '{' || c == '<') {
      size_t len = 0;
      if (s[i + 1] == '"')
        len = 1;
      else if (s[i + 1] == '\'' && byte_or0(s, i + 2) == '\'')
        len = 2;
      if (len) {
        d.append(s, run, i + 1 - run);
        d += " `` ";
        i += 1 + len;
        run = i;
        changed = true;
        continue;
      }
    }
    ++i;
  }
  d.append(s, run, std::string::npos);
  return changed;
}

/// STARTING_QUOTES 5: `(?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b` -> `\1 \2`: an apostrophe before
/// a one-character word that is not m, t, s, d or n (any case).
void apostrophe_single_char(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i < s.size()) {
    if (s[i] != '\'' || i + 1 >= s.size()) {
      ++i;
      continue;
    }
    uint32_t len;
    if (!word_at(s, i + 1, len) || !word_end_at(s, i + 1 + len)) {
      ++i;
      continue;
    }
    const Decoded w = decode(s.data() + i + 1, s.data() + s.size());
    const char f = fold_ascii(w.cp);
    if (f == 'm' || f == 't' || f == 's' || f == 'd' || f == 'n') {
      ++i;
      continue;
    }
    d.append(s, run, i + 1 - run);
    d += ' ';
    d.append(s, i + 1, len);
    i += 1 + len;
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// Length of the final-period closer ending at s[k-1] (0 if none). `wide`: the class of the
/// first PUNCTUATION rule, `[\]\)}>"\'»”’ ]`; otherwise `[\]\)}>"\']`.
inline size_t closer_before(const std::string& s, size_t k, bool wide) noexcept {
  const u8 c = byte_at(s, k - 1);
  if (kT.closer[c]) return 1;
  if (!wide) return 0;
  if (c == ' ') return 1;
  if (k >= 2 && c == 0xBB && byte_at(s, k - 2) == 0xC2) return 2;
  if (k >= 3 && (c == 0x9D || c == 0x99) && byte_at(s, k - 2) == 0x80 && byte_at(s, k - 3) == 0xE2)
    return 3;
  return 0;
}

inline size_t closer_at(const std::string& s, size_t i, bool wide) noexcept {
  const u8 c = byte_at(s, i);
  if (kT.closer[c]) return 1;
  if (!wide) return 0;
  if (c == ' ') return 1;
  return curly_quote_at(s, i, false);
}

/// PUNCTUATION 1 (wide) and 6: `([^\.])(\.)([closers]*)\s*$` -> `\1 \2 \3 ` (wide) or
/// `\1 \2\3 `. Only the last period of the string can match (the suffix after it must be
/// closers then whitespace). In place.
void final_period(std::string& s, bool wide) {
  const char* b = s.data();
  size_t j = s.size();
  while (j > 0) {
    const Decoded dec = decode_before(b, b + j);
    if (!is_py_space(dec.cp)) break;
    j -= dec.len;
  }
  size_t k = j;
  while (k > 0) {
    const size_t len = closer_before(s, k, wide);
    if (len == 0) break;
    k -= len;
  }
  if (k < 2 || s[k - 1] != '.' || s[k - 2] == '.') return;
  size_t m = k;  // \3: greedy closers after the period
  while (m < s.size()) {
    const size_t len = closer_at(s, m, wide);
    if (len == 0) break;
    m += len;
  }
  if (m < j) m = j;  // only on ill-formed UTF-8: keep every non-space byte
  std::string tail = s.substr(k, m - k);
  s.resize(k - 1);
  s += wide ? " . " : " .";
  s += tail;
  s += ' ';
}

/// PUNCTUATION 2: `([:,])([^\d])` -> ` \1 \2` (the second character is consumed).
void comma_colon(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  const char* end = s.data() + s.size();
  while (i + 1 < s.size()) {
    const char c = s[i];
    if (c != ',' && c != ':') {
      ++i;
      continue;
    }
    const Decoded next = decode(s.data() + i + 1, end);
    if (flags(next.cp) & kDigit) {
      ++i;
      continue;
    }
    d.append(s, run, i - run);
    d += ' ';
    d += c;
    d += ' ';
    d.append(s, i + 1, next.len);
    i += 1 + next.len;
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// PUNCTUATION 3: `([:,])$` -> ` \1 ` ($: end, or before a final newline). In place.
void comma_colon_end(std::string& s) {
  const size_t n = s.size();
  size_t p;
  if (n >= 1 && (s[n - 1] == ',' || s[n - 1] == ':'))
    p = n - 1;
  else if (n >= 2 && s[n - 1] == '\n' && (s[n - 2] == ',' || s[n - 2] == ':'))
    p = n - 2;
  else
    return;
  s.insert(p + 1, 1, ' ');
  s.insert(p, 1, ' ');
}

/// PUNCTUATION 4: `\.{2,}` -> ` \g<0> `.
bool dot_runs(const std::string& s, std::string& d) {
  d.clear();
  bool changed = false;
  size_t i = 0, run = 0;
  while (i < s.size()) {
    if (s[i] != '.') {
      ++i;
      continue;
    }
    size_t e = i + 1;
    while (e < s.size() && s[e] == '.')
      ++e;
    if (e - i >= 2) {
      d.append(s, run, i - run);
      pad(d, s.data() + i, e - i);
      run = e;
      changed = true;
    }
    i = e;
  }
  d.append(s, run, std::string::npos);
  return changed;
}

/// PUNCTUATION 8: `([^'])' ` -> `\1 ' ` (three characters consumed per match).
bool apostrophe_space(const std::string& s, std::string& d) {
  d.clear();
  bool changed = false;
  size_t i = 1, run = 0, consumed = 0;  // consumed: end of the last match
  while (i + 1 < s.size()) {
    if (s[i] == '\'' && s[i + 1] == ' ' && s[i - 1] != '\'' && i - 1 >= consumed) {
      d.append(s, run, i - run);
      d += " ' ";
      i += 2;
      run = consumed = i;
      changed = true;
    } else {
      ++i;
    }
  }
  d.append(s, run, std::string::npos);
  return changed;
}

/// PUNCTUATION 9 `[*]`, PARENS_BRACKETS `[\]\[\(\)\{\}\<\>]` (pads) and DOUBLE_DASHES `--` ->
/// ` -- ` (non-overlapping). Fused: none of them creates or destroys another's match.
void late_pads(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i < s.size()) {
    const u8 c = byte_at(s, i);
    if (kT.pad_late[c]) {
      d.append(s, run, i - run);
      pad(d, s.data() + i, 1);
      run = ++i;
    } else if (c == '-' && byte_or0(s, i + 1) == '-') {
      d.append(s, run, i - run);
      d += " -- ";
      i += 2;
      run = i;
    } else {
      ++i;
    }
  }
  d.append(s, run, std::string::npos);
}

/// ENDING_QUOTES 1: `([»”’])` -> ` \1 `.
void close_quotes(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i < s.size()) {
    const size_t len = byte_at(s, i) >= 0xC2 ? curly_quote_at(s, i, false) : 0;
    if (len == 0) {
      ++i;
      continue;
    }
    d.append(s, run, i - run);
    pad(d, s.data() + i, len);
    i += len;
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// ENDING_QUOTES 2 and 3: `''` -> ` '' ` (non-overlapping), then `"` -> ` '' `. Fused: the
/// second rule only sees double quotes, which the first neither makes nor removes.
void closing_double_quotes(const std::string& s, std::string& d) {
  d.clear();
  size_t i = 0, run = 0;
  while (i < s.size()) {
    const char c = s[i];
    size_t len = 0;
    if (c == '"')
      len = 1;
    else if (c == '\'' && i + 1 < s.size() && s[i + 1] == '\'')
      len = 2;
    if (len == 0) {
      ++i;
      continue;
    }
    d.append(s, run, i - run);
    d += " '' ";
    i += len;
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// ENDING_QUOTES 4 and 5: `([^' ])('[sS]|'[mM]|'[dD]|') ` and
/// `([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) ` -> `\1 \2 `: a space goes before the clitic.
/// Every match ends with a space, which no match can start with, so the scans reduce to a
/// test per position; the two rules never insert at the same clitic, so they fuse.
void clitics(const std::string& s, std::string& d) {
  d.clear();
  size_t run = 0;
  for (size_t i = 1; i < s.size(); ++i) {
    const char c = s[i];
    if (c != '\'' && c != 'n' && c != 'N') continue;
    const char x = s[i - 1];
    if (x == '\'' || x == ' ') continue;
    const u8 c1 = byte_or0(s, i + 1), c2 = byte_or0(s, i + 2), c3 = byte_or0(s, i + 3);
    bool split = false;
    if (c == '\'') {
      if (c1 == ' ')
        split = true;
      else if ((c1 == 's' || c1 == 'S' || c1 == 'm' || c1 == 'M' || c1 == 'd' || c1 == 'D') &&
               c2 == ' ')
        split = true;
      else if (c3 == ' ' &&
               ((c1 == 'l' && c2 == 'l') || (c1 == 'L' && c2 == 'L') || (c1 == 'r' && c2 == 'e') ||
                (c1 == 'R' && c2 == 'E') || (c1 == 'v' && c2 == 'e') || (c1 == 'V' && c2 == 'E')))
        split = true;
    } else {
      split = c1 == '\'' && c2 == (c == 'n' ? 't' : 'T') && c3 == ' ';
    }
    if (!split) continue;
    d.append(s, run, i - run);
    d += ' ';
    run = i;
  }
  d.append(s, run, std::string::npos);
}

/// Collects tokens (maximal runs of non-whitespace) into the arena.
struct Emitter {
  std::string& arena;
  std::vector<Span>& out;
  size_t start = 0;
  bool open = false;
  void bytes(const char* p, size_t n) {
    if (!open) {
      start = arena.size();
      open = true;
    }
    arena.append(p, n);
  }
  void cut() {
    if (open) {
      out.push_back({static_cast<uint32_t>(start), static_cast<uint32_t>(arena.size())});
      open = false;
    }
  }
};

/// CONTRACTIONS2 `(?i)\b(can)(not)\b`, `\b(d)('ye)\b`, `\b(gim)(me)\b`, `\b(gon)(na)\b`,
/// `\b(got)(ta)\b`, `\b(lem)(me)\b`, `\b(more)('n)\b`, `\b(wan)(na)(?=\s)`. Returns the end
/// of the match at word start p (0 if none) and sets `mid` to the end of the first group.
size_t contraction2_at(const std::string& s, size_t p, size_t& mid) {
  const size_t npos = std::string::npos;
  struct Rule {
    char first;
    std::string_view g1, g2;
    bool space_after;
  };
  static constexpr Rule kRules[] = {
      {'c', "can", "not", false}, {'d', "d", "'ye", false},  {'g', "gim", "me", false},
      {'g', "gon", "na", false},  {'g', "got", "ta", false}, {'l', "lem", "me", false},
      {'m', "more", "'n", false}, {'w', "wan", "na", true},
  };
  const u8 c0 = byte_at(s, p);
  char f;
  if (c0 < 0x80) {
    f = fold_ascii(c0);
  } else {
    return 0;  // no rule starts with a non-ASCII letter (none of c d g l m w has one)
  }
  for (const Rule& r : kRules) {
    if (r.first != f) continue;
    const size_t m = match_ci(s, p, r.g1);
    if (m == npos) continue;
    const size_t e = match_ci(s, m, r.g2);
    if (e == npos) continue;
    if (r.space_after) {
      uint32_t len;
      if (e >= s.size() || !space_at(s, e, len)) continue;
    } else if (!word_end_at(s, e)) {
      continue;
    }
    mid = m;
    return e;
  }
  return 0;
}

/// The contractions passes and the final `split()`, fused into one scan:
/// CONTRACTIONS2 (above), then CONTRACTIONS3 `(?i) ('t)(is)\b` and `(?i) ('t)(was)\b`, each
/// `-> " \1 \2 "`. The CONTRACTIONS3 rules need a literal space before the apostrophe in the
/// text they run on: an original space, or one inserted after an earlier rule's match (a
/// CONTRACTIONS2 match enables both, a 'tis match enables only the later 'twas rule).
void contractions_and_split(const std::string& s, Emitter& em) {
  // What precedes position i in the text the CONTRACTIONS3 rules see.
  enum { kNoSpace, kSpaceForBoth, kSpaceForTwas } space = kNoSpace;
  bool prev_word = false;
  size_t i = 0;
  const size_t n = s.size();
  while (i < n) {
    const u8 c = byte_at(s, i);
    if (c == '\'' && space != kNoSpace && i + 1 < n && (s[i + 1] == 't' || s[i + 1] == 'T')) {
      size_t e = std::string::npos;
      bool tis = false;
      if (space == kSpaceForBoth) {
        e = match_ci(s, i + 2, "is");
        tis = e != std::string::npos && word_end_at(s, e);
        if (!tis) e = std::string::npos;
      }
      if (e == std::string::npos) {
        e = match_ci(s, i + 2, "was");
        if (e != std::string::npos && !word_end_at(s, e)) e = std::string::npos;
      }
      if (e != std::string::npos) {
        em.cut();
        em.bytes(s.data() + i, 2);
        em.cut();
        em.bytes(s.data() + i + 2, e - i - 2);
        em.cut();
        space = tis ? kSpaceForTwas : kNoSpace;
        prev_word = true;
        i = e;
        continue;
      }
    }
    if (c < 0x80) {
      if (kT.ascii_space[c]) {
        em.cut();
        space = c == ' ' ? kSpaceForBoth : kNoSpace;
        prev_word = false;
        ++i;
        continue;
      }
      const bool w = kT.ascii_word[c];
      if (w && !prev_word) {
        size_t mid = 0;
        const size_t e = contraction2_at(s, i, mid);
        if (e) {
          em.cut();
          em.bytes(s.data() + i, mid - i);
          em.cut();
          em.bytes(s.data() + mid, e - mid);
          em.cut();
          space = kSpaceForBoth;
          prev_word = true;
          i = e;
          continue;
        }
      }
      em.bytes(s.data() + i, 1);
      space = kNoSpace;
      prev_word = w;
      ++i;
      continue;
    }
    const Decoded dec = decode(s.data() + i, s.data() + n);
    const uint16_t fl = flags(dec.cp);
    if (fl & kPySpace) {
      em.cut();
    } else {
      em.bytes(s.data() + i, dec.len);
    }
    space = kNoSpace;
    prev_word = (fl & kPyWord) != 0;
    i += dec.len;
  }
  em.cut();
}

uint32_t triggers_of(std::string_view s) noexcept {
  uint32_t t = 0;
  for (char c : s)
    t |= kT.trigger[static_cast<u8>(c)];
  return t;
}

}  // namespace

void treebank_tokenize_sentence(std::string_view sentence, TreebankScratch& scratch,
                                std::string& arena, std::vector<Span>& out) {
  std::string* cur = &scratch.a;
  std::string* nxt = &scratch.b;
  auto flip = [&] { std::swap(cur, nxt); };
  cur->assign(sentence);
  uint32_t t = triggers_of(sentence);

  // STARTING_QUOTES
  if (t & (kNonAscii | kBacktick)) {
    open_quotes(*cur, *nxt);
    flip();
  }
  if (!cur->empty() && (*cur)[0] == '"') {
    cur->replace(0, 1, "``");
    t |= kBacktick;
  }
  if (t & kBacktick) {
    pad_double_backticks(*cur, *nxt);
    flip();
  }
  if (t & (kDquote | kSquote)) {
    if (opening_double_quotes(*cur, *nxt)) {
      flip();
      t |= kBacktick;
    }
  }
  if (t & kSquote) {
    apostrophe_single_char(*cur, *nxt);
    flip();
  }

  // PUNCTUATION
  if (t & kPeriod) final_period(*cur, true);
  if (t & kCommaColon) {
    comma_colon(*cur, *nxt);
    flip();
    comma_colon_end(*cur);
  }
  if (t & kPeriod) {
    if (dot_runs(*cur, *nxt)) flip();
  }
  if (t & kSemiEtc) {
    pad_set(*cur, *nxt, kT.pad_semi);
    flip();
  }
  if (t & kPeriod) final_period(*cur, false);
  if (t & kQmark) {
    pad_set(*cur, *nxt, kT.pad_qmark);
    flip();
  }
  if (t & kSquote) {
    if (apostrophe_space(*cur, *nxt)) flip();
  }
  // PUNCTUATION `[*]`, PARENS_BRACKETS, DOUBLE_DASHES
  if (t & (kStar | kBracket | kDash)) {
    late_pads(*cur, *nxt);
    flip();
  }

  // text = " " + text + " "
  nxt->clear();
  *nxt += ' ';
  *nxt += *cur;
  *nxt += ' ';
  flip();

  // ENDING_QUOTES
  if (t & kNonAscii) {
    close_quotes(*cur, *nxt);
    flip();
  }
  if (t & (kDquote | kSquote)) {
    closing_double_quotes(*cur, *nxt);
    flip();
    t |= kSquote;
  }
  if (t & kSquote) {
    clitics(*cur, *nxt);
    flip();
  }

  // CONTRACTIONS2, CONTRACTIONS3, split()
  Emitter em{arena, out};
  contractions_and_split(*cur, em);
}

void treebank_tokenize_sentence(std::string_view sentence, std::vector<std::string>& out) {
  thread_local TreebankScratch scratch;
  thread_local std::string arena;
  thread_local std::vector<Span> spans;
  arena.clear();
  spans.clear();
  treebank_tokenize_sentence(sentence, scratch, arena, spans);
  for (const Span& s : spans)
    out.emplace_back(arena, s.begin, s.size());
}

void word_tokenize(std::string_view text, TreebankScratch& scratch, std::string& arena,
                   std::vector<Span>& out) {
  scratch.sentences.clear();
  punkt_sentences(text, english_punkt(), scratch.sentences);
  for (const Span& s : scratch.sentences)
    treebank_tokenize_sentence(text.substr(s.begin, s.size()), scratch, arena, out);
}

void word_tokenize(std::string_view text, std::vector<std::string>& out) {
  thread_local TreebankScratch scratch;
  thread_local std::string arena;
  thread_local std::vector<Span> spans;
  arena.clear();
  spans.clear();
  word_tokenize(text, scratch, arena, spans);
  for (const Span& s : spans)
    out.emplace_back(arena, s.begin, s.size());
}

size_t count_upper_tokens(std::string_view text, TreebankScratch& scratch) {
  thread_local std::string arena;
  thread_local std::vector<Span> spans;
  arena.clear();
  spans.clear();
  word_tokenize(text, scratch, arena, spans);
  size_t n = 0;
  const std::string_view a = arena;
  for (const Span& s : spans)
    n += case_stats(a.substr(s.begin, s.size())).python_isupper() ? 1 : 0;
  return n;
}

}  // namespace precis::text
