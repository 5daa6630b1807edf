#include "verifiers/custom/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(custom::name());
void register_custom(Registry& r) {
  r.add(custom::character_reverse());
  r.add(custom::csv_city());
  r.add(custom::csv_quotes());
  r.add(custom::csv_special_character());
  r.add(custom::date_format_list());
  r.add(custom::european_capitals_sort());
  r.add(custom::mcq_count_length());
  r.add(custom::multiples());
  r.add(custom::reverse_newline());
  r.add(custom::sentence_alphabet());
  r.add(custom::word_reverse());
}

}  // namespace precis::verifiers
