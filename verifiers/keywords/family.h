#pragma once

#include "precis/registry.h"

namespace precis::verifiers::keywords {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo existence();
VerifierInfo forbidden_words();
VerifierInfo frequency();
VerifierInfo letter_frequency();
}  // namespace precis::verifiers::keywords
