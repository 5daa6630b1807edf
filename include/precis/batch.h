// Batch scoring: many responses, each with the program of its prompt, on all cores.
//
//   precis::ScoreOptions options;                  // precise semantics, strict, reward "all"
//   options.policy = precis::RewardPolicy::kFraction;
//   options.preprocess = precis::Preprocess::kThink;  // open-instruct's think stripping
//   precis::Scorer scorer(options);
//   auto index = scorer.add_ground_truth(ground_truth_string);  // cached by its text
//   ...
//   precis::BatchView batch{buffer, offsets, program_index, n};
//   precis::BatchResult result;
//   scorer.score_batch(batch, result);               // result.rewards[i], result.passed(i, k)
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "precis/program.h"
#include "precis/spec.h"
#include "precis/status.h"

namespace precis {

/// How the verdicts of one response's constraints become its reward.
enum class RewardPolicy : unsigned char {
  kAll,       ///< 1 if every constraint passes, else 0 (IFEval's prompt-level accuracy)
  kFraction,  ///< the share of constraints that pass (open-instruct's IFEvalVerifier)
  kWeighted,  ///< sum of the weights of the passing constraints / sum of all weights
};

/// What is done to a response before it is checked.
enum class Preprocess : unsigned char {
  kNone,
  /// open-instruct's remove_thinking_section: drop "<|assistant|>", strip, keep the text after
  /// the last "</think>" (all of it when there is none), drop "<answer>"/"</answer>", strip. An
  /// empty answer scores 0 without running a checker.
  kThink,
  /// Keep the text after the last `start_marker` (all when absent) and before the first
  /// following `end_marker` (to the end when absent or empty), then strip.
  kMarkers,
};

struct ScoreOptions {
  Semantics semantics = Semantics::kPrecise;
  /// The upstream IFBench version `reference` reproduces for IFBench ids.
  IfbenchVersion ifbench_version = IfbenchVersion::kHead;
  Mode mode = Mode::kStrict;
  RewardPolicy policy = RewardPolicy::kAll;
  Preprocess preprocess = Preprocess::kNone;
  std::string start_marker;  ///< for kMarkers
  std::string end_marker;    ///< for kMarkers
  /// For kWeighted: weight per instruction id (ids not listed weigh 1).
  std::unordered_map<std::string, double> weights;
  /// Worker threads for score_batch; 0 = all hardware threads.
  unsigned threads = 0;

  /// open-instruct's IFEvalVerifier reward (ground_truth_utils.py): `reference` semantics,
  /// strict, `think` preprocessing, reward = fraction of the constraints satisfied (0 for an
  /// empty answer). open-instruct multiplies this by `verification_reward` (10.0 by default)
  /// in its RewardConfig; precis returns the unscaled fraction.
  static ScoreOptions open_instruct() {
    ScoreOptions o;
    o.semantics = Semantics::kReference;
    o.mode = Mode::kStrict;
    o.policy = RewardPolicy::kFraction;
    o.preprocess = Preprocess::kThink;
    return o;
  }
};

std::string_view policy_name(RewardPolicy p) noexcept;
std::string_view preprocess_name(Preprocess p) noexcept;

/// Applies `options.preprocess` to `response`; the result views `response` or `scratch`.
std::string_view preprocess_response(std::string_view response, const ScoreOptions& options,
                                     std::string& scratch);

/// Responses packed in one UTF-8 buffer (Arrow/cuDF strings layout): response i is
/// buffer[offsets[i], offsets[i+1]); its program is program_index[i].
struct BatchView {
  std::string_view buffer;
  const uint64_t* offsets = nullptr;  ///< size + 1 entries, non-decreasing, within buffer
  const uint32_t* program_index = nullptr;
  size_t size = 0;
  /// Instead of buffer and offsets: one view per response (`size` entries), for callers whose
  /// responses already live in separate buffers (no copy). Used when not null.
  const std::string_view* responses = nullptr;
};

/// Per-response rewards and per-constraint verdicts.
struct BatchResult {
  std::vector<float> rewards;
  /// verdicts[verdict_offsets[i] + k] is constraint k of response i (1 pass, 0 fail).
  std::vector<uint8_t> verdicts;
  std::vector<uint64_t> verdict_offsets;  ///< size + 1 entries
  bool passed(size_t response, size_t constraint) const {
    return verdicts[verdict_offsets[response] + constraint] != 0;
  }
};

/// Compiles specs into programs (cached by spec text) and scores responses with them.
/// add_* and score_* may be called from several threads at once.
class Scorer {
 public:
  explicit Scorer(ScoreOptions options = {});
  ~Scorer();
  Scorer(const Scorer&) = delete;
  Scorer& operator=(const Scorer&) = delete;

  const ScoreOptions& options() const noexcept { return options_; }

  /// Compiles an open-instruct ground truth (Python literal or JSON); the same text returns the
  /// same index without compiling again.
  Result<uint32_t> add_ground_truth(std::string_view ground_truth);
  /// Compiles an IFEval-style row given as JSON text ({instruction_id_list, kwargs, ...}).
  Result<uint32_t> add_row_json(std::string_view row_json);
  /// Compiles parsed instructions (no cache).
  Result<uint32_t> add_instructions(const std::vector<InstructionSpec>& instructions);

  size_t program_count() const;
  const Program& program(uint32_t index) const;

  /// Scores one response with one program; writes the verdicts when `verdicts` is non-null.
  float score(std::string_view response, uint32_t program,
              std::vector<bool>* verdicts = nullptr) const;

  /// Scores a batch in parallel. Fails (and scores nothing) when an offset or program index is
  /// out of range. The result does not depend on the number of threads.
  Status score_batch(const BatchView& batch, BatchResult& result) const;

 private:
  float reward_of(const Program& p, const uint8_t* verdicts) const;
  void score_into(std::string_view response, const Program& p, uint8_t* verdicts, float* reward,
                  Text& text, std::string& scratch) const;

  ScoreOptions options_;
  mutable std::mutex mu_;
  std::vector<std::unique_ptr<Program>> programs_;  // stable addresses
  std::unordered_map<std::string, uint32_t> cache_;
};

}  // namespace precis
