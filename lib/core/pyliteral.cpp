// A parser for Python literals, as ast.literal_eval accepts them for data: no code is evaluated.
//
// Accepted: str (single, double and triple quotes; r/u/b prefixes, bytes kept as text; all
// escapes but \N{...}; adjacent literals concatenated), int (decimal, 0x/0o/0b, underscores,
// one sign; must fit in int64), float (1.5, .5, 5., 1e3, underscores; 1e400 is inf as in
// Python), True/False/None, list, tuple (a list), dict with string keys (a repeated key keeps
// the last value at its first position, as Python does), grouping parentheses, a top-level
// tuple without parentheses ("1, 2"), whitespace, comments and backslash-newline between tokens.
//
// Rejected with a parse_error naming what was expected, the byte offset and an excerpt: sets,
// non-string dict keys, f-strings, complex numbers, names other than True/False/None (inf and
// nan included), ints beyond int64, lone surrogates (a \ud83d\ude00 pair is combined, unlike
// Python), invalid UTF-8, NUL bytes. \N{NAME} escapes are rejected as unimplemented.
//
// Every step consumes input, recursion is bounded by kMaxDepth, and repeated dict keys are
// found through a hash index, so the parser runs in linear time.
#include <fmt/format.h>

#include <charconv>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <system_error>
#include <unordered_map>
#include <utility>

#include "precis/spec.h"

