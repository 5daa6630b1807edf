#pragma once

#include "precis/registry.h"

namespace precis::verifiers::length_constraints {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo nth_paragraph_first_word();
VerifierInfo number_paragraphs();
VerifierInfo number_sentences();
VerifierInfo number_words();
}  // namespace precis::verifiers::length_constraints
