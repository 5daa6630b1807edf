// Deterministic language identification (CLD2).
#pragma once

#include <string_view>

#include "precis/text.h"

namespace precis::text {

/// Identifies the main language of `text` with CLD2 (plain text mode). Deterministic.
LanguageGuess detect_language(std::string_view text);

}  // namespace precis::text
