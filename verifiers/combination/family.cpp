#include "verifiers/combination/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(combination::name());
void register_combination(Registry& r) {
  r.add(combination::repeat_prompt());
  r.add(combination::two_responses());
}

}  // namespace precis::verifiers
