#include "verifiers/words/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(words::name());
void register_words(Registry& r) {
  r.add(words::words_position());
}

}  // namespace precis::verifiers
