// IFBench's normalize_text(): unicodedata.normalize('NFKD', s).encode('ASCII', 'ignore'), i.e.
// NFKD and then every non-ASCII code point dropped.
#pragma once

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <string>
#include <string_view>

namespace precis::verifiers::custom {

/// NFKD of `s` with every non-ASCII code point removed. Ill-formed UTF-8 decodes as U+FFFD,
/// which is dropped.
inline std::string nfkd_ascii(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(status);
  icu::UnicodeString in =
      icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  std::string out;
  if (U_FAILURE(status)) return out;
  icu::UnicodeString norm = nfkd->normalize(in, status);
  if (U_FAILURE(status)) return out;
  out.reserve(static_cast<size_t>(norm.length()));
  for (int32_t i = 0; i < norm.length(); ++i) {
    char16_t c = norm.charAt(i);
    if (c < 0x80) out += static_cast<char>(c);
  }
  return out;
}

}  // namespace precis::verifiers::custom
