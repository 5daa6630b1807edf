// paragraphs:paragraphs: exactly 2 paragraphs separated by the markdown divider `***`.
//
// open-instruct IFEvalG's check is IFEval's number_paragraphs with N fixed at 2, so precis builds
// length_constraints:number_paragraphs's constraint with num_paragraphs = 2 (both semantics,
// same precise differences).
#include <utility>

#include "verifiers/common.h"
#include "verifiers/length_constraints/family.h"
#include "verifiers/paragraphs/family.h"

namespace precis::verifiers::paragraphs {
namespace {

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  static const Factory number_paragraphs = length_constraints::number_paragraphs().factory;
  Kwargs two(Value::Dict{{"num_paragraphs", Value::integer(2)}});
  return number_paragraphs(two, ctx);
}

}  // namespace

VerifierInfo paragraphs() {
  VerifierInfo info;
  info.id = "paragraphs:paragraphs";
  info.suite = "IFEvalG";
  info.summary =
      "The response must have exactly 2 paragraphs, separated by the markdown divider `***` (the "
      "check of `length_constraints:number_paragraphs` with `num_paragraphs` = 2).";
  info.precise_differences = length_constraints::number_paragraphs().precise_differences;
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::paragraphs
