// Vectorized `precise` word splitting for ASCII text: the same spans as text::precise_words
// (lib/text/unicode.h) on a text with no byte >= 0x80, found 64 bytes at a time. Text::words()
// uses it when Text::counts() says the text is ASCII (about 9 responses in 10 of the shared
// GPT-4 data) and the code-point loop otherwise.
#pragma once

#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::simd {

/// Appends the `precise` words of `ascii` (every byte < 0x80; other bytes are treated as
/// separators, which is *not* what text::precise_words does with them) as byte spans: runs of
/// ASCII letters and digits, with an apostrophe or hyphen kept inside when it stands between
/// two letters.
void ascii_precise_words(std::string_view ascii, std::vector<Span>& out);

}  // namespace precis::simd
