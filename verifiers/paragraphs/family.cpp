#include "verifiers/paragraphs/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(paragraphs::name());
void register_paragraphs(Registry& r) {
  r.add(paragraphs::paragraphs());
  r.add(paragraphs::paragraphs2());
}

}  // namespace precis::verifiers
