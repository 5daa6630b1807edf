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
  std::array<bool, 128> ascii_word{};         // Python \w on ASCII
  std::array<bool, 128> ascii_space{};        // Python str.isspace() on ASCII
  std::array<bool, 256> pad_semi{};           // ;@#$%&
  std::array<bool, 256> pad_qmark{};          // ?!
  std::array<bool, 256> pad_late{};           // * and brackets (dashes handled apart)
  std::array<bool, 256> closer{};             // ])}>"'  (final-period closers, ASCII part)
  std::array<bool, 128> contraction_first{};  // first letters of CONTRACTIONS2: c d g l m w
  std::array<bool, 256> find_late{};          // * brackets -
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
    find_late = pad_late;
    find_late['-'] = true;
    for (u8 c : {'c', 'd', 'g', 'l', 'm', 'w'})
      contraction_first[c] = contraction_first[c - 'a' + 'A'] = true;
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
// Passes. Each reads `s` and, if a rule matches, writes the rewritten text to `d` and returns
// true; when nothing matches it returns false and `d` is garbage. "In place" passes edit `s`.
// Scans look for the rule's rare character (memchr or a byte table) and check the context.

/// Lazy copy of `s` into `d` with insertions: bytes are copied up to each edit point.
class Rewrite {
 public:
  Rewrite(const std::string& s, std::string& d) : s_(s), d_(d) {}
  /// Copies the source bytes [run, i).
  void copy_to(size_t i) {
    if (!changed_) {
      changed_ = true;
      d_.clear();
      d_.reserve(s_.size() + s_.size() / 2 + 16);
    }
    d_.append(s_.data() + run_, i - run_);
    run_ = i;
  }
  void put(char c) { d_ += c; }
  void put(std::string_view v) { d_.append(v.data(), v.size()); }
  /// Drops the source bytes [run, i) (a replaced match).
  void skip_to(size_t i) { run_ = i; }
  /// Pads the source bytes [i, i + len) with spaces.
  void pad(size_t i, size_t len) {
    copy_to(i);
    put(' ');
    copy_to(i + len);
    put(' ');
  }
  bool finish() {
    if (!changed_) return false;
    d_.append(s_.data() + run_, s_.size() - run_);
    return true;
  }

 private:
  const std::string& s_;
  std::string& d_;
  size_t run_ = 0;
  bool changed_ = false;
};

/// First position >= i holding byte c (s.size() if none).
inline size_t find_byte(const std::string& s, size_t i, char c) noexcept {
  if (i >= s.size()) return s.size();
  const void* hit = std::memchr(s.data() + i, c, s.size() - i);
  return hit ? static_cast<size_t>(static_cast<const char*>(hit) - s.data()) : s.size();
}

/// First position >= i whose byte is in `set` (s.size() if none).
inline size_t find_set(const std::string& s, size_t i, const std::array<bool, 256>& set) noexcept {
  const auto* p = reinterpret_cast<const u8*>(s.data());
  const size_t n = s.size();
  while (i < n && !set[p[i]])
    ++i;
  return i;
}

/// Finds the next occurrence of any of up to three bytes with one memchr per byte value,
/// caching each byte's next position: linear over a whole scan however many hits there are.
class Finder {
 public:
  Finder(const std::string& s, std::string_view bytes) : s_(s), k_(bytes.size()) {
    for (size_t j = 0; j < k_; ++j) {
      c_[j] = bytes[j];
      next_[j] = find_byte(s, 0, c_[j]);
    }
  }
  /// First position >= i holding one of the bytes (s.size() if none).
  size_t operator()(size_t i) {
    size_t best = s_.size();
    for (size_t j = 0; j < k_; ++j) {
      if (next_[j] < i) next_[j] = find_byte(s_, i, c_[j]);
      if (next_[j] < best) best = next_[j];
    }
    return best;
  }

 private:
  const std::string& s_;
  size_t k_;
  char c_[3] = {};
  size_t next_[3] = {};
};

/// Pads every byte whose `set` entry is true with spaces (single-character rules).
bool pad_set(const std::string& s, std::string& d, const std::array<bool, 256>& set) {
  Rewrite w(s, d);
  for (size_t i = find_set(s, 0, set); i < s.size(); i = find_set(s, i + 1, set))
    w.pad(i, 1);
  return w.finish();
}

/// STARTING_QUOTES 1: `([«“‘„]|[`]+)` -> ` \1 `.
bool open_quotes(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  Finder find(s, "`\xC2\xE2");
  for (size_t i = find(0); i < s.size(); i = find(i)) {
    size_t len = 0;
    if (s[i] == '`') {
      len = 1;
      while (i + len < s.size() && s[i + len] == '`')
        ++len;
    } else {
      len = curly_quote_at(s, i, true);
    }
    if (len) w.pad(i, len);
    i += len ? len : 1;
  }
  return w.finish();
}

