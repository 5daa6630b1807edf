#include "verifiers/language/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(language::name());
void register_language(Registry& r) {
  r.add(language::response_language());
}

}  // namespace precis::verifiers
