// IFEval's evaluation protocol: prompts + responses -> strict and loose verdicts and accuracies.
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "precis/program.h"
#include "precis/spec.h"
#include "precis/status.h"

namespace precis {

/// One evaluated prompt: its spec, the response it was joined with, verdicts per instruction.
struct EvaluatedPrompt {
  PromptSpec spec;
  std::string response;
  std::vector<bool> strict;
  std::vector<bool> loose;
};

/// Accuracy counts for one mode.
struct Accuracy {
  size_t prompts = 0, prompts_followed = 0;
  size_t instructions = 0, instructions_followed = 0;
  std::map<std::string, std::pair<size_t, size_t>> per_family;  ///< family -> (followed, total)
  std::map<std::string, std::pair<size_t, size_t>> per_id;      ///< id -> (followed, total)
  double prompt_level() const { return prompts ? double(prompts_followed) / double(prompts) : 0; }
  double instruction_level() const {
    return instructions ? double(instructions_followed) / double(instructions) : 0;
  }
};

Accuracy accuracy(const std::vector<EvaluatedPrompt>& results, Mode mode);

/// Reads IFEval-style prompt rows (JSONL). Errors name the file and line.
Result<std::vector<PromptSpec>> load_prompts(const std::string& path);

/// Reads {prompt, response} rows (JSONL) into a prompt -> response map (a later row wins, as a
/// Python dict would). Errors name the file and line.
Result<std::map<std::string, std::string, std::less<>>> load_responses(const std::string& path);

struct EvaluateOptions {
  Semantics semantics = Semantics::kReference;
  /// The upstream IFBench version `reference` reproduces for IFBench ids.
  IfbenchVersion ifbench_version = IfbenchVersion::kHead;
  /// Called after each prompt with (done, total); may be empty.
  std::function<void(size_t, size_t)> progress;
  /// Skip prompts that have no response (current IFBench does, with a warning) instead of
  /// failing; each skipped prompt's key (or "prompt row N") is appended to `unanswered`.
  bool skip_unanswered = false;
  std::vector<std::string>* unanswered = nullptr;
  /// Count an instruction that cannot be built (unknown id, bad kwargs, a value on which
  /// upstream draws at random) as not followed, instead of failing the whole evaluation; each
  /// one's error, prefixed with the prompt's key, is appended to `unbuildable`.
  bool unbuildable_fails = false;
  std::vector<std::string>* unbuildable = nullptr;
};

/// Compiles each prompt's program, joins the response by prompt text (exactly, or else ignoring
/// surrounding whitespace, as IFBench does; a missing prompt is an error naming the key unless
/// options.skip_unanswered), and checks strictly and loosely.
Result<std::vector<EvaluatedPrompt>> evaluate(
    const std::vector<PromptSpec>& prompts,
    const std::map<std::string, std::string, std::less<>>& responses,
    const EvaluateOptions& options);

/// The upstream report (evaluation_main's print_report) for one mode, as text.
std::string format_report(const std::vector<EvaluatedPrompt>& results, Mode mode,
                          std::string_view output_file_name);

/// Writes eval_results_{strict,loose}.jsonl rows in the upstream format (sorted keys,
/// ensure_ascii escaping).
Status write_results(const std::vector<EvaluatedPrompt>& results, Mode mode,
                     const std::string& path);

/// One upstream-format result row as JSON text (no newline).
std::string result_row_json(const EvaluatedPrompt& r, Mode mode);

}  // namespace precis
