#include "text/language.h"

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>
#include <cstdio>  // compact_lang_det.h needs it first

#include <string>

#include "text/unicode.h"

namespace precis::text {
namespace {

// CLD2 requires interchange-valid UTF-8: ill-formed bytes and control characters become spaces.
bool needs_cleaning(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    if ((d.cp == 0xFFFD && d.len == 1) || (d.cp < 0x20 && d.cp != '\n' && d.cp != '\t') ||
        (d.cp >= 0x7F && d.cp < 0xA0) || (d.cp & 0xFFFE) == 0xFFFE ||
        (d.cp >= 0xFDD0 && d.cp <= 0xFDEF))
      return true;
    p += d.len;
  }
  return false;
}

std::string cleaned(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    bool bad = (d.cp == 0xFFFD && d.len == 1) || (d.cp < 0x20 && d.cp != '\n' && d.cp != '\t') ||
               (d.cp >= 0x7F && d.cp < 0xA0) || (d.cp & 0xFFFE) == 0xFFFE ||
               (d.cp >= 0xFDD0 && d.cp <= 0xFDEF);
    if (bad)
      out.push_back(' ');
    else
      out.append(p, d.len);
    p += d.len;
  }
  return out;
}

}  // namespace

LanguageGuess detect_language(std::string_view text) {
  std::string buf;
  if (needs_cleaning(text)) {
    buf = cleaned(text);
    text = buf;
  }
  CLD2::Language lang3[3];
  int percent3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  CLD2::Language lang =
      CLD2::DetectLanguageSummary(text.data(), static_cast<int>(text.size()),
                                  /*is_plain_text=*/true, lang3, percent3, &text_bytes, &reliable);
  LanguageGuess g;
  g.has_features = text_bytes > 0;
  g.reliable = reliable;
  if (lang == CLD2::UNKNOWN_LANGUAGE || !g.has_features) {
    g.code = "un";
    return g;
  }
  g.code = CLD2::LanguageCode(lang);
  g.percent = percent3[0];
  return g;
}

}  // namespace precis::text
