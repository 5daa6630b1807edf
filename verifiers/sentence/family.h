#pragma once

#include "precis/registry.h"

// Family "sentence" (IFBench per-sentence patterns). One factory function per verifier, sorted by
// id; each is defined in its own file.
namespace precis::verifiers::sentence {

VerifierInfo alliteration_increment();
VerifierInfo increment();
VerifierInfo keyword();

}  // namespace precis::verifiers::sentence
