#pragma once

#include "precis/registry.h"

namespace precis::verifiers::startend {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo end_checker();
VerifierInfo quotation();
}  // namespace precis::verifiers::startend
