// `precis bench`: checks/s per core, MB/s and a per-id cost table on a prompts file and a
// responses file. Times are thread CPU time (CLOCK_THREAD_CPUTIME_ID), so a busy shared
// machine slows the wall clock but not the figures; each figure is the median of 5 rounds.
#include "tools/bench.h"

#include <fmt/format.h>
#include <time.h>

#include <algorithm>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "precis/evaluation.h"
#include "precis/program.h"
#include "precis/text.h"

namespace precis::tools {
namespace {

constexpr int kRounds = 5;
// The upstream Python checkers on IFEval's 834 checks, single thread, on the reference machine
// (docs/performance.md).
constexpr double kPythonChecksPerSecond = 3100.0;

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs `pass` until `budget` seconds of CPU time have gone by (at least once) and returns the
// CPU seconds per pass; the median over kRounds rounds.
template <class Pass>
double seconds_per_pass(Pass&& pass, double budget) {
  // Reading the thread CPU clock is a system call (~0.5 us): read it once per batch of passes
  // that lasts at least 1 ms, so that it does not show in the figure.
  size_t batch = 1;
  for (;;) {
    const double start = cpu_seconds();
    for (size_t i = 0; i < batch; ++i)
      pass();
    if (cpu_seconds() - start >= 1e-3 || batch >= (size_t{1} << 30)) break;
    batch *= 2;
  }
  std::vector<double> rounds;
  for (int r = 0; r < kRounds; ++r) {
    size_t passes = 0;
    const double start = cpu_seconds();
    double now = start;
    do {
      for (size_t i = 0; i < batch; ++i)
        pass();
      passes += batch;
      now = cpu_seconds();
    } while (now - start < budget / kRounds);
    rounds.push_back((now - start) / static_cast<double>(passes));
  }
  std::sort(rounds.begin(), rounds.end());
  return rounds[kRounds / 2];
}

struct Case {
  Program program;
  std::string response;
};

struct IdCost {
  std::string id;
  size_t checks = 0;
  double ns_per_check = 0;
  double share = 0;
};

std::string thousands(double v) {
  auto n = static_cast<unsigned long long>(v + 0.5);
  std::string digits = std::to_string(n);
  std::string out;
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i && (digits.size() - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

}  // namespace

int run_bench(const BenchArgs& a) {
  auto fail = [](const Status& s) {
    fmt::print(stderr, "precis: error: {}\n", s.message());
    return 2;
  };
  const Semantics semantics =
      a.semantics == "reference" ? Semantics::kReference : Semantics::kPrecise;
  const IfbenchVersion version =
      a.ifbench_version == "paper" ? IfbenchVersion::kPaper : IfbenchVersion::kHead;
  auto prompts = load_prompts(a.input);
  if (!prompts.ok()) return fail(prompts.status());
  auto responses = load_responses(a.responses);
  if (!responses.ok()) return fail(responses.status());

  // Join prompts and responses as `precis eval` does (skipping unanswered prompts).
  EvaluateOptions eo;
  eo.semantics = semantics;
  eo.ifbench_version = version;
  eo.skip_unanswered = true;
  std::vector<std::string> unanswered;
  eo.unanswered = &unanswered;
  eo.unbuildable_fails = true;  // reported below, not measured
  auto joined = evaluate(*prompts, *responses, eo);
  if (!joined.ok()) return fail(joined.status());
  if (joined->empty())
    return fail(invalid_argument("no prompt of --input has a response in --responses"));

  std::vector<Case> cases;
  size_t checks = 0;
  size_t bytes = 0;
  size_t unbuildable = 0;
  for (const auto& r : *joined) {
    // Instructions that cannot be built (upstream would draw a random value) are left out.
    std::vector<InstructionSpec> buildable;
    for (const InstructionSpec& ins : r.spec.instructions) {
      if (Program::compile({ins}, semantics, version).ok())
        buildable.push_back(ins);
      else
        ++unbuildable;
    }
    auto program = Program::compile(buildable, semantics, version);
    if (!program.ok()) return fail(program.status());
    checks += program->size();
    bytes += r.response.size();
    cases.push_back({std::move(program).value(), r.response});
  }

  // All checks, one thread: one Text per response, shared by its constraints (as the engine).
  Text text;
  size_t passed = 0;
  auto all = [&] {
    for (const Case& c : cases) {
      text.reset(c.response);
      if (text.blank()) continue;
      for (size_t k = 0; k < c.program.size(); ++k)
        passed += c.program.constraint(k).check(text, nullptr);
    }
  };
  const double per_pass = seconds_per_pass(all, a.min_time);
  const double checks_per_s = static_cast<double>(checks) / per_pass;
  const double mb_per_s = static_cast<double>(bytes) / per_pass / 1e6;

  // Each id alone: its checks on a fresh Text each, so that it pays for the facets it needs.
  std::map<std::string, std::vector<std::pair<const std::string*, const Constraint*>>> by_id;
  for (const Case& c : cases)
    for (size_t k = 0; k < c.program.size(); ++k)
      by_id[c.program.id(k)].emplace_back(&c.response, &c.program.constraint(k));
  std::vector<IdCost> costs;
  double total_ns = 0;
  const double id_budget = std::max(0.02, a.min_time / 10);
  for (const auto& [id, pairs] : by_id) {
    auto one = [&, &pairs = pairs] {
      for (const auto& [response, constraint] : pairs) {
        text.reset(*response);
        passed += constraint->check(text, nullptr);
      }
    };
    IdCost cost;
    cost.id = id;
    cost.checks = pairs.size();
    cost.ns_per_check = seconds_per_pass(one, id_budget) * 1e9 / static_cast<double>(pairs.size());
    total_ns += cost.ns_per_check * static_cast<double>(cost.checks);
    costs.push_back(std::move(cost));
  }
  for (IdCost& c : costs)
    c.share = total_ns > 0 ? c.ns_per_check * static_cast<double>(c.checks) / total_ns : 0;
  std::sort(costs.begin(), costs.end(), [](const IdCost& x, const IdCost& y) {
    return x.share != y.share ? x.share > y.share : x.id < y.id;
  });
  const size_t rows = a.top && a.top < costs.size() ? a.top : costs.size();

  if (a.json) {
    std::string out = fmt::format(
        "{{\"prompts\": {}, \"unanswered\": {}, \"unbuildable\": {}, \"checks\": {}, \"bytes\": "
        "{}, \"semantics\": "
        "\"{}\", \"ifbench_version\": \"{}\", \"checks_per_cpu_second\": {:.1f}, "
        "\"mb_per_cpu_second\": {:.3f}, \"x_python_reference\": {:.1f}, \"per_id\": [",
        cases.size(), unanswered.size(), unbuildable, checks, bytes, a.semantics, a.ifbench_version,
        checks_per_s, mb_per_s, checks_per_s / kPythonChecksPerSecond);
    for (size_t i = 0; i < rows; ++i)
      out += fmt::format(
          "{}{{\"id\": \"{}\", \"checks\": {}, \"ns_per_check\": {:.1f}, "
          "\"share\": {:.4f}}}",
          i ? ", " : "", costs[i].id, costs[i].checks, costs[i].ns_per_check, costs[i].share);
    out += "]}\n";
    fmt::print("{}", out);
    return passed == static_cast<size_t>(-1) ? 1 : 0;  // keeps `passed` observable
  }

  fmt::print(
      "precis bench: {} prompts with responses ({} without), {} checks, {:.1f} KB of "
      "responses; {} semantics, IFBench {}\n",
      cases.size(), unanswered.size(), checks, static_cast<double>(bytes) / 1e3, a.semantics,
      a.ifbench_version);
  if (unbuildable)
    fmt::print(
        "({} instruction(s) cannot be built, as `precis eval` reports, and are not "
        "measured)\n",
        unbuildable);
  fmt::print(
      "all checks, one thread: {} checks/s per core, {:.1f} MB/s (CPU time, median of {} "
      "rounds)\n",
      thousands(checks_per_s), mb_per_s, kRounds);
  fmt::print(
      "  = {:.0f}x the upstream Python checkers' ~3,100 checks/s per core (measured on "
      "IFEval's 834 checks)\n\n",
      checks_per_s / kPythonChecksPerSecond);
  fmt::print(
      "per-id cost: each check alone on a fresh Text, so it pays for the facets it needs\n"
      "(shared facets are paid once in the figure above, so these add up to more)\n");
  size_t width = 2;
  for (size_t i = 0; i < rows; ++i)
    width = std::max(width, costs[i].id.size());
  fmt::print("  {:<{}}  {:>7}  {:>12}  {:>6}\n", "id", width, "checks", "ns/check", "share");
  for (size_t i = 0; i < rows; ++i)
    fmt::print("  {:<{}}  {:>7}  {:>12}  {:>5.1f}%\n", costs[i].id, width, costs[i].checks,
               thousands(costs[i].ns_per_check), costs[i].share * 100);
  if (rows < costs.size())
    fmt::print("  ... {} more ids (--top 0 lists all)\n", costs.size() - rows);
  return passed == static_cast<size_t>(-1) ? 1 : 0;
}

}  // namespace precis::tools
