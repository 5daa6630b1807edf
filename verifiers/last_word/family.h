#pragma once

#include "precis/registry.h"

// Family "last_word" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each
// is defined in its own file.
namespace precis::verifiers::last_word {
VerifierInfo last_word_answer();
VerifierInfo last_word_sent();
}  // namespace precis::verifiers::last_word