namespace precis {
namespace {

constexpr int kMaxDepth = 256;

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}
bool is_alpha(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_name_char(char c) {
  return is_alpha(c) || is_digit(c) || c == '_';
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// Length of the well-formed UTF-8 sequence at s[i] (a byte >= 0x80), or 0 if it is malformed
// (overlong forms, surrogates and code points beyond U+10FFFF are malformed).
size_t utf8_sequence_length(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char c = b(i);
  size_t n;
  unsigned char lo = 0x80, hi = 0xBF;
  if (c >= 0xC2 && c <= 0xDF) {
    n = 2;
  } else if (c >= 0xE0 && c <= 0xEF) {
    n = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    n = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else {
    return 0;
  }
  if (i + n > s.size()) return 0;
  if (b(i + 1) < lo || b(i + 1) > hi) return 0;
  for (size_t k = 2; k < n; ++k)
    if (b(i + k) < 0x80 || b(i + k) > 0xBF) return 0;
  return n;
}

// A short, printable excerpt of `s` from `at`, for error messages.
std::string excerpt(std::string_view s, size_t at) {
  constexpr size_t kMax = 24;
  size_t end = std::min(s.size(), at + kMax);
  // Do not cut a UTF-8 sequence in two.
  while (end > at && end < s.size() && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80)
    --end;
  std::string out = "\"";
  for (size_t i = at; i < end; ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          out += fmt::format("\\x{:02x}", c);
        } else if (c >= 0x80) {
          const size_t n = utf8_sequence_length(s, i);
          if (n == 0 || i + n > end) {
            out += fmt::format("\\x{:02x}", c);
          } else {
            out.append(s.substr(i, n));
            i += n - 1;
          }
        } else {
          out.push_back(static_cast<char>(c));
        }
    }
  }
  if (end < s.size()) out += "...";
  out += "\"";
  return out;
}

class Parser {
 public:
  explicit Parser(std::string_view src) : src_(src) {}

  Result<Value> parse() {
    if (src_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a UTF-8 byte order mark
    Result<Value> first = value(0, 0);
    if (!first.ok()) return first;
    PRECIS_RETURN_IF_ERROR(skip_space());
    if (pos_ < src_.size() && src_[pos_] == ',') {
      // A top-level tuple without parentheses: "1, 2" (ast.literal_eval accepts it).
      Value::List items;
      items.push_back(std::move(first).value());
      while (pos_ < src_.size() && src_[pos_] == ',') {
        ++pos_;
        PRECIS_RETURN_IF_ERROR(skip_space());
        if (pos_ == src_.size()) break;
        Result<Value> v = value(0, 0);
        if (!v.ok()) return v;
        items.push_back(std::move(v).value());
        PRECIS_RETURN_IF_ERROR(skip_space());
      }
      if (pos_ != src_.size()) return error(pos_, "expected ',' or the end of the input");
      return Value::list(std::move(items));
    }
    if (pos_ != src_.size()) return error(pos_, "expected the end of the input after the value");
    return first;
  }

 private:
  Status error(size_t at, std::string_view what) const {
    if (at >= src_.size())
      return parse_error(fmt::format("Python literal: {} at offset {} (end of input)", what, at));
    return parse_error(
        fmt::format("Python literal: {} at offset {} near {}", what, at, excerpt(src_, at)));
  }

  bool at_end() const { return pos_ >= src_.size(); }
  char peek() const { return pos_ < src_.size() ? src_[pos_] : '\0'; }
  char peek_at(size_t i) const { return i < src_.size() ? src_[i] : '\0'; }

  // Skips whitespace, comments and backslash-newline line joins.
  Status skip_space() {
    while (pos_ < src_.size()) {
      const char c = src_[pos_];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        ++pos_;
      } else if (c == '#') {
        while (pos_ < src_.size() && src_[pos_] != '\n' && src_[pos_] != '\r')
          ++pos_;
      } else if (c == '\\' && (peek_at(pos_ + 1) == '\n' || peek_at(pos_ + 1) == '\r')) {
        pos_ += 2;
        if (src_[pos_ - 1] == '\r' && peek() == '\n') ++pos_;
      } else if (c == '\0') {
        return error(pos_, "a NUL byte is not allowed");
      } else {
        break;
      }
    }
    return Status();
  }

  // If a string literal (with its prefix) starts at `p`, sets the prefix length and returns true.
  bool string_start(size_t p, size_t* prefix_len) const {
    size_t q = p;
    while (q < src_.size() && q - p < 3 && is_alpha(src_[q]))
      ++q;
    if (q < src_.size() && (src_[q] == '\'' || src_[q] == '"') && q - p <= 2) {
      *prefix_len = q - p;
      return true;
    }
    return false;
  }

  // sign: 0 none, +1 or -1 when a unary sign precedes (then only a number may follow).
  Result<Value> value(int depth, int sign) {
    PRECIS_RETURN_IF_ERROR(skip_space());
    const size_t at = pos_;
    if (at_end()) return error(at, sign ? "expected a number after the sign" : "expected a value");
    const char c = src_[pos_];
    size_t prefix = 0;
    if (c == '(') return parenthesized(depth, sign);
    if (is_digit(c) || (c == '.' && is_digit(peek_at(pos_ + 1)))) return number(sign);
    if (sign != 0) {
      if (is_alpha(c)) {
        Result<Value> word = name();  // names its own error for inf, nan and unknown names
        if (!word.ok()) return word;
        return error(at, "expected a number after the sign");
      }
      if (c == '-' || c == '+')
        return error(at, "expected a number after the sign (only one sign is allowed)");
      return error(at, "expected a number after the sign");
    }
    if (c == '-' || c == '+') {
      ++pos_;
      return value(depth, c == '-' ? -1 : 1);
    }
    if (c == '[') return list(depth);
    if (c == '{') return dict(depth);
    if (c == '\'' || c == '"' || string_start(pos_, &prefix)) return strings();
    if (is_alpha(c) || c == '_') return name();
    if (static_cast<unsigned char>(c) >= 0x80)
      return error(at, "unexpected non-ASCII character (expected a value)");
    if (c == '.' && src_.substr(pos_, 3) == "...") return error(at, "Ellipsis is not supported");
    if (c == ']' || c == ')' || c == '}' || c == ',' || c == ':')
      return error(at, fmt::format("expected a value before '{}'", c));
    return error(at, "expected a value (a string, number, True, False, None, list, tuple or dict)");
  }

  Status enter(int depth, size_t at) const {
    if (depth >= kMaxDepth)
      return error(at, fmt::format("nesting deeper than {} levels", kMaxDepth));
    return Status();
  }

  // '(' ... ')': a grouping (one value, no comma) or a tuple (read as a list).
  Result<Value> parenthesized(int depth, int sign) {
    const size_t open = pos_;
    PRECIS_RETURN_IF_ERROR(enter(depth, open));
    ++pos_;
    PRECIS_RETURN_IF_ERROR(skip_space());
    if (peek() == ')') {
      if (sign) return error(open, "expected a number after the sign, got a tuple");
      ++pos_;
      return Value::list({});
    }
    Result<Value> first = value(depth + 1, sign);
    if (!first.ok()) return first;
    PRECIS_RETURN_IF_ERROR(skip_space());
    if (peek() == ')') {
      ++pos_;
      return first;
    }
    if (peek() != ',') return error(pos_, "expected ',' or ')'");
    if (sign) return error(open, "expected a number after the sign, got a tuple");
    Value::List items;
    items.push_back(std::move(first).value());
    return sequence(depth, ')', std::move(items));
  }

  Result<Value> list(int depth) {
    PRECIS_RETURN_IF_ERROR(enter(depth, pos_));
    ++pos_;
    return sequence(depth, ']', {});
  }

  // The rest of a list or tuple: [value ','] ... close. `items` non-empty means the caller
  // already read the first item and stands on the ',' after it.
  Result<Value> sequence(int depth, char close, Value::List items) {
    if (!items.empty()) ++pos_;  // the ',' after the first item
    const std::string expected = fmt::format("expected ',' or '{}'", close);
    for (;;) {
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (peek() == close) {
        ++pos_;
        return Value::list(std::move(items));
      }
      if (at_end()) return error(pos_, fmt::format("expected a value or '{}'", close));
      Result<Value> v = value(depth + 1, 0);
      if (!v.ok()) return v;
      items.push_back(std::move(v).value());
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == close) {
        ++pos_;
        return Value::list(std::move(items));
      }
      return error(pos_, expected);
    }
  }

  Result<Value> dict(int depth) {
    const size_t open = pos_;
    PRECIS_RETURN_IF_ERROR(enter(depth, open));
    ++pos_;
    Value::Dict items;
    std::unordered_map<std::string, size_t> index;  // used once the dict grows
    constexpr size_t kLinearScan = 16;
    for (;;) {
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (peek() == '}') {
        ++pos_;
        return Value::dict(std::move(items));
      }
      if (at_end()) return error(pos_, "expected a dict key (a string) or '}'");
      const size_t key_at = pos_;
      Result<Value> key = value(depth + 1, 0);
      if (!key.ok()) return key;
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (peek() != ':') {
        if (items.empty() && (peek() == ',' || peek() == '}'))
          return error(open, "sets are not supported (expected a dict {key: value}; use a list)");
        return error(pos_, "expected ':' after the dict key");
      }
      if (!key->is_string())
        return error(key_at, fmt::format("dict keys must be strings, got {}",
                                         Value::kind_name(key->kind())));
      ++pos_;
      Result<Value> v = value(depth + 1, 0);
      if (!v.ok()) return v;
      std::string k = key->as_string();
      // A repeated key keeps its first position and takes the last value, as in Python.
      size_t found = items.size();
      if (items.size() <= kLinearScan) {
        for (size_t i = 0; i < items.size(); ++i)
          if (items[i].first == k) found = i;
      } else {
        if (index.empty())
          for (size_t i = 0; i < items.size(); ++i)
            index.emplace(items[i].first, i);
        auto [it, inserted] = index.emplace(k, items.size());
        if (!inserted) found = it->second;
      }
      if (found < items.size()) {
        items[found].second = std::move(v).value();
      } else {
        items.emplace_back(std::move(k), std::move(v).value());
      }
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (peek() == ',') {
        ++pos_;
        continue;
      }
      if (peek() == '}') {
        ++pos_;
        return Value::dict(std::move(items));
      }
      return error(pos_, "expected ',' or '}'");
    }
  }

  Result<Value> name() {
    const size_t at = pos_;
    while (pos_ < src_.size() && is_name_char(src_[pos_]))
      ++pos_;
    std::string_view word = src_.substr(at, pos_ - at);
    if (word == "True") return Value::boolean(true);
    if (word == "False") return Value::boolean(false);
    if (word == "None") return Value::null();
    if (word.size() > 32) word = word.substr(0, 32);
    if (word == "inf" || word == "nan" || word == "infinity" || word == "Infinity" || word == "NaN")
      return error(at, fmt::format("'{}' is not a Python literal (expected a value)", word));
    if (word == "true" || word == "false" || word == "null" || word == "none")
      return error(at,
                   fmt::format("unknown name '{}' (expected a value; Python spells it {})", word,
                               word == "true"    ? "True"
                               : word == "false" ? "False"
                                                 : "None"));
    return error(at, fmt::format("unknown name '{}' (expected a value; only True, False and None "
                                 "are allowed, and nothing is evaluated)",
                                 word));
  }

  // One or more adjacent string literals, concatenated.
  Result<Value> strings() {
    std::string out;
    int kind = -1;  // 0 str, 1 bytes
    size_t prefix = 0;
    if (src_[pos_] != '\'' && src_[pos_] != '"') string_start(pos_, &prefix);
    for (;;) {
      const size_t at = pos_;
      bool raw = false, bytes = false, fstring = false;
      for (size_t i = 0; i < prefix; ++i) {
        switch (src_[pos_ + i]) {
          case 'r':
          case 'R':
            raw = true;
            break;
          case 'b':
          case 'B':
            bytes = true;
            break;
          case 'u':
          case 'U':
            break;
          case 'f':
          case 'F':
            fstring = true;
            break;
          default:
            return error(at, fmt::format("invalid string prefix '{}'", src_.substr(at, prefix)));
        }
      }
      const bool valid_prefix = prefix <= 1 || (prefix == 2 && raw && (bytes || fstring));
      if (!valid_prefix)
        return error(at, fmt::format("invalid string prefix '{}'", src_.substr(at, prefix)));
      if (fstring) return error(at, "f-strings are not literals (expected a plain string)");
      pos_ += prefix;
      const int this_kind = bytes ? 1 : 0;
      if (kind >= 0 && kind != this_kind)
        return error(at, "cannot mix bytes and str literals in a concatenation");
      kind = this_kind;
      PRECIS_RETURN_IF_ERROR(one_string(at, raw, bytes, out));
      // Adjacent literals ('a' 'b') are one string.
      PRECIS_RETURN_IF_ERROR(skip_space());
      if (at_end()) break;
      const char c = src_[pos_];
      if (c == '\'' || c == '"') {
        prefix = 0;
      } else if (!string_start(pos_, &prefix)) {
        break;
      }
    }
    return Value::string(std::move(out));
  }

  // Reads an escape's hex digits: exactly `n` of them.
  bool hex_digits(size_t n, uint32_t* value) {
    uint32_t v = 0;
    for (size_t i = 0; i < n; ++i) {
      const int h = hex_value(peek_at(pos_ + i));
      if (h < 0) return false;
      v = v * 16 + static_cast<uint32_t>(h);
    }
    pos_ += n;
    *value = v;
    return true;
  }

  // A \u or \U escape, with pos_ after the 'u' or 'U'; combines a surrogate pair.
  Status unicode_escape(size_t esc_at, char letter, std::string& out) {
    const size_t n = letter == 'u' ? 4 : 8;
    uint32_t cp;
    if (!hex_digits(n, &cp))
      return error(esc_at,
                   fmt::format("truncated \\{} escape (expected {} hex digits)", letter, n));
    if (cp > 0x10FFFF) return error(esc_at, fmt::format("escape \\U{:08x} is beyond U+10FFFF", cp));
    if (cp >= 0xDC00 && cp <= 0xDFFF)
      return error(esc_at, fmt::format("lone low surrogate \\u{:04x} (expected a code point or a "
                                       "high surrogate before it)",
                                       cp));
    if (cp >= 0xD800 && cp <= 0xDBFF) {
      const size_t low_at = pos_;
      uint32_t low = 0;
      const char l = peek_at(pos_ + 1);
      bool ok = peek() == '\\' && (l == 'u' || l == 'U');
      if (ok) {
        pos_ += 2;
        ok = hex_digits(l == 'u' ? 4 : 8, &low) && low >= 0xDC00 && low <= 0xDFFF;
      }
      if (!ok) {
        pos_ = low_at;
        return error(esc_at, fmt::format("lone high surrogate \\u{:04x} (expected a low surrogate "
                                         "escape \\udc00-\\udfff right after it)",
                                         cp));
      }
      cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
    }
    append_utf8(out, cp);
    return Status();
  }

  // One string literal, with pos_ on its opening quote; appends its text to `out`.
  Status one_string(size_t at, bool raw, bool bytes, std::string& out) {
    const char quote = src_[pos_];
    const bool triple = peek_at(pos_ + 1) == quote && peek_at(pos_ + 2) == quote;
    pos_ += triple ? 3 : 1;
    auto unterminated = [&] {
      return error(at, triple ? "unterminated triple-quoted string (expected its closing quotes)"
                              : "unterminated string (expected its closing quote on this line)");
    };
    // Reads a newline (\n, \r\n or \r) at pos_, appending '\n' when `keep`.
    auto newline = [&](bool keep) {
      if (src_[pos_] == '\r' && peek_at(pos_ + 1) == '\n') ++pos_;
      ++pos_;
      if (keep) out.push_back('\n');
    };
    for (;;) {
      if (at_end()) return unterminated();
      const char c = src_[pos_];
      const auto u = static_cast<unsigned char>(c);
      if (c == quote) {
        if (!triple) {
          ++pos_;
          return Status();
        }
        if (peek_at(pos_ + 1) == quote && peek_at(pos_ + 2) == quote) {
          pos_ += 3;
          return Status();
        }
        out.push_back(c);
        ++pos_;
      } else if (c == '\n' || c == '\r') {
        if (!triple) return unterminated();
        newline(true);
      } else if (c == '\0') {
        return error(pos_, "a NUL byte is not allowed");
      } else if (u >= 0x80) {
        const size_t n = utf8_sequence_length(src_, pos_);
        if (n == 0) return error(pos_, "invalid UTF-8 in a string");
        if (bytes) return error(pos_, "bytes literals can only contain ASCII characters");
        out.append(src_.substr(pos_, n));
        pos_ += n;
      } else if (c != '\\') {
        out.push_back(c);
        ++pos_;
      } else if (raw) {
        // In a raw string a backslash stays, and it keeps the next character from closing.
        out.push_back('\\');
        ++pos_;
        if (at_end()) return unterminated();
        const char d = src_[pos_];
        if (d == '\n' || d == '\r') {
          newline(true);
        } else if (d != '\0' && static_cast<unsigned char>(d) < 0x80) {
          out.push_back(d);
          ++pos_;
        }
      } else {
        PRECIS_RETURN_IF_ERROR(escape(bytes, out, unterminated));
      }
    }
  }

  template <class Unterminated>
  Status escape(bool bytes, std::string& out, Unterminated unterminated) {
    const size_t esc_at = pos_;
    ++pos_;
    if (at_end()) return unterminated();
    const char d = src_[pos_];
    switch (d) {
      case '\n':
        ++pos_;
        return Status();  // line continuation
      case '\r':
        ++pos_;
        if (peek() == '\n') ++pos_;
        return Status();
      case '\\':
      case '\'':
      case '"':
        out.push_back(d);
        ++pos_;
        return Status();
      case 'a':
        out.push_back('\a');
        ++pos_;
        return Status();
      case 'b':
        out.push_back('\b');
        ++pos_;
        return Status();
      case 'f':
        out.push_back('\f');
        ++pos_;
        return Status();
      case 'n':
        out.push_back('\n');
        ++pos_;
        return Status();
      case 'r':
        out.push_back('\r');
        ++pos_;
        return Status();
      case 't':
        out.push_back('\t');
        ++pos_;
        return Status();
      case 'v':
        out.push_back('\v');
        ++pos_;
        return Status();
      case 'x': {
        ++pos_;
        uint32_t v;
        if (!hex_digits(2, &v))
          return error(esc_at, "truncated \\xXX escape (expected 2 hex digits)");
        if (bytes) {
          out.push_back(static_cast<char>(v));  // the byte itself: bytes are kept as text
        } else {
          append_utf8(out, v);
        }
        return Status();
      }
      case 'u':
      case 'U':
        if (bytes) break;  // not an escape in bytes: kept as written
        ++pos_;
        return unicode_escape(esc_at, d, out);
      case 'N':
        if (bytes) break;
        return Status(StatusCode::kUnimplemented,
                      fmt::format("Python literal: \\N{{...}} named escapes are not supported "
                                  "(expected \\u or \\U with hex digits) at offset {} near {}",
                                  esc_at, excerpt(src_, esc_at)));
      default:
        if (d >= '0' && d <= '7') {
          uint32_t v = 0;
          for (int i = 0; i < 3 && peek() >= '0' && peek() <= '7'; ++i) {
            v = v * 8 + static_cast<uint32_t>(peek() - '0');
            ++pos_;
          }
          if (bytes) {
            out.push_back(static_cast<char>(v & 0xFF));
          } else {
            append_utf8(out, v);
          }
          return Status();
        }
        break;
    }
    // An unknown escape keeps its backslash (Python warns but accepts it); the character after
    // it is read as an ordinary one.
    out.push_back('\\');
    return Status();
  }

  // A number at pos_; `sign` is 0, +1 or -1.
  Result<Value> number(int sign) {
    const size_t at = pos_;
    const char c = src_[pos_];
    const char p = peek_at(pos_ + 1);
    if (c == '0' && (p == 'x' || p == 'X' || p == 'o' || p == 'O' || p == 'b' || p == 'B')) {
      const int base = (p == 'x' || p == 'X') ? 16 : (p == 'o' || p == 'O') ? 8 : 2;
      const char* base_name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      pos_ += 2;
      uint64_t mag = 0;
      bool overflow = false;
      size_t digits = 0;
      for (;;) {
        const bool underscore = peek() == '_';
        const int d = hex_value(peek_at(pos_ + (underscore ? 1 : 0)));
        if (d < 0 || d >= base) break;
        pos_ += underscore ? 2 : 1;
        ++digits;
        if (mag > (std::numeric_limits<uint64_t>::max() - static_cast<uint64_t>(d)) /
                      static_cast<uint64_t>(base))
          overflow = true;
        else
          mag = mag * static_cast<uint64_t>(base) + static_cast<uint64_t>(d);
      }
      if (digits == 0) return error(at, fmt::format("expected digits in {} literal", base_name));
      if (!at_end() && (is_name_char(peek()) || peek() == '.'))
        return error(pos_, fmt::format("invalid character in {} literal", base_name));
      return integer(at, mag, overflow, sign);
    }

    // Decimal: digitpart ['.' [digitpart]] [exponent], or '.' digitpart [exponent].
    std::string digits;  // without underscores, for from_chars
    auto digit_part = [&]() -> Status {
      // pos_ is on a digit.
      for (;;) {
        digits.push_back(src_[pos_]);
        ++pos_;
        if (is_digit(peek())) continue;
        if (peek() == '_') {
          if (!is_digit(peek_at(pos_ + 1)))
            return error(pos_, "invalid decimal literal (expected a digit after '_')");
          ++pos_;
          continue;
        }
        return Status();
      }
    };
    bool is_float = false;
    size_t int_len = 0;
    if (is_digit(c)) {
      PRECIS_RETURN_IF_ERROR(digit_part());
      int_len = digits.size();
    }
    if (peek() == '.') {
      is_float = true;
      digits.push_back('.');
      ++pos_;
      if (is_digit(peek())) PRECIS_RETURN_IF_ERROR(digit_part());
    }
    int64_t exponent = 0;
    if (peek() == 'e' || peek() == 'E') {
      const size_t e_at = pos_;
      size_t q = pos_ + 1;
      if (peek_at(q) == '+' || peek_at(q) == '-') ++q;
      if (!is_digit(peek_at(q)))
        return error(e_at, "invalid decimal literal (expected digits in the exponent)");
      is_float = true;
      const bool negative = peek_at(pos_ + 1) == '-';
      digits.push_back('e');
      if (negative) digits.push_back('-');
      pos_ = q;
      const size_t exp_start = digits.size();
      PRECIS_RETURN_IF_ERROR(digit_part());
      for (size_t i = exp_start; i < digits.size(); ++i)
        if (exponent < 1'000'000'000) exponent = exponent * 10 + (digits[i] - '0');
      if (negative) exponent = -exponent;
    }
    if (peek() == 'j' || peek() == 'J')
      return error(at, "complex numbers are not supported (expected an int or a float)");
    if (!at_end() && (is_name_char(peek()) || peek() == '.'))
      return error(pos_, "invalid decimal literal");

    if (is_float) {
      double d = 0;
      const char* first = digits.data();
      const char* last = digits.data() + digits.size();
      auto [ptr, ec] = std::from_chars(first, last, d);
      if (ec == std::errc::result_out_of_range) {
        // Too large (inf, as in Python) or too small (0.0): the decimal exponent of the first
        // nonzero digit says which.
        int64_t lead = 0;
        for (size_t i = 0; i < digits.size() && digits[i] != 'e'; ++i) {
          if (digits[i] == '.' || digits[i] == '0') continue;
          const auto idx = static_cast<int64_t>(i);
          lead = idx < static_cast<int64_t>(int_len) ? static_cast<int64_t>(int_len) - 1 - idx
                                                     : static_cast<int64_t>(int_len) - idx;
          break;
        }
        d = lead + exponent > 0 ? std::numeric_limits<double>::infinity() : 0.0;
      } else if (ec != std::errc() || ptr != last) {
        return error(at, "invalid float literal");
      }
      return Value::floating(sign < 0 ? -d : d);
    }
    // A decimal integer: no leading zeros except for zero itself.
    if (digits.size() > 1 && digits[0] == '0' && digits.find_first_not_of('0') != std::string::npos)
      return error(at, "leading zeros in a decimal integer are not permitted (use 0o for octal)");
    uint64_t mag = 0;
    bool overflow = false;
    for (char ch : digits) {
      const auto d = static_cast<uint64_t>(ch - '0');
      if (mag > (std::numeric_limits<uint64_t>::max() - d) / 10) {
        overflow = true;
        break;
      }
      mag = mag * 10 + d;
    }
    return integer(at, mag, overflow, sign);
  }

  Result<Value> integer(size_t at, uint64_t mag, bool overflow, int sign) {
    constexpr uint64_t kMaxPositive = static_cast<uint64_t>(std::numeric_limits<int64_t>::max());
    if (overflow || mag > kMaxPositive + (sign < 0 ? 1 : 0))
      return error(at, "integer does not fit in 64 bits (expected -2**63 to 2**63-1)");
    if (sign < 0) {
      if (mag == kMaxPositive + 1) return Value::integer(std::numeric_limits<int64_t>::min());
      return Value::integer(-static_cast<int64_t>(mag));
    }
    return Value::integer(static_cast<int64_t>(mag));
  }

  std::string_view src_;
  size_t pos_ = 0;
};

}  // namespace

Result<Value> parse_python_literal(std::string_view text) {
  return Parser(text).parse();
}

}  // namespace precis
