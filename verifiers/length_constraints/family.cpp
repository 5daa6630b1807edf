#include "verifiers/length_constraints/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(length_constraints::name());
void register_length_constraints(Registry& r) {
  r.add(length_constraints::nth_paragraph_first_word());
  r.add(length_constraints::number_paragraphs());
  r.add(length_constraints::number_sentences());
  r.add(length_constraints::number_words());
}

}  // namespace precis::verifiers
