#pragma once

#include "precis/registry.h"

namespace precis::verifiers::change_case {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo capital_word_frequency();
VerifierInfo english_capital();
VerifierInfo english_lowercase();
}  // namespace precis::verifiers::change_case
