#include "text/language.h"

#include <cstdio>  // compact_lang_det.h needs it first

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>

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

std::string_view iso_language_code(std::string_view cld2_code) noexcept {
  if (cld2_code == "iw") return "he";
  if (cld2_code == "jw") return "jv";
  return cld2_code;
}

bool matches_reference(const LanguageGuess& g, std::string_view code) noexcept {
  if (!g.has_features) return true;
  return g.reliable && g.code == code;
}

bool matches_confidently(const LanguageGuess& g, std::string_view code) noexcept {
  return g.has_features && g.reliable && g.code == code && g.percent >= kConfidentPercent;
}

LanguageGuess detect_language(std::string_view text) {
  std::string buf;
  if (needs_cleaning(text)) {
    buf = cleaned(text);
    text = buf;
  }
  CLD2::Language lang3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                             CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  // The Ext variant reports UNKNOWN_LANGUAGE when it cannot decide; the plain
  // DetectLanguageSummary would report ENGLISH with 0% instead.
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, /*cld_hints=*/nullptr,
      /*flags=*/0, lang3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  LanguageGuess g;
  g.has_features = text_bytes > 0;
  g.reliable = reliable;
  if (lang == CLD2::UNKNOWN_LANGUAGE || !g.has_features) {
    g.code = "un";
    g.reliable = false;
    return g;
  }
  g.code = iso_language_code(CLD2::LanguageCode(lang));
  for (int i = 0; i < 3; ++i)
    if (lang3[i] == lang) g.percent = percent3[i];
  return g;
}

}  // namespace precis::text
