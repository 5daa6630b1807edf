#pragma once

#include "precis/registry.h"

// Family "new" (open-instruct IFEvalG). One factory function per verifier, sorted by id; each is
// defined in its own file.
namespace precis::verifiers::new_ {
VerifierInfo copy_span_idx();
}  // namespace precis::verifiers::new_
