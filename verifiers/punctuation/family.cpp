#include "verifiers/punctuation/family.h"

namespace precis::verifiers {

void register_punctuation(Registry& r) {
  r.add(punctuation::no_comma());
}

}  // namespace precis::verifiers
