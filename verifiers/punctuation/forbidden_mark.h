// A constraint shared by punctuation:punctuation_dot and punctuation:punctuation_exclamation:
// the response must not contain one ASCII punctuation mark.
//
// reference: the ASCII mark does not occur (open-instruct IFEvalG: `re.search` for it).
// precise:   neither the ASCII mark nor any of its look-alikes occurs, and a blank response
//            (only whitespace and zero-width characters) fails.
#pragma once

#include <cstddef>
#include <string_view>

#include "precis/constraint.h"
#include "precis/registry.h"

namespace precis::verifiers::punctuation {

/// The mark a constraint forbids: the ASCII character, its name for reasons, and the code points
/// that `precise` treats as the same mark.
struct ForbiddenMark {
  char ascii;
  std::string_view name;  ///< "full stop", "exclamation mark"
  const char32_t* lookalikes;
  size_t lookalike_count;
};

class NoMark final : public Constraint {
 public:
  NoMark(const ForbiddenMark& mark, Semantics s)
      : mark_(mark), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override;

 private:
  const ForbiddenMark& mark_;
  bool precise_;
};

}  // namespace precis::verifiers::punctuation
