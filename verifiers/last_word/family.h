#pragma once

#include "precis/registry.h"

// Family "last_word" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each
// is defined in its own file.
namespace precis::verifiers::last_word {}  // namespace precis::verifiers::last_word
