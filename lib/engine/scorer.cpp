#include <fmt/format.h>

#include "engine/thread_pool.h"
#include "precis/batch.h"
#include "text/unicode.h"

namespace precis {

std::string_view policy_name(RewardPolicy p) noexcept {
  switch (p) {
    case RewardPolicy::kAll:
      return "all";
    case RewardPolicy::kFraction:
      return "fraction";
    case RewardPolicy::kWeighted:
      return "weighted";
  }
  return "?";
}

std::string_view preprocess_name(Preprocess p) noexcept {
  switch (p) {
    case Preprocess::kNone:
      return "none";
    case Preprocess::kThink:
      return "think";
    case Preprocess::kMarkers:
      return "markers";
  }
  return "?";
}

namespace {

void erase_all(std::string& s, std::string_view what) {
  if (what.empty()) return;
  size_t out = 0;
  for (size_t i = 0; i < s.size();) {
    if (s.compare(i, what.size(), what) == 0) {
      i += what.size();
    } else {
      s[out++] = s[i++];
    }
  }
  s.resize(out);
}

}  // namespace

std::string_view preprocess_response(std::string_view response, const ScoreOptions& options,
                                     std::string& scratch) {
  switch (options.preprocess) {
    case Preprocess::kNone:
      return response;
    case Preprocess::kThink: {
      // open-instruct remove_thinking_section.
      scratch.assign(response);
      erase_all(scratch, "<|assistant|>");
      std::string_view s = text::py_strip(scratch);
      size_t close = s.rfind("</think>");
      if (close != std::string_view::npos) s = s.substr(close + 8);
      std::string answer(s);
      erase_all(answer, "<answer>");
      erase_all(answer, "</answer>");
      scratch = std::string(text::py_strip(answer));
      return scratch;
    }
    case Preprocess::kMarkers: {
      std::string_view s = response;
      if (!options.start_marker.empty()) {
        size_t start = s.rfind(options.start_marker);
        if (start != std::string_view::npos) s = s.substr(start + options.start_marker.size());
      }
      if (!options.end_marker.empty()) {
        size_t end = s.find(options.end_marker);
        if (end != std::string_view::npos) s = s.substr(0, end);
      }
      return text::py_strip(s);
    }
  }
  return response;
}

Scorer::Scorer(ScoreOptions options) : options_(std::move(options)) {}
Scorer::~Scorer() = default;

Result<uint32_t> Scorer::add_instructions(const std::vector<InstructionSpec>& instructions) {
  if (instructions.empty())
    return invalid_argument("a program needs at least one instruction (the spec holds none)");
  auto program = Program::compile(instructions, options_.semantics, options_.ifbench_version);
  if (!program.ok()) return program.status();
  std::lock_guard<std::mutex> lock(mu_);
  programs_.push_back(std::make_unique<Program>(std::move(program).value()));
  return static_cast<uint32_t>(programs_.size() - 1);
}

Result<uint32_t> Scorer::add_ground_truth(std::string_view ground_truth) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = cache_.find(std::string(ground_truth));
    if (it != cache_.end()) return it->second;
  }
  auto instructions = parse_ground_truth(ground_truth);
  if (!instructions.ok()) return instructions.status();
  auto index = add_instructions(*instructions);
  if (!index.ok()) return index;
  std::lock_guard<std::mutex> lock(mu_);
  cache_.emplace(std::string(ground_truth), *index);
  return index;
}

Result<uint32_t> Scorer::add_row_json(std::string_view row_json) {
  auto row = parse_json(row_json);
  if (!row.ok()) return row.status();
  auto spec = prompt_spec_from_row(*row);
  if (!spec.ok()) return spec.status();
  return add_instructions(spec->instructions);
}

size_t Scorer::program_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return programs_.size();
}

const Program& Scorer::program(uint32_t index) const {
  std::lock_guard<std::mutex> lock(mu_);
  return *programs_.at(index);
}

