#pragma once

#include "precis/registry.h"

namespace precis::verifiers::combination {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo repeat_prompt();
VerifierInfo two_responses();
}  // namespace precis::verifiers::combination
