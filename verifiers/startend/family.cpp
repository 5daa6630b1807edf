#include "verifiers/startend/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(startend::name());
void register_startend(Registry& r) {
  r.add(startend::end_checker());
  r.add(startend::quotation());
}

}  // namespace precis::verifiers
