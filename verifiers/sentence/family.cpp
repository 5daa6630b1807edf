#include "verifiers/sentence/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(sentence::name());
void register_sentence(Registry& r) {
  r.add(sentence::alliteration_increment());
  r.add(sentence::increment());
  r.add(sentence::keyword());
}

}  // namespace precis::verifiers
