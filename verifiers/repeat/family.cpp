#include "verifiers/repeat/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(repeat::name());
void register_repeat(Registry& r) {
  r.add(repeat::repeat_change());
  r.add(repeat::repeat_simple());
  r.add(repeat::repeat_span());
}

}  // namespace precis::verifiers
