// Lint: unit tests for instruction-following prompt datasets, and the pilot-run filter.
//
//   precis::Linter linter;                         // IFEval-style rows
//   std::vector<precis::Finding> findings;
//   precis::Status s = linter.lint_file("prompts.jsonl", findings);   // streams the file
//   for (const auto& f : findings) std::cout << precis::format_finding(f) << "\n";
//
// A row is linted on its own (plus a set of the keys seen so far, to report repeated keys), so
// memory does not grow with the file. Errors are rows that cannot be scored as intended (bad
// kwargs, unknown ids, duplicates, constraints that cannot hold together); warnings are rows
// whose prompt text and constraints disagree. docs/lint.md lists every finding kind.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/batch.h"
#include "precis/constraint.h"
#include "precis/program.h"
#include "precis/spec.h"
#include "precis/status.h"
#include "precis/value.h"

namespace precis {

enum class LintLevel : unsigned char { kError, kWarning };

/// "error" or "warning".
std::string_view lint_level_name(LintLevel level) noexcept;

/// One problem of one row.
struct Finding {
  LintLevel level = LintLevel::kError;
  /// A stable name: bad-row, unknown-id, bad-kwargs, duplicate-constraint, contradiction,
  /// response-fails (errors); conflict-table, kwargs-mismatch, kwargs-unstated,
  /// unchecked-instruction, duplicate-key (warnings).
  std::string kind;
  std::string file;
  size_t line = 0;             ///< 1-based line of the row in `file` (0: not from a file)
  std::optional<int64_t> key;  ///< the row's "key", when it has an integer one
  std::string id;              ///< the instruction id concerned ("" for row-level findings)
  std::string message;         ///< one line
};

/// Every finding kind with its level and a one-line description (for docs and --help).
struct FindingKind {
  std::string_view name;
  LintLevel level;
  std::string_view description;
};
const std::vector<FindingKind>& finding_kinds();

struct LintOptions {
  /// Empty: IFEval rows ({key, prompt, instruction_id_list, kwargs}). Otherwise the column that
  /// holds an open-instruct ground truth (Python literal or JSON), e.g. "ground_truth".
  std::string ground_truth_column;
  /// The column with the prompt text: a string, or a chat ("messages": [{role, content}], the
  /// first user message is taken).
  std::string prompt_column = "prompt";
  /// Compare the prompt text with the kwargs and look for unchecked instructions (warnings).
  bool prompt_checks = true;
  /// Also report pairs of IFEval's generation-time conflict table that precis can neither prove
  /// impossible nor possible (warnings). Off by default: the table is what IFEval's generator
  /// avoided, not what cannot hold (IFEval's own data combines such pairs 30 times, 15 of them as
  /// satisfiable ranges); provable contradictions are reported either way.
  bool conflict_table = false;
  /// For --responses: how reference responses are checked.
  Semantics semantics = Semantics::kPrecise;
  Mode mode = Mode::kStrict;
};

/// Lints rows one at a time. Keeps only the keys seen so far (for duplicate-key) and the
/// optional reference responses.
class Linter {
 public:
  explicit Linter(LintOptions options = {});

  const LintOptions& options() const noexcept { return options_; }

  /// Reference responses: each row whose key (or prompt text) is found is checked with its
  /// program, and a failing instruction is a `response-fails` finding. Rows are {key or prompt,
  /// response} (JSONL).
  Status load_responses(const std::string& path);

  /// Lints one parsed row; findings are appended to `out`.
  void lint_row(const Value& row, std::string_view file, size_t line, std::vector<Finding>& out);

  /// Lints one line of JSONL text (a parse error is a bad-row finding).
  void lint_line(std::string_view text, std::string_view file, size_t line,
                 std::vector<Finding>& out);

  /// Streams a JSONL file line by line. `progress(bytes_done, bytes_total)` is called now and
  /// then (may be empty). Fails only when the file cannot be read.
  Status lint_file(const std::string& path, std::vector<Finding>& out,
                   const std::function<void(uint64_t, uint64_t)>& progress = {});

  size_t rows() const noexcept { return rows_; }

 private:
  LintOptions options_;
  size_t rows_ = 0;
  std::unordered_map<int64_t, std::pair<std::string, size_t>> keys_;  // key -> (file, line)
  std::unordered_map<int64_t, std::string> responses_by_key_;
  std::unordered_map<std::string, std::string> responses_by_prompt_;
};

/// Lints parsed rows (line numbers are 1-based indices into `rows`).
std::vector<Finding> lint_rows(const std::vector<Value>& rows, const LintOptions& options = {});

/// "file:line: error [kind] key 30 startend:quotation: message".
std::string format_finding(const Finding& f);
/// The readable report: a summary per kind and per id, then every finding.
std::string format_lint_report(const std::vector<Finding>& findings, size_t rows);
/// One JSON object per line: {level, kind, file, line, key, id, message}.
std::string finding_to_json(const Finding& f);

// --- refine: the pilot-run filter ---------------------------------------------------------

struct RefineOptions {
  ScoreOptions score;       ///< policy, semantics, mode, preprocessing
  double min_reward = 0.0;  ///< a rollout counts when its reward is above this
  size_t min_passing = 1;   ///< prompts with fewer counting rollouts are dropped
  /// As in LintOptions: empty for IFEval rows, else the ground-truth column.
  std::string ground_truth_column;
  std::string prompt_column = "prompt";
};

struct RefineStats {
  size_t prompts = 0, kept = 0, rollouts = 0, unmatched_rollouts = 0;
  size_t no_rollouts = 0;  ///< prompts without any rollout (dropped)
  /// id -> (prompts carrying it, kept prompts carrying it)
  std::map<std::string, std::pair<size_t, size_t>> per_id;
  /// number of constraints -> (prompts, kept)
  std::map<size_t, std::pair<size_t, size_t>> per_count;
};

/// Scores `rollouts_path` ({key or prompt, response} JSONL, several rows per prompt) with the
/// programs of `dataset_path` and writes the dataset rows that have at least `min_passing`
/// rollouts with reward > `min_reward` to `out_path`, unchanged and in their order.
Result<RefineStats> refine(const std::string& dataset_path, const std::string& rollouts_path,
                           const std::string& out_path, const RefineOptions& options);

std::string format_refine_report(const RefineStats& stats);

}  // namespace precis
