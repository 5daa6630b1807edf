#pragma once

#include "precis/registry.h"

// Family "first_word" (open-instruct IFEvalG). One factory function per verifier, sorted by id;
// each is defined in its own file.
namespace precis::verifiers::first_word {
VerifierInfo first_word_answer();
VerifierInfo first_word_sent();
}  // namespace precis::verifiers::first_word
