#include "verifiers/change_case/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(change_case::name());
void register_change_case(Registry& r) {
  (void)r;
}

}  // namespace precis::verifiers
