// Keyword counting shared by the IFEvalG ids keywords:word_once and
// keywords:word_count_different_numbers (the same count as keywords:frequency).
//
// reference: len(re.findall(keyword.strip(), response, re.IGNORECASE)): non-overlapping substring
//            matches, the keyword read as a Python regex (matching::PyLiteral).
// precise:   non-overlapping whole-word (or whole-phrase) occurrences, full case folding
//            (matching::count_phrase); a blank response fails.
#pragma once

#include <cstdint>

#include "precis/registry.h"
#include "verifiers/common.h"

namespace precis::verifiers::keywords {

/// What the number of occurrences must satisfy.
struct CountTarget {
  bool exactly_one = false;  ///< n == 1 (keywords:word_once)
  int64_t bound = 0;         ///< otherwise: n compared with bound by relation
  Relation relation = Relation::kAtLeast;
};

/// Builds the counting constraint from the kwarg "keyword" (which must be non-empty: upstream
/// draws a random keyword for an empty one) for ctx.semantics.
Result<ConstraintPtr> make_keyword_count(const Kwargs& kwargs, const BuildContext& ctx,
                                         CountTarget target);

/// The error for an empty kwarg that upstream replaces with a random value.
Status random_kwarg_error(const BuildContext& ctx, std::string_view kwarg,
                          std::string_view expected, std::string_view upstream);

}  // namespace precis::verifiers::keywords
