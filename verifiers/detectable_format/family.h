#pragma once

#include "precis/registry.h"

namespace precis::verifiers::detectable_format {
// One factory function per verifier, sorted by id; each is defined in its own file.
VerifierInfo bigram_wrapping();
VerifierInfo constrained_response();
VerifierInfo json_format();
VerifierInfo multiple_sections();
VerifierInfo number_bullet_lists();
VerifierInfo number_highlighted_sections();
VerifierInfo sentence_hyphens();
VerifierInfo square_brackets();
VerifierInfo title();
}  // namespace precis::verifiers::detectable_format
