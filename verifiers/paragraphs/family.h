#pragma once

#include "precis/registry.h"

// Family "paragraphs" (open-instruct IFEvalG). One factory function per verifier, sorted by id;
// each is defined in its own file.
namespace precis::verifiers::paragraphs {}  // namespace precis::verifiers::paragraphs
