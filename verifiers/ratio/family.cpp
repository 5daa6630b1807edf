#include "verifiers/ratio/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(ratio::name());
void register_ratio(Registry& r) {
  r.add(ratio::overlap());
  r.add(ratio::sentence_balance());
  r.add(ratio::sentence_type());
  r.add(ratio::sentence_words());
  r.add(ratio::stop_words());
}

}  // namespace precis::verifiers
