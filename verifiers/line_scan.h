// Line-scanning helpers shared by the verifiers that look for a marker at the start of a line
// (detectable_content:postscript, detectable_format:multiple_sections).
#pragma once

#include <string_view>

#include "text/unicode.h"

namespace precis::verifiers {

// Marks a line may begin with before its first word: whitespace, markdown heading, emphasis
// and quote marks, and opening quotation marks.
inline bool is_line_decoration(char32_t c) noexcept {
  switch (c) {
    case '#':
    case '*':
    case '_':
    case '>':
    case '"':
    case '\'':
    case 0x201C:  // “
    case 0x2018:  // ‘
    case 0x201E:  // „
    case 0x00AB:  // «
      return true;
    default:
      return text::is_py_space(c);
  }
}

// The ASCII bytes a case-insensitive match of `literal` can start with. A non-ASCII byte may
// always start one (case folding maps some non-ASCII letters to ASCII ones, e.g. U+212A to k).
struct FirstByte {
  bool any = true;
  char lower = 0, upper = 0;
  explicit FirstByte(std::string_view literal) noexcept {
    if (literal.empty() || static_cast<unsigned char>(literal[0]) >= 0x80) return;
    any = false;
    char c = literal[0];
    lower = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
    upper = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
  }
  bool may_start(char c) const noexcept {
    return any || static_cast<unsigned char>(c) >= 0x80 || c == lower || c == upper;
  }
};

}  // namespace precis::verifiers
