#include "verifiers/keywords/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(keywords::name());
void register_keywords(Registry& r) {
  r.add(keywords::existence());
  r.add(keywords::forbidden_words());
  r.add(keywords::frequency());
  r.add(keywords::letter_frequency());
}

}  // namespace precis::verifiers
