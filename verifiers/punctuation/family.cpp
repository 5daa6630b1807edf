#include "verifiers/punctuation/family.h"

namespace precis::verifiers {

void register_punctuation(Registry& r) {
  r.add(punctuation::no_comma());
  r.add(punctuation::punctuation_dot());
  r.add(punctuation::punctuation_exclamation());
}

}  // namespace precis::verifiers
