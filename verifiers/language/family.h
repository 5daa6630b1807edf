#pragma once

#include "precis/registry.h"

namespace precis::verifiers::language {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo response_language();
}  // namespace precis::verifiers::language
