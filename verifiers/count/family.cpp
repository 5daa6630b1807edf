#include "verifiers/count/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(count::name());
void register_count(Registry& r) {
  r.add(count::count_increment_word());
  r.add(count::count_unique());
  r.add(count::counting_composition());
  r.add(count::lowercase_counting());
}

}  // namespace precis::verifiers
