// Placeholder: the Python-literal parser lands in its own change.
#include "precis/spec.h"

namespace precis {
Result<Value> parse_python_literal(std::string_view text) {
  (void)text;
  return Status(StatusCode::kUnimplemented, "Python literals are not supported yet");
}
}  // namespace precis
