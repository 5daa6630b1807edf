#pragma once

#include "precis/registry.h"

// Family "ratio" (IFBench ratios over words and sentences). One factory function per verifier,
// sorted by id; each is defined in its own file.
namespace precis::verifiers::ratio {

VerifierInfo overlap();
VerifierInfo sentence_balance();
VerifierInfo sentence_type();
VerifierInfo sentence_words();
VerifierInfo stop_words();

}  // namespace precis::verifiers::ratio
