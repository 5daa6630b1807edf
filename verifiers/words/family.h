#pragma once

#include "precis/registry.h"

// Family "words" (IFBench word-shape constraints). One factory function per verifier, sorted by id;
// each is defined in its own file.
namespace precis::verifiers::words {

VerifierInfo words_position();

}  // namespace precis::verifiers::words
