#include "verifiers/letters/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(letters::name());
void register_letters(Registry& r) {
  r.add(letters::letter_counting());
  r.add(letters::letter_counting2());
}

}  // namespace precis::verifiers
