#include "verifiers/words/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(words::name());
void register_words(Registry& r) {
  (void)r;
}

}  // namespace precis::verifiers
