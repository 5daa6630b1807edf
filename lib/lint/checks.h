// Internal to lib/lint: the row-level rules of `precis lint`.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/lint.h"
#include "precis/value.h"

namespace precis::lint_internal {

/// One instruction whose kwargs validated (null kwargs dropped).
struct Instr {
  std::string id;
  Value kwargs;  // a dict
  std::optional<int64_t> integer(std::string_view name) const;
  std::string string(std::string_view name) const;
  std::vector<std::string> strings(std::string_view name) const;
};

using Emit =
    std::function<void(LintLevel, std::string_view kind, std::string_view id, std::string message)>;

/// Constraints that cannot hold together (errors) and pairs of the registry's conflict table
/// that precis can neither prove impossible nor possible (warnings).
void check_pairs(const std::vector<Instr>& instrs, bool conflict_table, const Emit& emit);

/// kwargs that the prompt states differently or not at all, and instructions the prompt states
/// that no constraint checks (warnings).
/// `all_ids` are every id of the row, valid or not (an id with bad kwargs still "checks" its
/// instruction: the bad kwargs are reported on their own).
void check_prompt(std::string_view prompt, const std::vector<Instr>& instrs,
                  const std::vector<std::string>& all_ids, const Emit& emit);

/// The English name of a langdetect language code ("hi" -> "Hindi"); "" if unknown.
std::string_view language_name(std::string_view code);

}  // namespace precis::lint_internal
