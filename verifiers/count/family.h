#pragma once

#include "precis/registry.h"

// Family "count" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each is
// defined in its own file.
namespace precis::verifiers::count {}  // namespace precis::verifiers::count
