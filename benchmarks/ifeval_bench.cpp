// IFEval throughput on the 541 GPT-4 responses of ../shared/data/ifeval:
//  - BM_IFEval834_{Reference,Precise}: all 834 checks, single-threaded, checks/s next to the
//    upstream Python reference measured on this kind of machine (~3,100 checks/s, single thread,
//    warm, the same 834 checks) and a same-run memory scan (BM_MemoryScanBaseline);
//  - BM_Check/<id>: each id's cost per check, facets included (a fresh Text per check), over
//    the IFEval responses that carry that id;
//  - BM_Batch/threads:N: Scorer::score_batch over the responses repeated to 4096, from one
//    thread to all hardware threads (wall time), to show scaling.
//
//   ./build/benchmarks/ifeval_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only
//   ./build/benchmarks/ifeval_bench --benchmark_filter=BM_Check   # the per-id cost table
//
// See docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include <algorithm>
#include <map>
#include <thread>
#include <utility>

#include "precis/batch.h"
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

// One id's checks: every (response, constraint) pair of the corpus with that id, each on a fresh
// Text so that the facets the check needs are paid for by it.
void BM_Check(benchmark::State& state, precis::Semantics semantics, const std::string& id) {
  const Corpus& c = corpus(semantics);
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  std::vector<std::pair<const std::string*, const precis::Constraint*>> pairs;
  size_t bytes = 0;
  for (size_t i = 0; i < c.programs.size(); ++i) {
    const precis::Program& p = c.programs[i];
    for (size_t k = 0; k < p.size(); ++k) {
      if (p.id(k) != id) continue;
      pairs.emplace_back(&c.responses[i], &p.constraint(k));
      bytes += c.responses[i].size();
    }
  }
  precis::Text text;
  size_t passed = 0;
  for (auto _ : state) {
    for (const auto& [response, constraint] : pairs) {
      text.reset(*response);
      passed += constraint->check(text, nullptr);
    }
  }
  benchmark::DoNotOptimize(passed);
  const double checks = static_cast<double>(state.iterations()) * static_cast<double>(pairs.size());
  state.SetItemsProcessed(static_cast<int64_t>(checks));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) * static_cast<int64_t>(bytes));
  state.counters["checks"] = static_cast<double>(pairs.size());
}

// Batch scoring on `threads` worker threads (wall time): the responses repeated to 4096.
void BM_Batch(benchmark::State& state) {
  const Corpus& c = corpus(precis::Semantics::kReference);
  if (!c.error.empty()) {
    state.SkipWithError(c.error.c_str());
    return;
  }
  precis::ScoreOptions options;
  options.semantics = precis::Semantics::kReference;
  options.threads = static_cast<unsigned>(state.range(0));
  precis::Scorer scorer(options);
  std::vector<uint32_t> index_of_prompt;
  // The Scorer compiles its own programs from the prompts, in the corpus's order.
  const std::string dir = std::string(PRECIS_SHARED_DATA) + "/ifeval/";
  auto prompts = precis::load_prompts(dir + "input_data.jsonl");
  if (!prompts.ok()) {
    state.SkipWithError(prompts.status().message().c_str());
    return;
  }
  for (const auto& p : *prompts) {
    auto index = scorer.add_instructions(p.instructions);
    if (!index.ok()) {
      state.SkipWithError(index.status().message().c_str());
      return;
    }
    index_of_prompt.push_back(*index);
  }
  constexpr size_t kResponses = 4096;
  std::string buffer;
  std::vector<uint64_t> offsets{0};
  std::vector<uint32_t> program_index;
  size_t checks = 0;
  for (size_t i = 0; i < kResponses; ++i) {
    const size_t j = i % c.responses.size();
    buffer += c.responses[j];
    offsets.push_back(buffer.size());
    program_index.push_back(index_of_prompt[j]);
    checks += c.programs[j].size();
  }
  precis::BatchView batch{buffer, offsets.data(), program_index.data(), kResponses};
  precis::BatchResult result;
  for (auto _ : state) {
    precis::Status s = scorer.score_batch(batch, result);
    if (!s.ok()) {
      state.SkipWithError(s.message().c_str());
      return;
    }
    benchmark::DoNotOptimize(result.rewards.data());
  }
  const double iterations = static_cast<double>(state.iterations());
  state.SetItemsProcessed(static_cast<int64_t>(iterations * static_cast<double>(checks)));
  state.SetBytesProcessed(static_cast<int64_t>(iterations * static_cast<double>(buffer.size())));
  state.counters["checks_per_s"] =
      benchmark::Counter(iterations * static_cast<double>(checks), benchmark::Counter::kIsRate);
}

}  // namespace

BENCHMARK(BM_IFEval834_Reference)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_IFEval834_Precise)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_MemoryScanBaseline)->Unit(benchmark::kMicrosecond);

int main(int argc, char** argv) {
  // Per-id benchmarks for the ids of the IFEval data, in both semantics.
  const Corpus& c = corpus(precis::Semantics::kReference);
  std::map<std::string, int> ids;
  for (const auto& p : c.programs)
    for (size_t k = 0; k < p.size(); ++k)
      ++ids[p.id(k)];
  for (const auto& [id, n] : ids) {
    (void)n;
    for (auto [semantics, name] : {std::pair{precis::Semantics::kReference, "reference"},
                                   std::pair{precis::Semantics::kPrecise, "precise"}}) {
      benchmark::RegisterBenchmark(("BM_Check/" + id + "/" + name).c_str(), BM_Check, semantics, id)
          ->Unit(benchmark::kMicrosecond);
    }
  }
  const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
  auto* batch = benchmark::RegisterBenchmark("BM_Batch", BM_Batch);
  for (unsigned t = 1; t <= hw; t *= 2)
    batch->Arg(static_cast<int64_t>(t));
  if ((hw & (hw - 1)) != 0) batch->Arg(static_cast<int64_t>(hw));
  batch->ArgName("threads")->UseRealTime()->Unit(benchmark::kMillisecond);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
