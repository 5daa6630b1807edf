#pragma once

#include "precis/registry.h"

// Family "words" (IFBench word-shape constraints). One factory function per verifier, sorted by id;
// each is defined in its own file.
namespace precis::verifiers::words {

VerifierInfo alphabet();
VerifierInfo consonants();
VerifierInfo keywords_specific_position();
VerifierInfo last_first();
VerifierInfo no_consecutive();
VerifierInfo odd_even_syllables();
VerifierInfo palindrome();
VerifierInfo paragraph_last_first();
VerifierInfo prime_lengths();
VerifierInfo repeats();
VerifierInfo start_verb();
VerifierInfo vowel();
VerifierInfo words_position();

}  // namespace precis::verifiers::words
