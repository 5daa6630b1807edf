#pragma once

#include "precis/registry.h"

namespace precis::verifiers::keywords {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo exclude_word_harder();
VerifierInfo existence();
VerifierInfo forbidden_words();
VerifierInfo frequency();
VerifierInfo keyword_specific_position();
VerifierInfo letter_frequency();
VerifierInfo no_adjacent_consecutive();
VerifierInfo palindrome();
VerifierInfo start_end();
VerifierInfo word_count_different_numbers();
VerifierInfo word_once();
}  // namespace precis::verifiers::keywords
