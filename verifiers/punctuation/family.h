#pragma once

#include "precis/registry.h"

namespace precis::verifiers::punctuation {
VerifierInfo no_comma();
VerifierInfo punctuation_dot();
VerifierInfo punctuation_exclamation();
}  // namespace precis::verifiers::punctuation
