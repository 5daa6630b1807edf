#include "verifiers/detectable_format/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(detectable_format::name());
void register_detectable_format(Registry& r) {
  r.add(detectable_format::bigram_wrapping());
  r.add(detectable_format::constrained_response());
  r.add(detectable_format::json_format());
  r.add(detectable_format::multiple_sections());
  r.add(detectable_format::number_bullet_lists());
  r.add(detectable_format::number_highlighted_sections());
  r.add(detectable_format::sentence_hyphens());
  r.add(detectable_format::square_brackets());
  r.add(detectable_format::title());
}

}  // namespace precis::verifiers
