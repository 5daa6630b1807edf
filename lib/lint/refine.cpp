// refine: the pilot-run filter. Keeps the prompts on which enough rollouts earned a reward.
#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <optional>
#include <unordered_map>

#include "precis/lint.h"

namespace precis {
namespace {

std::optional<std::string> prompt_text(const Value& row, const std::string& column) {
  const Value* p = row.find(column);
  if (!p && column == "prompt") p = row.find("messages");
  if (!p) return std::nullopt;
  if (p->is_string()) return p->as_string();
  if (p->is_list())
    for (const auto& m : p->as_list()) {
      const Value* role = m.find("role");
      const Value* content = m.find("content");
      if (role && role->is_string() && role->as_string() == "user" && content &&
          content->is_string())
        return content->as_string();
    }
  return std::nullopt;
}

bool blank(std::string_view s) {
  return s.find_first_not_of(" \t\r") == std::string_view::npos;
}

struct Row {
  uint32_t program = 0;
  size_t passing = 0, rollouts = 0;
};

}  // namespace

Result<RefineStats> refine(const std::string& dataset_path, const std::string& rollouts_path,
                           const std::string& out_path, const RefineOptions& options) {
  if (options.min_passing == 0)
    return invalid_argument("--min-passing must be at least 1 (0 would keep every prompt)");
  ScoreOptions score = options.score;
  Scorer scorer(score);
  std::vector<Row> rows;
  std::unordered_map<int64_t, size_t> by_key;
  std::unordered_map<std::string, size_t> by_prompt;
  RefineStats stats;

  // Pass 1: compile each row's program (the Scorer caches identical specs).
  {
    std::ifstream in(dataset_path, std::ios::binary);
    if (!in) return io_error(fmt::format("cannot open \"{}\"", dataset_path));
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (blank(line)) continue;
      std::string where = fmt::format("{}:{}", dataset_path, line_no);
      auto row = parse_json(line);
      if (!row.ok()) return row.status().with_context(where);
      Result<uint32_t> program = 0u;
      if (options.ground_truth_column.empty()) {
        program = scorer.add_row_json(line);
      } else {
        const Value* gt = row->find(options.ground_truth_column);
        if (!gt)
          return invalid_argument(
              fmt::format("{}: missing \"{}\"", where, options.ground_truth_column));
        program = scorer.add_ground_truth(gt->is_string() ? gt->as_string() : gt->to_json());
      }
      if (!program.ok())
        return Status(program.status().code(),
                      fmt::format("{}: {} (run `precis lint` on the dataset first)", where,
                                  program.status().message()));
      size_t index = rows.size();
      rows.push_back({*program, 0, 0});
      if (const Value* k = row->find("key"); k && k->is_int()) by_key.emplace(k->as_int(), index);
      if (auto p = prompt_text(*row, options.prompt_column)) by_prompt.emplace(*p, index);
    }
  }

  // Pass 2: score every rollout with its row's program.
  {
    std::ifstream in(rollouts_path, std::ios::binary);
    if (!in) return io_error(fmt::format("cannot open \"{}\"", rollouts_path));
    std::string line;
    size_t line_no = 0;
    while (std::getline(in, line)) {
      ++line_no;
      if (blank(line)) continue;
      std::string where = fmt::format("{}:{}", rollouts_path, line_no);
      auto row = parse_json(line);
      if (!row.ok()) return row.status().with_context(where);
      const Value* response = row->find("response");
      if (!response || !response->is_string())
        return invalid_argument(fmt::format("{}: missing \"response\" (a string)", where));
      ++stats.rollouts;
      size_t index = rows.size();
      if (const Value* k = row->find("key"); k && k->is_int()) {
        auto it = by_key.find(k->as_int());
        if (it != by_key.end()) index = it->second;
      }
      if (index == rows.size())
        if (auto p = prompt_text(*row, options.prompt_column)) {
          auto it = by_prompt.find(*p);
          if (it != by_prompt.end()) index = it->second;
        }
      if (index == rows.size()) {
        ++stats.unmatched_rollouts;
        continue;
      }
      float reward = scorer.score(response->as_string(), rows[index].program);
      rows[index].rollouts++;
      if (reward > options.min_reward) rows[index].passing++;
    }
  }

  // Pass 3: write the kept rows unchanged.
  {
    std::ifstream in(dataset_path, std::ios::binary);
    if (!in) return io_error(fmt::format("cannot open \"{}\"", dataset_path));
    std::ofstream out(out_path, std::ios::binary | std::ios::trunc);
    if (!out) return io_error(fmt::format("cannot write \"{}\"", out_path));
    std::string line;
    size_t index = 0;
    while (std::getline(in, line)) {
      if (blank(line)) continue;
      if (index >= rows.size()) break;
      const Row& r = rows[index];
      const Program& program = scorer.program(r.program);
      bool keep = r.passing >= options.min_passing;
      ++stats.prompts;
      if (r.rollouts == 0) ++stats.no_rollouts;
      if (keep) {
        ++stats.kept;
        out << line << '\n';
      }
      auto& count = stats.per_count[program.size()];
      count.first++;
      if (keep) count.second++;
      std::vector<std::string> seen;
      for (size_t i = 0; i < program.size(); ++i) {
        const std::string& id = program.id(i);
        if (std::find(seen.begin(), seen.end(), id) != seen.end()) continue;
        seen.push_back(id);
        auto& c = stats.per_id[id];
        c.first++;
        if (keep) c.second++;
      }
      ++index;
    }
    out.flush();
    if (!out) return io_error(fmt::format("error writing \"{}\"", out_path));
  }
  return stats;
}

std::string format_refine_report(const RefineStats& s) {
  auto pct = [](size_t a, size_t b) { return b ? 100.0 * static_cast<double>(a) / b : 0.0; };
  std::string out = fmt::format(
      "kept {}/{} prompts ({:.1f}%); {} rollouts, {} matched no prompt; {} prompts had no "
      "rollout\n",
      s.kept, s.prompts, pct(s.kept, s.prompts), s.rollouts, s.unmatched_rollouts, s.no_rollouts);
  out += "\nkept per constraint count:\n";
  for (const auto& [n, c] : s.per_count)
    out += fmt::format("  {:>2} constraint(s) {:>7}/{:<7} ({:.1f}%)\n", n, c.second, c.first,
                       pct(c.second, c.first));
  out += "\nkept per id (prompts carrying it):\n";
  for (const auto& [id, c] : s.per_id)
    out += fmt::format("  {:<48} {:>7}/{:<7} ({:.1f}%)\n", id, c.second, c.first,
                       pct(c.second, c.first));
  return out;
}

}  // namespace precis
