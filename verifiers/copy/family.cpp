#include "verifiers/copy/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(copy::name());
void register_copy(Registry& r) {
  r.add(copy::copy());
  r.add(copy::copying_multiple());
  r.add(copy::copying_simple());
  r.add(copy::repeat_phrase());
}

}  // namespace precis::verifiers
