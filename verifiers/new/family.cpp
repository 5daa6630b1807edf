#include "verifiers/new/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(new_::name());
void register_new(Registry& r) {
  r.add(new_::copy_span_idx());
}

}  // namespace precis::verifiers
