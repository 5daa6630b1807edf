#pragma once

#include "precis/registry.h"

// Family "copy" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each is
// defined in its own file.
namespace precis::verifiers::copy {
VerifierInfo copy();
VerifierInfo copying_multiple();
VerifierInfo copying_simple();
VerifierInfo repeat_phrase();
}  // namespace precis::verifiers::copy
