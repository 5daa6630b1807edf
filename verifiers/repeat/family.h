#pragma once

#include "precis/registry.h"

// Family "repeat" (IFBench). One factory function per verifier, sorted by id; each is defined in
// its own file.
namespace precis::verifiers::repeat {
VerifierInfo repeat_change();
VerifierInfo repeat_simple();
VerifierInfo repeat_span();
}  // namespace precis::verifiers::repeat