/// STARTING_QUOTES 3: "``" -> " `` " (non-overlapping).
bool pad_double_backticks(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  for (size_t i = find_byte(s, 0, '`'); i + 1 < s.size(); i = find_byte(s, i, '`')) {
    if (s[i + 1] == '`') {
      w.pad(i, 2);
      i += 2;
    } else {
      i += 1;
    }
  }
  return w.finish();
}

/// STARTING_QUOTES 4: `([ \(\[{<])(\"|\'{2})` -> "\1 `` ". A match ends with a quote, which
/// cannot be the next match's first character, so matches are found from their quotes.
bool opening_double_quotes(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  Finder find(s, "\"'");
  for (size_t q = find(1); q < s.size(); q = find(q)) {
    const char x = s[q - 1];
    size_t len = 0;
    if (x == ' ' || x == '(' || x == '[' || x == '{' || x == '<') {
      if (s[q] == '"')
        len = 1;
      else if (byte_or0(s, q + 1) == '\'')
        len = 2;
    }
    if (len) {
      w.copy_to(q);
      w.put(" `` ");
      w.skip_to(q + len);
      q += len;
    } else {
      q += 1;
    }
  }
  return w.finish();
}

/// STARTING_QUOTES 5: `(?i)(\')(?!re|ve|ll|m|t|s|d|n)(\w)\b` -> `\1 \2`: an apostrophe before
/// a one-character word that is not m, t, s, d or n (any case).
bool apostrophe_single_char(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  for (size_t i = find_byte(s, 0, '\''); i + 1 < s.size(); i = find_byte(s, i, '\'')) {
    uint32_t len;
    if (!word_at(s, i + 1, len) || !word_end_at(s, i + 1 + len)) {
      ++i;
      continue;
    }
    const Decoded c = decode(s.data() + i + 1, s.data() + s.size());
    const char f = fold_ascii(c.cp);
    if (f == 'm' || f == 't' || f == 's' || f == 'd' || f == 'n') {
      ++i;
      continue;
    }
    w.copy_to(i + 1);
    w.put(' ');
    i += 1 + len;
  }
  return w.finish();
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
bool comma_colon(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  const char* end = s.data() + s.size();
  Finder find(s, ",:");
  for (size_t i = find(0); i + 1 < s.size(); i = find(i)) {
    const Decoded next = decode(s.data() + i + 1, end);
    if (flags(next.cp) & kDigit) {
      ++i;
      continue;
    }
    w.pad(i, 1);
    i += 1 + next.len;
  }
  return w.finish();
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
  Rewrite w(s, d);
  for (size_t i = find_byte(s, 0, '.'); i < s.size(); i = find_byte(s, i, '.')) {
    size_t e = i + 1;
    while (e < s.size() && s[e] == '.')
      ++e;
    if (e - i >= 2) w.pad(i, e - i);
    i = e;
  }
  return w.finish();
}

/// PUNCTUATION 8: `([^'])' ` -> `\1 ' ` (three characters consumed per match).
bool apostrophe_space(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  size_t consumed = 0;  // end of the last match
  for (size_t q = find_byte(s, 1, '\''); q + 1 < s.size(); q = find_byte(s, q + 1, '\'')) {
    if (s[q + 1] == ' ' && s[q - 1] != '\'' && q - 1 >= consumed) {
      w.copy_to(q);
      w.put(' ');
      consumed = q + 2;
    }
  }
  return w.finish();
}

/// PUNCTUATION 9 `[*]`, PARENS_BRACKETS `[\]\[\(\)\{\}\<\>]` (pads) and DOUBLE_DASHES `--` ->
/// ` -- ` (non-overlapping). Fused: none of them creates or destroys another's match.
bool late_pads(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  for (size_t i = find_set(s, 0, kT.find_late); i < s.size(); i = find_set(s, i, kT.find_late)) {
    if (s[i] != '-') {
      w.pad(i, 1);
      i += 1;
    } else if (byte_or0(s, i + 1) == '-') {
      w.pad(i, 2);
      i += 2;
    } else {
      i += 1;
    }
  }
  return w.finish();
}

/// ENDING_QUOTES 1: `([»”’])` -> ` \1 `.
bool close_quotes(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  Finder find(s, "\xC2\xE2");
  for (size_t i = find(0); i < s.size(); i = find(i)) {
    const size_t len = curly_quote_at(s, i, false);
    if (len) w.pad(i, len);
    i += len ? len : 1;
  }
  return w.finish();
}

/// ENDING_QUOTES 2 and 3: `''` -> ` '' ` (non-overlapping), then `"` -> ` '' `. Fused: the
/// second rule only sees double quotes, which the first neither makes nor removes.
bool closing_double_quotes(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  Finder find(s, "\"'");
  for (size_t i = find(0); i < s.size(); i = find(i)) {
    if (s[i] == '"') {
      w.copy_to(i);
      w.put(" '' ");
      w.skip_to(i + 1);
      i += 1;
    } else if (byte_or0(s, i + 1) == '\'') {
      w.pad(i, 2);
      i += 2;
    } else {
      i += 1;
    }
  }
  return w.finish();
}

inline bool not_quote_or_space(char x) noexcept {
  return x != '\'' && x != ' ';
}

/// ENDING_QUOTES 4 at the apostrophe q: `([^' ])('[sS]|'[mM]|'[dD]|') ` -> `\1 \2 `.
inline bool e4_at(const std::string& s, size_t q) noexcept {
  if (q == 0 || q >= s.size() || s[q] != '\'' || !not_quote_or_space(s[q - 1])) return false;
  const u8 c1 = byte_or0(s, q + 1);
  if (c1 == ' ') return true;
  return (c1 == 's' || c1 == 'S' || c1 == 'm' || c1 == 'M' || c1 == 'd' || c1 == 'D') &&
         byte_or0(s, q + 2) == ' ';
}

/// ENDING_QUOTES 4 and 5: `([^' ])('[sS]|'[mM]|'[dD]|') ` then
/// `([^' ])('ll|'LL|'re|'RE|'ve|'VE|n't|N'T) `, each -> `\1 \2 `: a space goes before the
/// clitic. Every match ends with a space, which no match can start with, so each rule reduces
/// to a test per apostrophe, and the rules never insert at the same clitic. The one interaction:
/// the space the first rule inserts before an apostrophe can be the space the second rule
/// needs after its clitic (`'ve'd ` -> `'ve 'd ` -> ` 've 'd `).
bool clitics(const std::string& s, std::string& d) {
  Rewrite w(s, d);
  // A space at p once the first rule has run.
  auto space_at = [&](size_t p) { return byte_or0(s, p) == ' ' || e4_at(s, p); };
  for (size_t q = find_byte(s, 1, '\''); q < s.size(); q = find_byte(s, q + 1, '\'')) {
    const u8 c1 = byte_or0(s, q + 1), c2 = byte_or0(s, q + 2);
    const char x = s[q - 1];
    if ((x == 'n' && c1 == 't') || (x == 'N' && c1 == 'T')) {
      if (q >= 2 && not_quote_or_space(s[q - 2]) && space_at(q + 2)) {
        w.copy_to(q - 1);
        w.put(' ');
      }
      continue;
    }
    if (!not_quote_or_space(x)) continue;
    if (e4_at(s, q) ||
        (((c1 == 'l' && c2 == 'l') || (c1 == 'L' && c2 == 'L') || (c1 == 'r' && c2 == 'e') ||
          (c1 == 'R' && c2 == 'E') || (c1 == 'v' && c2 == 'e') || (c1 == 'V' && c2 == 'E')) &&
         space_at(q + 3))) {
      w.copy_to(q);
      w.put(' ');
    }
  }
  return w.finish();
}

/// Collects tokens into the arena.
class Emitter {
 public:
  /// Room for `max_bytes` more token bytes (the scanned text's size bounds them).
  Emitter(std::string& arena, std::vector<Span>& out, size_t max_bytes)
      : arena_(arena), out_(out), base_(arena.size()), w_(base_) {
    arena.resize(base_ + max_bytes);
  }
  ~Emitter() { arena_.resize(w_); }
  Emitter(const Emitter&) = delete;
  Emitter& operator=(const Emitter&) = delete;
  void token(const char* p, size_t n) {
    std::memcpy(arena_.data() + w_, p, n);
    out_.push_back({static_cast<uint32_t>(w_), static_cast<uint32_t>(w_ + n)});
    w_ += n;
  }

 private:
  std::string& arena_;
  std::vector<Span>& out_;
  size_t base_, w_;
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
  // Quick reject on the second character (ASCII-lowercased; non-ASCII may fold to i in gim).
  u8 c1 = byte_or0(s, p + 1);
  if (c1 >= 'A' && c1 <= 'Z') c1 = static_cast<u8>(c1 - 'A' + 'a');
  for (const Rule& r : kRules) {
    if (r.first != f) continue;
    const char second = r.g1.size() > 1 ? r.g1[1] : r.g2[0];
    if (c1 != static_cast<u8>(second) && c1 < 0x80) continue;
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
  const size_t npos = std::string::npos;
  const size_t n = s.size();
  const char* b = s.data();
  size_t tok = npos;  // start of the token being scanned
  auto flush = [&](size_t end) {
    if (tok != npos) em.token(b + tok, end - tok);
    tok = npos;
  };
  bool prev_word = false;
  size_t i = 0;
  while (i < n) {
    const u8 c = byte_at(s, i);
    if (c >= 0x80) {
      const Decoded dec = decode(b + i, b + n);
      const uint16_t fl = flags(dec.cp);
      if (fl & kPySpace)
        flush(i);
      else if (tok == npos)
        tok = i;
      space = kNoSpace;
      prev_word = (fl & kPyWord) != 0;
      i += dec.len;
      continue;
    }
    if (kT.ascii_space[c]) {
      flush(i);
      space = c == ' ' ? kSpaceForBoth : kNoSpace;
      prev_word = false;
      ++i;
      continue;
    }
    if (c == '\'' && space != kNoSpace && i + 1 < n && (s[i + 1] == 't' || s[i + 1] == 'T')) {
      size_t e = npos;
      bool tis = false;
      if (space == kSpaceForBoth) {
        e = match_ci(s, i + 2, "is");
        tis = e != npos && word_end_at(s, e);
        if (!tis) e = npos;
      }
      if (e == npos) {
        e = match_ci(s, i + 2, "was");
        if (e != npos && !word_end_at(s, e)) e = npos;
      }
      if (e != npos) {
        flush(i);
        em.token(b + i, 2);
        em.token(b + i + 2, e - i - 2);
        space = tis ? kSpaceForTwas : kNoSpace;
        prev_word = true;
        i = e;
        continue;
      }
    }
    space = kNoSpace;
    if (!kT.ascii_word[c]) {
      if (tok == npos) tok = i;
      prev_word = false;
      ++i;
      continue;
    }
    if (!prev_word && kT.contraction_first[c]) {
      size_t mid = 0;
      const size_t e = contraction2_at(s, i, mid);
      if (e) {
        flush(i);
        em.token(b + i, mid - i);
        em.token(b + mid, e - mid);
        space = kSpaceForBoth;
        prev_word = true;
        i = e;
        continue;
      }
    }
    // The rest of an ASCII word: nothing can start inside it.
    if (tok == npos) tok = i;
    prev_word = true;
    ++i;
    while (i < n && byte_at(s, i) < 0x80 && kT.ascii_word[byte_at(s, i)])
      ++i;
  }
  flush(n);
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
    if (open_quotes(*cur, *nxt)) flip();
  }
  if (!cur->empty() && (*cur)[0] == '"') {
    cur->replace(0, 1, "``");
    t |= kBacktick;
  }
  if (t & kBacktick) {
    if (pad_double_backticks(*cur, *nxt)) flip();
  }
  if (t & (kDquote | kSquote)) {
    if (opening_double_quotes(*cur, *nxt)) {
      flip();
      t |= kBacktick;
    }
  }
  if (t & kSquote) {
    if (apostrophe_single_char(*cur, *nxt)) flip();
  }

  // PUNCTUATION
  if (t & kPeriod) final_period(*cur, true);
  if (t & kCommaColon) {
    if (comma_colon(*cur, *nxt)) flip();
    comma_colon_end(*cur);
  }
  if (t & kPeriod) {
    if (dot_runs(*cur, *nxt)) flip();
  }
  if (t & kSemiEtc) {
    if (pad_set(*cur, *nxt, kT.pad_semi)) flip();
  }
  if (t & kPeriod) final_period(*cur, false);
  if (t & kQmark) {
    if (pad_set(*cur, *nxt, kT.pad_qmark)) flip();
  }
  if (t & kSquote) {
    if (apostrophe_space(*cur, *nxt)) flip();
  }
  // PUNCTUATION `[*]`, PARENS_BRACKETS, DOUBLE_DASHES
  if (t & (kStar | kBracket | kDash)) {
    if (late_pads(*cur, *nxt)) flip();
  }

  // text = " " + text + " "
  nxt->clear();
  *nxt += ' ';
  *nxt += *cur;
  *nxt += ' ';
  flip();

  // ENDING_QUOTES
  if (t & kNonAscii) {
    if (close_quotes(*cur, *nxt)) flip();
  }
  if (t & (kDquote | kSquote)) {
    if (closing_double_quotes(*cur, *nxt)) flip();
    t |= kSquote;
  }
  if (t & kSquote) {
    if (clitics(*cur, *nxt)) flip();
  }

  // CONTRACTIONS2, CONTRACTIONS3, split()
  Emitter em(arena, out, cur->size());
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
