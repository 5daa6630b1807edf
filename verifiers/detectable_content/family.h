#pragma once

#include "precis/registry.h"

namespace precis::verifiers::detectable_content {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo number_placeholders();
VerifierInfo postscript();
}  // namespace precis::verifiers::detectable_content
