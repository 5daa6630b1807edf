#include "verifiers/change_case/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(change_case::name());
void register_change_case(Registry& r) {
  r.add(change_case::capital_word_frequency());
  r.add(change_case::english_capital());
  r.add(change_case::english_lowercase());
}

}  // namespace precis::verifiers
