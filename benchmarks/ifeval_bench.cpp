// All 834 IFEval checks (541 GPT-4 responses) in `reference` semantics, single-threaded.
//
//   ./build/benchmarks/ifeval_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only
//
// Reports checks/s next to the upstream Python reference measured on this kind of machine
// (~3,100 checks/s, single thread, warm, the same 834 checks): see docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "precis/evaluation.h"
#include "precis/program.h"
#include "text/data_dir.h"

namespace {

constexpr double kPythonReferenceChecksPerSecond = 3100.0;

struct Corpus {
  std::vector<precis::Program> programs;
  std::vector<std::string> responses;
  size_t checks = 0;
  size_t bytes = 0;
  std::string error;
};

const Corpus& corpus(precis::Semantics semantics) {
  static Corpus corpora[2];
  Corpus& c = corpora[semantics == precis::Semantics::kReference ? 0 : 1];
  if (!c.programs.empty() || !c.error.empty()) return c;
  const std::string dir = std::string(PRECIS_SHARED_DATA) + "/ifeval/";
  if (!std::getenv("NLTK_DATA"))
    precis::set_nltk_data_dir(std::string(PRECIS_SHARED_DATA) + "/nltk");
  auto prompts = precis::load_prompts(dir + "input_data.jsonl");
  auto responses = precis::load_responses(dir + "responses_gpt4.jsonl");
  if (!prompts.ok() || !responses.ok()) {
    c.error = "needs ../shared/data/ifeval: " +
              (prompts.ok() ? responses.status() : prompts.status()).message();
    return c;
  }
  for (const auto& p : *prompts) {
    auto program = precis::Program::compile(p.instructions, semantics);
    auto it = responses->find(p.prompt);
    if (!program.ok() || it == responses->end()) {
      c.error = program.ok() ? "missing response" : program.status().message();
      return c;
    }
    c.checks += program->size();
    c.bytes += it->second.size();
    c.programs.push_back(std::move(program).value());
    c.responses.push_back(it->second);
  }
  return c;
}

void run(benchmark::State& state, precis::Semantics semantics) {
  const Corpus& c = corpus(semantics);
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  precis::Text text;
  size_t passed = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < c.programs.size(); ++i) {
      text.reset(c.responses[i]);
      if (text.blank()) continue;
      const precis::Program& p = c.programs[i];
      for (size_t k = 0; k < p.size(); ++k)
        passed += p.constraint(k).check(text, nullptr);
    }
  }
  benchmark::DoNotOptimize(passed);
  const double iterations = static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(iterations * static_cast<double>(c.checks)));
  state.SetBytesProcessed(static_cast<int64_t>(iterations * static_cast<double>(c.bytes)));
  state.counters["checks"] = static_cast<double>(c.checks);
  state.counters["checks_per_s"] =
      benchmark::Counter(iterations * static_cast<double>(c.checks), benchmark::Counter::kIsRate);
  state.counters["python_ref_checks_per_s"] = kPythonReferenceChecksPerSecond;
  state.counters["x_python"] = benchmark::Counter(
      iterations * static_cast<double>(c.checks) / kPythonReferenceChecksPerSecond,
      benchmark::Counter::kIsRate);
}

void BM_IFEval834_Reference(benchmark::State& state) {
  run(state, precis::Semantics::kReference);
}
void BM_IFEval834_Precise(benchmark::State& state) {
  run(state, precis::Semantics::kPrecise);
}

// Same-run baseline: reading the same bytes once (sum of bytes), to put the figure in scale.
void BM_MemoryScanBaseline(benchmark::State& state) {
  const Corpus& c = corpus(precis::Semantics::kReference);
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  uint64_t sum = 0;
  for (auto _ : state) {
    for (const auto& r : c.responses)
      for (unsigned char ch : r)
        sum += ch;
    benchmark::DoNotOptimize(sum);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(c.bytes));
}

}  // namespace

BENCHMARK(BM_IFEval834_Reference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IFEval834_Precise)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MemoryScanBaseline)->Unit(benchmark::kMicrosecond);
BENCHMARK_MAIN();
