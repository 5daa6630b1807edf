// Program: the compiled constraints of one prompt, checked strictly or loosely.
#pragma once

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "precis/constraint.h"
#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/status.h"

namespace precis {

/// IFEval's two ways of reading a response.
///  - kStrict: the response as it is.
///  - kLoose: the instruction is followed if any of 8 variants follows it (the response, without
///    its first line, without its last line, without both; each also with every '*' removed).
enum class Mode : unsigned char { kStrict, kLoose };

/// The 8 loose variants of a response, in IFEval's order: response, response without '*', then
/// first line dropped, last line dropped, both dropped (each stripped), then those without '*'.
std::array<std::string, 8> loose_variants(std::string_view response);

/// The constraints of one prompt, compiled once and checked many times. Immutable and
/// thread-safe after compile().
class Program {
 public:
  /// Builds every instruction; the first error is returned, naming the instruction's index and id.
  static Result<Program> compile(const std::vector<InstructionSpec>& instructions,
                                 Semantics semantics,
                                 IfbenchVersion ifbench_version = IfbenchVersion::kHead);

  size_t size() const noexcept { return constraints_.size(); }
  const std::string& id(size_t i) const noexcept { return ids_[i]; }
  const Constraint& constraint(size_t i) const noexcept { return *constraints_[i]; }
  Semantics semantics() const noexcept { return semantics_; }

  /// Checks `response` and writes one verdict per instruction into `out` (resized). A blank
  /// response fails every instruction, as IFEval does.
  void check(std::string_view response, Mode mode, std::vector<bool>& out) const;

 private:
  Semantics semantics_ = Semantics::kPrecise;
  std::vector<std::string> ids_;
  std::vector<ConstraintPtr> constraints_;
};

}  // namespace precis
