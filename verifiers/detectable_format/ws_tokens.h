// Python's str.split() as a callback loop, for the IFEvalG ids that walk whitespace tokens
// (detectable_format:square_brackets, detectable_format:bigram_wrapping) without allocating.
#pragma once

#include <string_view>

#include "text/unicode.h"

namespace precis::verifiers::detectable_format {

/// Calls `f(token)` for every token of Python's `s.split()` (runs of non-whitespace code points,
/// whitespace as str.isspace() sees it), in order. Stops and returns false as soon as `f` returns
/// false; returns true otherwise.
template <class F>
bool for_each_ws_token(std::string_view s, F&& f) {
  const char* begin = s.data();
  const char* end = begin + s.size();
  const char* p = begin;
  const char* token = nullptr;
  while (p < end) {
    auto b = static_cast<unsigned char>(*p);
    text::Decoded d = b < 0x80 ? text::Decoded{b, 1} : text::decode(p, end);
    if (text::is_py_space(d.cp)) {
      if (token && !f(std::string_view(token, static_cast<size_t>(p - token)))) return false;
      token = nullptr;
    } else if (!token) {
      token = p;
    }
    p += d.len;
  }
  if (token && !f(std::string_view(token, static_cast<size_t>(end - token)))) return false;
  return true;
}

}  // namespace precis::verifiers::detectable_format
