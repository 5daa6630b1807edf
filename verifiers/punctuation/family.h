#pragma once

#include "precis/registry.h"

namespace precis::verifiers::punctuation {
VerifierInfo no_comma();
}  // namespace precis::verifiers::punctuation
