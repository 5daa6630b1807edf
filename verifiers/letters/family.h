#pragma once

#include "precis/registry.h"

// Family "letters" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each
// is defined in its own file.
namespace precis::verifiers::letters {
VerifierInfo letter_counting();
VerifierInfo letter_counting2();
}  // namespace precis::verifiers::letters
