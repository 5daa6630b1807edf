#include "verifiers/last_word/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(last_word::name());
void register_last_word(Registry& r) {
  r.add(last_word::last_word_answer());
  r.add(last_word::last_word_sent());
}

}  // namespace precis::verifiers
