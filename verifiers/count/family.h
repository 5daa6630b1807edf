#pragma once

#include "precis/registry.h"

// Family "count" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each is
// defined in its own file.
namespace precis::verifiers::count {
VerifierInfo count_increment_word();
VerifierInfo count_unique();
VerifierInfo counting_composition();
VerifierInfo lowercase_counting();
}  // namespace precis::verifiers::count
