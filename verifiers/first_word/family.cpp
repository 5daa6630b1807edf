#include "verifiers/first_word/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(first_word::name());
void register_first_word(Registry& r) {
  r.add(first_word::first_word_answer());
  r.add(first_word::first_word_sent());
}

}  // namespace precis::verifiers
