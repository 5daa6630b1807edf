// Punkt sentence tokenizer, reimplemented after the behaviour of nltk 3.8's punkt.py
// (PunktSentenceTokenizer.tokenize with realign_boundaries=True). The regexes of
// PunktLanguageVars are written out as hand scans over UTF-8 with Python's Unicode classes
// (\s = str.isspace(), \w = str.isalnum() or '_', \d = Nd).
#include "text/punkt.h"

#include <charconv>
#include <cstdint>
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

}  // namespace

void punkt_word_tokenize(std::string_view s, std::vector<std::string_view>& out) {
  const size_t n = s.size();
  size_t i = 0;
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
        out.push_back(s.substr(i, m));
        i += m;
        continue;
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
      out.push_back(s.substr(i, j - i));
      i = j;
      continue;
    }
    // Alternative 3: a single non-space character.
    out.push_back(s.substr(i, c.len));
    i += c.len;
  }
}

namespace {

// ---------------------------------------------------------------------------------------------
// Token properties (PunktToken).

struct Scratch {
  std::vector<std::string_view> tokens;
  std::vector<Span> slices;
  std::vector<Span> spans;
  std::string a, b, key;
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

/// PunktToken.type: "##number##" for numbers, else tok.lower(). Written to `out`.
void token_type(std::string_view tok, std::string& out) {
  out.clear();
  if (is_numeric(tok)) {
    out.assign(kNumberType);
    return;
  }
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

struct FirstPass {
  bool sentbreak = false;
  bool abbr = false;
  bool ellipsis = false;
};

/// _first_pass_annotation. `buf` is scratch space.
FirstPass first_pass(std::string_view tok, const PunktParams& p, std::string& buf) {
  FirstPass r;
  if (tok == "." || tok == "?" || tok == "!") {
    r.sentbreak = true;
  } else if (is_ellipsis(tok)) {
    r.ellipsis = true;
  } else if (period_final(tok) && !(tok.size() >= 2 && tok[tok.size() - 2] == '.')) {
    buf.clear();
    py_lower(tok.substr(0, tok.size() - 1), buf);
    std::string_view low(buf);
    bool abbr = p.abbrev_types.find(low) != p.abbrev_types.end();
    if (!abbr) {
      const size_t dash = low.rfind('-');
      if (dash != std::string_view::npos)
        abbr = p.abbrev_types.find(low.substr(dash + 1)) != p.abbrev_types.end();
    }
    if (abbr)
      r.abbr = true;
    else
      r.sentbreak = true;
  }
  return r;
}

inline int ortho_of(const PunktParams& p, std::string_view type) {
  auto it = p.ortho_context.find(type);
  return it == p.ortho_context.end() ? 0 : it->second;
}

enum class Ortho { kFalse, kTrue, kUnknown };

/// _ortho_heuristic for a token whose type_no_sentperiod is `type`.
Ortho ortho_heuristic(std::string_view tok, std::string_view type, const PunktParams& p) {
  // `tok in ";:,.!?"` is a substring test.
  if (std::string_view(";:,.!?").find(tok) != std::string_view::npos) return Ortho::kFalse;
  const int oc = ortho_of(p, type);
  if (first_upper(tok) && (oc & kOrthoLc) && !(oc & kOrthoMidUc)) return Ortho::kTrue;
  if (first_lower(tok) && ((oc & kOrthoUc) || !(oc & kOrthoBegLc))) return Ortho::kFalse;
  return Ortho::kUnknown;
}

/// The sentbreak flag of a period-final token `t1` after both passes, `t2` following it.
bool period_token_breaks(std::string_view t1, std::string_view t2, const PunktParams& p,
                         Scratch& s) {
  const FirstPass f1 = first_pass(t1, p, s.a);
  // type_no_sentperiod of t2 (its first-pass sentbreak decides).
  const FirstPass f2 = first_pass(t2, p, s.b);
  std::string& next_typ = s.b;
  token_type(t2, next_typ);
  if (f2.sentbreak) strip_type_period(next_typ);
  std::string& typ = s.a;
  token_type(t1, typ);
  strip_type_period(typ);
  const bool initial = is_initial(t1);

  if (!p.collocations.empty()) {
    s.key.assign(typ);
    s.key.push_back('\t');
    s.key.append(next_typ);
    if (p.collocations.find(std::string_view(s.key)) != p.collocations.end()) return false;
  }
  if ((f1.abbr || f1.ellipsis) && !initial) {
    if (ortho_heuristic(t2, next_typ, p) == Ortho::kTrue) return true;
    if (first_upper(t2) &&
        p.sent_starters.find(std::string_view(next_typ)) != p.sent_starters.end())
      return true;
  }
  if (initial || typ == kNumberType) {
    const Ortho o = ortho_heuristic(t2, next_typ, p);
    if (o == Ortho::kFalse) return false;
    if (o == Ortho::kUnknown && initial && first_upper(t2) && !(ortho_of(p, next_typ) & kOrthoLc))
      return false;
  }
  return f1.sentbreak;
}

bool contains_sentbreak(std::string_view text, const PunktParams& p, Scratch& s) {
  auto& toks = s.tokens;
  toks.clear();
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) nl = text.size();
    const std::string_view line = text.substr(start, nl - start);
    if (!py_strip(line).empty()) punkt_word_tokenize(line, toks);
    start = nl + 1;
  }
  // Only a token before the last counts; only ".?!" tokens and period-final tokens can break.
  for (size_t i = 0; i + 1 < toks.size(); ++i) {
    const std::string_view t = toks[i];
    if (t == "?" || t == "!") return true;
    if (period_final(t) && period_token_breaks(t, toks[i + 1], p, s)) return true;
  }
  return false;
}

// ---------------------------------------------------------------------------------------------
// Sentence slices.

struct EndMatch {
  size_t pos = 0;        // the end character
  size_t after_end = 0;  // end of after_tok
  size_t next_tok = 0;   // start of next_tok when has_next
  bool has_next = false;
};

/// _slices_from_text (with _match_potential_end_contexts): appends [begin, end) slices.
void slices_from_text(std::string_view text, const PunktParams& p, Scratch& s,
                      std::vector<Span>& slices) {
  const size_t n = text.size();
  size_t last_break = 0;
  auto consider = [&](const EndMatch& m, size_t ctx_start) {
    if (contains_sentbreak(text.substr(ctx_start, m.after_end - ctx_start), p, s)) {
      slices.push_back({static_cast<uint32_t>(last_break), static_cast<uint32_t>(m.pos + 1)});
      last_break = m.has_next ? m.next_tok : m.pos + 1;
    }
  };

  bool have_prev = false;
  EndMatch prev;
  size_t prev_start = 0, prev_stop = 0;  // previous_slice (the previous word)
  for (size_t i = 0; i < n; ++i) {
    if (!is_sent_end_char(text[i])) continue;
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
      while (j < n && space_len(text, j) == 0)
        j += decode_at(text, j).len;
      m.after_end = j;
    }
    // The previous word: after the last ASCII whitespace in text[prev_stop, i), else it extends
    // the previous slice (index 0 counts as "none found").
    size_t start = prev_start;
    for (size_t k = i; k > prev_stop + 1;) {
      --k;
      if (string_whitespace(text[k])) {
        start = k + 1;
        break;
      }
    }
    if (have_prev && prev_stop <= start) consider(prev, prev_start);
    prev = m;
    have_prev = true;
    prev_start = start;
    prev_stop = i;
  }
  if (have_prev) consider(prev, prev_start);
  slices.push_back(
      {static_cast<uint32_t>(last_break), static_cast<uint32_t>(py_rstrip(text).size())});
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

/// _realign_boundaries over `slices`, appending the kept spans to `out`.
void realign_boundaries(std::string_view text, const std::vector<Span>& slices,
                        std::vector<Span>& out) {
  size_t realign = 0;
  for (size_t i = 0; i < slices.size(); ++i) {
    const size_t b1 = slices[i].begin + realign, e1 = slices[i].end;
    if (i + 1 == slices.size()) {
      if (b1 < e1) out.push_back({static_cast<uint32_t>(b1), static_cast<uint32_t>(e1)});
      break;
    }
    const Span s2 = slices[i + 1];
    size_t closers = 0, end = 0;
    if (s2.begin < s2.end && realign_match(text.substr(s2.begin, s2.size()), closers, end)) {
      out.push_back({static_cast<uint32_t>(b1), static_cast<uint32_t>(s2.begin + closers)});
      realign = end;
    } else {
      realign = 0;
      if (b1 < e1) out.push_back({static_cast<uint32_t>(b1), static_cast<uint32_t>(e1)});
    }
  }
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
  return p;
}

// precis's own fallback, used when no NLTK data folder holds punkt_tab/english: common English
// abbreviations only (no collocations, sentence starters or orthographic statistics). With an
// empty orthographic context a capitalised word after an abbreviation never forces a break and
// an initial followed by a capitalised word stays an abbreviation ("J. Bach").
PunktParams PunktParams::fallback() {
  PunktParams p;
  p.builtin = true;
  static constexpr const char* kAbbrevs[] = {
      "mr",   "mrs",  "ms",   "dr",   "prof", "sr",   "jr",     "st",   "rev",   "gen",
      "col",  "lt",   "sgt",  "capt", "gov",  "sen",  "rep",    "inc",  "co",    "corp",
      "ltd",  "bros", "vs",   "etc",  "cf",   "al",   "approx", "dept", "est",   "fig",
      "no",   "vol",  "pp",   "ed",   "u.s",  "u.k",  "u.n",    "a.m",  "p.m",   "jan",
      "feb",  "mar",  "apr",  "jun",  "jul",  "aug",  "sep",    "sept", "oct",   "nov",
      "dec",  "mon",  "tue",  "wed",  "thu",  "fri",  "sat",    "sun",  "ave",   "blvd",
      "mt",   "ft",   "ph.d", "m.d",  "b.a",  "m.a",  "d.c",    "e.u",  "calif", "mass",
      "conn", "fla",  "ill",  "pa",   "va",   "wash", "tex",    "ariz", "colo",  "mich"};
  for (const char* a : kAbbrevs)
    p.abbrev_types.insert(a);
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
  Scratch& s = scratch();
  s.slices.clear();
  slices_from_text(text, params, s, s.slices);
  realign_boundaries(text, s.slices, out);
}

size_t punkt_count_sentences(std::string_view text, const PunktParams& params) {
  Scratch& s = scratch();
  s.spans.clear();
  punkt_sentences(text, params, s.spans);
  return s.spans.size();
}

bool punkt_text_contains_sentbreak(std::string_view text, const PunktParams& params) {
  return contains_sentbreak(text, params, scratch());
}

}  // namespace precis::text
