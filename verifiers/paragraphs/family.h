#pragma once

#include "precis/registry.h"

// Family "paragraphs" (open-instruct IFEvalG). One factory function per verifier, sorted by id;
// each is defined in its own file.
namespace precis::verifiers::paragraphs {
VerifierInfo paragraphs();
VerifierInfo paragraphs2();
}  // namespace precis::verifiers::paragraphs
