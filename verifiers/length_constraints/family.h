#pragma once

#include "precis/registry.h"

namespace precis::verifiers::length_constraints {
// One factory function per verifier, sorted by id; each is defined in its own file.
}  // namespace precis::verifiers::length_constraints
