#include "verifiers/format/family.h"

namespace precis::verifiers {

// One sorted line per verifier: r.add(format::name());
void register_format(Registry& r) {
  r.add(format::emoji());
  r.add(format::line_indent());
  r.add(format::list());
  r.add(format::newline());
  r.add(format::no_bullets_bullets());
  r.add(format::no_whitespace());
  r.add(format::options());
  r.add(format::output_template());
  r.add(format::parentheses());
  r.add(format::quote_unquote());
  r.add(format::quotes());
  r.add(format::sub_bullets());
  r.add(format::thesis());
  r.add(format::title_case());
}

}  // namespace precis::verifiers
