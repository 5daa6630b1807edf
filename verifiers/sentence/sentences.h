// Sentences for the IFBench sentence and ratio verifiers (sentence:*, ratio:sentence_*).
//
// reference: IFBench's split_into_sentences: NLTK Punkt at HEAD (Text::sentences()), IFEval's
//            regex splitter in the paper era (Text::regex_sentences()).
// precise:   Punkt sentences, and a line break after a markdown list item or heading line also
//            ends a sentence (as length_constraints:number_sentences counts them), so a heading
//            or list item without final punctuation is not glued to the sentence that follows.
//            Sentences are trimmed of whitespace; pieces without visible text are dropped.
#pragma once

#include <cstddef>
#include <string_view>
#include <vector>

#include "precis/constraint.h"
#include "precis/text.h"
#include "text/unicode.h"

namespace precis::verifiers::sentences {

/// Python's string.punctuation.
inline bool is_ascii_punct(char32_t c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

/// The sentences reference semantics sees: Punkt at HEAD, the regex splitter in the paper era.
inline void reference(const Text& text, IfbenchVersion v, std::vector<std::string_view>& out) {
  out.clear();
  if (v == IfbenchVersion::kPaper) {
    for (const std::string& s : text.regex_sentences())
      out.emplace_back(s);
  } else {
    std::string_view raw = text.raw();
    for (const Span& s : text.sentences())
      out.push_back(raw.substr(s.begin, s.size()));
  }
}

inline bool is_invisible(char32_t cp) noexcept {
  return text::is_py_space(cp) || text::is_zero_width(cp);
}

/// `s` without leading and trailing whitespace and zero-width characters, as offsets.
inline Span trim(std::string_view raw, size_t b, size_t e) noexcept {
  while (b < e) {
    auto d = text::decode(raw.data() + b, raw.data() + e);
    if (!is_invisible(d.cp)) break;
    b += d.len;
  }
  while (e > b) {
    auto d = text::decode_before(raw.data() + b, raw.data() + e);
    if (!is_invisible(d.cp)) break;
    e -= d.len;
  }
  return {static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
}

/// True when `line` (without its line break) is a markdown list item or ATX heading with
/// content: after indentation, `*`, `-`, `+` or `•` and a space, digits then `.` or `)` and a
/// space, or one to six `#` and a space.
inline bool is_item_or_heading(std::string_view line) noexcept {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
    ++i;
  std::string_view rest = line.substr(i);
  if (rest.empty()) return false;
  size_t m = 0;
  if (rest[0] == '*' || rest[0] == '-' || rest[0] == '+') {
    m = 1;
  } else if (rest.substr(0, 3) == "\xE2\x80\xA2") {  // U+2022 BULLET
    m = 3;
  } else if (rest[0] == '#') {
    while (m < rest.size() && rest[m] == '#')
      ++m;
    if (m > 6) return false;
  } else if (rest[0] >= '0' && rest[0] <= '9') {
    while (m < rest.size() && m < 9 && rest[m] >= '0' && rest[m] <= '9')
      ++m;
    if (m >= rest.size() || (rest[m] != '.' && rest[m] != ')')) return false;
    ++m;
  } else {
    return false;
  }
  if (m >= rest.size() || (rest[m] != ' ' && rest[m] != '\t')) return false;
  const char* p = rest.data() + m;
  const char* end = rest.data() + rest.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_invisible(d.cp)) return true;
    p += d.len;
  }
  return false;
}

/// precise sentences as byte spans of text.raw(), in order. Linear in the text's size.
inline void precise(const Text& text, std::vector<Span>& out) {
  out.clear();
  std::string_view raw = text.raw();
  auto push = [&](size_t b, size_t e) {
    Span t = trim(raw, b, e);
    if (!t.empty()) out.push_back(t);
  };
  size_t line_start = 0;  // start of the line holding the last newline seen
  for (const Span& s : text.sentences()) {
    size_t cur = s.begin;
    size_t nl = raw.find('\n', s.begin);
    while (nl != std::string_view::npos && nl < s.end) {
      // The line that ends at `nl` starts after the previous newline (before it, or in an
      // earlier sentence).
      size_t prev = nl == 0 ? std::string_view::npos : raw.rfind('\n', nl - 1);
      size_t ls = prev == std::string_view::npos ? 0 : prev + 1;
      if (ls < line_start) ls = line_start;
      line_start = nl + 1;
      std::string_view line = raw.substr(ls, nl - ls);
      if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
      if (is_item_or_heading(line)) {
        push(cur, nl);
        cur = nl + 1;
      }
      nl = raw.find('\n', nl + 1);
    }
    push(cur, s.end);
  }
}

/// How a sentence ends, for the precise sentence-type ratios.
enum class End { kOther, kPeriod, kQuestion, kExclamation };

/// The end mark of a precise sentence: the last character that is not whitespace, a zero-width
/// character, a closing quote or bracket, markdown emphasis (`*`, `_`, `` ` ``) or a symbol
/// (an emoji after the mark): `.`, `?`, `!` or none.
inline End precise_end(std::string_view s) noexcept {
  const char* b = s.data();
  const char* e = b + s.size();
  while (e > b) {
    auto d = text::decode_before(b, e);
    char32_t c = d.cp;
    switch (c) {
      case '.':
        return End::kPeriod;
      case '?':
        return End::kQuestion;
      case '!':
        return End::kExclamation;
      case '"':
      case '\'':
      case ')':
      case ']':
      case '}':
      case '*':
      case '_':
      case '`':
      case 0x201D:  // ”
      case 0x2019:  // ’
      case 0x00BB:  // »
      case 0x203A:  // ›
      case 0xFE0F:  // variation selector (emoji)
        break;
      default:
        if (!is_invisible(c) && (text::flags(c) & text::kSymbol) == 0) return End::kOther;
    }
    e -= d.len;
  }
  return End::kOther;
}

}  // namespace precis::verifiers::sentences
