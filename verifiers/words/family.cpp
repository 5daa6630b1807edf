#include "verifiers/words/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(words::name());
void register_words(Registry& r) {
  r.add(words::alphabet());
  r.add(words::consonants());
  r.add(words::keywords_specific_position());
  r.add(words::last_first());
  r.add(words::no_consecutive());
  r.add(words::odd_even_syllables());
  r.add(words::palindrome());
  r.add(words::paragraph_last_first());
  r.add(words::prime_lengths());
  r.add(words::repeats());
  r.add(words::start_verb());
  r.add(words::vowel());
  r.add(words::words_position());
}

}  // namespace precis::verifiers
