#include "verifiers/count/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(count::name());
void register_count(Registry& r) {
  r.add(count::conjunctions());
  r.add(count::count_increment_word());
  r.add(count::count_unique());
  r.add(count::counting_composition());
  r.add(count::keywords_multiple());
  r.add(count::lowercase_counting());
  r.add(count::numbers());
  r.add(count::person_names());
  r.add(count::pronouns());
  r.add(count::punctuation());
  r.add(count::unique_word_count());
  r.add(count::word_count_range());
  r.add(count::words_japanese());
}

}  // namespace precis::verifiers
