// Every verifier family, registered explicitly (no self-registering statics).
#include "precis/registry.h"

namespace precis::verifiers {
void register_punctuation(Registry& r);
}  // namespace precis::verifiers

namespace precis {

const Registry& Registry::global() {
  static const Registry registry = [] {
    Registry r;
    verifiers::register_punctuation(r);
    return r;
  }();
  return registry;
}

}  // namespace precis
