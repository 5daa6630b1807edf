#include "verifiers/detectable_format/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(detectable_format::name());
void register_detectable_format(Registry& r) {
  (void)r;
}

}  // namespace precis::verifiers