float Scorer::reward_of(const Program& p, const uint8_t* verdicts) const {
  const size_t n = p.size();
  if (n == 0) return 0.0f;
  switch (options_.policy) {
    case RewardPolicy::kAll:
      for (size_t k = 0; k < n; ++k)
        if (!verdicts[k]) return 0.0f;
      return 1.0f;
    case RewardPolicy::kFraction: {
      size_t passed = 0;
      for (size_t k = 0; k < n; ++k)
        passed += verdicts[k];
      return static_cast<float>(static_cast<double>(passed) / static_cast<double>(n));
    }
    case RewardPolicy::kWeighted: {
      double total = 0, got = 0;
      for (size_t k = 0; k < n; ++k) {
        auto it = options_.weights.find(p.id(k));
        double w = it == options_.weights.end() ? 1.0 : it->second;
        total += w;
        if (verdicts[k]) got += w;
      }
      return total > 0 ? static_cast<float>(got / total) : 0.0f;
    }
  }
  return 0.0f;
}

void Scorer::score_into(std::string_view response, const Program& p, uint8_t* verdicts,
                        float* reward, Text& text, std::string& scratch) const {
  std::string_view answer = preprocess_response(response, options_, scratch);
  const size_t n = p.size();
  for (size_t k = 0; k < n; ++k)
    verdicts[k] = 0;
  // open-instruct: an empty prediction or answer scores 0 without running a checker.
  bool empty = text::py_strip(response).empty() || text::py_strip(answer).empty();
  if (!empty) {
    if (options_.mode == Mode::kStrict) {
      text.reset(answer);
      for (size_t k = 0; k < n; ++k)
        verdicts[k] = p.constraint(k).check(text, nullptr) ? 1 : 0;
    } else {
      std::vector<bool> v;
      p.check(answer, Mode::kLoose, v);
      for (size_t k = 0; k < n; ++k)
        verdicts[k] = v[k] ? 1 : 0;
    }
  }
  *reward = reward_of(p, verdicts);
}

float Scorer::score(std::string_view response, uint32_t program,
                    std::vector<bool>* verdicts) const {
  const Program& p = this->program(program);
  std::vector<uint8_t> v(p.size());
  float reward = 0;
  Text text;
  std::string scratch;
  score_into(response, p, v.data(), &reward, text, scratch);
  if (verdicts) verdicts->assign(v.begin(), v.end());
  return reward;
}

Status Scorer::score_batch(const BatchView& batch, BatchResult& result) const {
  const size_t n = batch.size;
  if (n > 0 && ((!batch.offsets && !batch.responses) || !batch.program_index))
    return invalid_argument("batch: offsets (or responses) and program_index must not be null");
  std::vector<const Program*> programs(n);
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (size_t i = 0; i < n; ++i) {
      uint32_t pi = batch.program_index[i];
      if (pi >= programs_.size())
        return invalid_argument(fmt::format(
            "batch: response {} names program {}, but only {} exist", i, pi, programs_.size()));
      programs[i] = programs_[pi].get();
    }
  }
  result.rewards.assign(n, 0.0f);
  result.verdict_offsets.assign(n + 1, 0);
  for (size_t i = 0; i < n; ++i) {
    if (!batch.responses) {
      uint64_t b = batch.offsets[i], e = batch.offsets[i + 1];
      if (b > e || e > batch.buffer.size())
        return invalid_argument(
            fmt::format("batch: response {} has offsets [{}, {}) outside the {}-byte buffer", i, b,
                        e, batch.buffer.size()));
    }
    result.verdict_offsets[i + 1] = result.verdict_offsets[i] + programs[i]->size();
  }
  result.verdicts.assign(result.verdict_offsets[n], 0);
  engine::parallel_for(n, 16, options_.threads, [&](size_t begin, size_t end) {
    thread_local Text text;
    thread_local std::string scratch;
    for (size_t i = begin; i < end; ++i) {
      std::string_view response =
          batch.responses
              ? batch.responses[i]
              : batch.buffer.substr(batch.offsets[i], batch.offsets[i + 1] - batch.offsets[i]);
      score_into(response, *programs[i], result.verdicts.data() + result.verdict_offsets[i],
                 &result.rewards[i], text, scratch);
    }
  });
  return Status();
}

}  // namespace precis
