// Small text helpers shared by the IFBench ids of the count family (Python's string.punctuation
// and str.strip(chars) on ASCII punctuation, as IFBench's checkers use them).
#pragma once

#include <string_view>

namespace precis::verifiers::count {

/// One of the 32 characters of Python's string.punctuation.
constexpr bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

/// Python's s.strip(string.punctuation + ' '): ASCII punctuation and spaces off both ends.
/// (Both are single bytes, so a byte scan never splits a UTF-8 sequence.)
inline std::string_view strip_punct_space(std::string_view s) noexcept {
  size_t b = 0, e = s.size();
  while (b < e && (is_ascii_punct(s[b]) || s[b] == ' '))
    ++b;
  while (e > b && (is_ascii_punct(s[e - 1]) || s[e - 1] == ' '))
    --e;
  return s.substr(b, e - b);
}

}  // namespace precis::verifiers::count
