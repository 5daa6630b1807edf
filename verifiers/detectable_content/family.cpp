#include "verifiers/detectable_content/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(detectable_content::name());
void register_detectable_content(Registry& r) {
  r.add(detectable_content::number_placeholders());
  r.add(detectable_content::postscript());
}

}  // namespace precis::verifiers
