#pragma once

#include "precis/registry.h"

// Family "count" (open-instruct IFEvalG and IFBench). One factory function per verifier, sorted by
// id; each is defined in its own file.
namespace precis::verifiers::count {
VerifierInfo conjunctions();
VerifierInfo count_increment_word();
VerifierInfo count_unique();
VerifierInfo counting_composition();
VerifierInfo keywords_multiple();
VerifierInfo lowercase_counting();
VerifierInfo numbers();
VerifierInfo person_names();
VerifierInfo pronouns();
VerifierInfo punctuation();
VerifierInfo unique_word_count();
VerifierInfo word_count_range();
VerifierInfo words_japanese();
}  // namespace precis::verifiers::count
