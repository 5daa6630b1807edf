#include "verifiers/keywords/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(keywords::name());
void register_keywords(Registry& r) {
  r.add(keywords::exclude_word_harder());
  r.add(keywords::existence());
  r.add(keywords::forbidden_words());
  r.add(keywords::frequency());
  r.add(keywords::keyword_specific_position());
  r.add(keywords::letter_frequency());
  r.add(keywords::no_adjacent_consecutive());
  r.add(keywords::palindrome());
  r.add(keywords::start_end());
  r.add(keywords::word_count_different_numbers());
  r.add(keywords::word_once());
}

}  // namespace precis::verifiers
