#pragma once

#include "precis/registry.h"

// Family "custom" (IFBench one-off tasks). One factory function per verifier, sorted by id; each
// is defined in its own file.
namespace precis::verifiers::custom {
VerifierInfo character_reverse();
VerifierInfo csv_city();
VerifierInfo csv_quotes();
VerifierInfo csv_special_character();
VerifierInfo date_format_list();
VerifierInfo european_capitals_sort();
VerifierInfo mcq_count_length();
VerifierInfo multiples();
VerifierInfo reverse_newline();
VerifierInfo sentence_alphabet();
VerifierInfo word_reverse();
}  // namespace precis::verifiers::custom
