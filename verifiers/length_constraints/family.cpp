#include "verifiers/length_constraints/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(length_constraints::name());
void register_length_constraints(Registry& r) {
  (void)r;
}

}  // namespace precis::verifiers
