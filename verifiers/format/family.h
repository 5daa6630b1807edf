#pragma once

#include "precis/registry.h"

namespace precis::verifiers::format {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo emoji();
VerifierInfo line_indent();
VerifierInfo list();
VerifierInfo newline();
VerifierInfo no_bullets_bullets();
VerifierInfo no_whitespace();
VerifierInfo options();
VerifierInfo output_template();
VerifierInfo parentheses();
VerifierInfo quote_unquote();
VerifierInfo quotes();
VerifierInfo sub_bullets();
VerifierInfo thesis();
VerifierInfo title_case();
}  // namespace precis::verifiers::format
