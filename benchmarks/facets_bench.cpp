// The one-pass counts (lib/simd) in bytes/s, next to plain memory scans measured in the same run.
//
//  - BM_MemchrBaseline/<text>/<size>: memchr for a byte the text does not hold (glibc's
//    vectorized scan: the bar for "reading the bytes");
//  - BM_ByteSumBaseline/<text>/<size>: the sum of the bytes, the simplest loop that reads them;
//  - BM_Facets/<text>/<size>: simd::scan on the CPU's best target (what Text uses);
//  - BM_Facets_<TARGET>/<text>/<size>: each compiled target this CPU runs, forced;
//  - BM_FacetsScalar/<text>/<size>: simd::scan_scalar, the code-point-by-code-point definition.
//
// Texts: English, mixed-script (English, Russian, Chinese, emoji) and Chinese, written for this
// benchmark and repeated to 4 KiB (a typical response, in L1), 64 KiB (L2) and 256 MiB (main
// memory: past every cache), all built and touched before the first benchmark (about 800 MB).
// The figure that matters is the ratio BM_Facets / BM_MemchrBaseline at the same text and size:
//
//   ./build/benchmarks/facets_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only
//
// See docs/performance.md.
#include <benchmark/benchmark.h>

#include <cstdint>
#include <cstdio>
#include <cstring>
#include <deque>
#include <string>
#include <utility>

#include "simd/facets.h"

namespace {

constexpr const char* kEnglish =
    "The committee met on Tuesday to review the budget, and after a long discussion it agreed "
    "to fund the new library wing. Construction will start in March; the architects expect it "
    "to take eighteen months. \"We listened to the readers,\" said the chair, adding that 1,200 "
    "people had signed the petition.\n\n* Opening hours: 9am to 8pm\n* Cost: $4.5 million\n\n";

constexpr const char* kMixed =
    "Our team in Moscow wrote: \xD0\x92\xD1\x81\xD1\x91 \xD0\xB3\xD0\xBE\xD1\x82\xD0\xBE\xD0\xB2"
    "\xD0\xBE \xD0\xBA \xD0\xB7\xD0\xB0\xD0\xBF\xD1\x83\xD1\x81\xD0\xBA\xD1\x83, and the Beijing "
    "office replied \xE6\x88\x91\xE4\xBB\xAC\xE4\xB9\x9F\xE5\x87\x86\xE5\xA4\x87\xE5\xA5\xBD"
    "\xE4\xBA\x86\xE3\x80\x82 \xF0\x9F\x8E\x89 The launch is set for Monday, 9:00 UTC.\n";

constexpr const char* kChinese =
    "\xE5\xA7\x94\xE5\x91\x98\xE4\xBC\x9A\xE5\x91\xA8\xE4\xBA\x8C\xE5\xBC\x80\xE4\xBC\x9A\xE5\xAE"
    "\xA1\xE8\xAE\xAE\xE9\xA2\x84\xE7\xAE\x97\xEF\xBC\x8C\xE7\xBB\x8F\xE8\xBF\x87\xE9\x95\xBF"
    "\xE6\x97\xB6\xE9\x97\xB4\xE8\xAE\xA8\xE8\xAE\xBA\xEF\xBC\x8C\xE5\x86\xB3\xE5\xAE\x9A\xE8"
    "\xB5\x84\xE5\x8A\xA9\xE6\x96\xB0\xE5\x9B\xBE\xE4\xB9\xA6\xE9\xA6\x86\xE7\x9A\x84\xE5\xBB"
    "\xBA\xE8\xAE\xBE\xE3\x80\x82\xE5\xB7\xA5\xE7\xA8\x8B\xE5\xB0\x86\xE4\xBA\x8E\xE4\xB8\x89"
    "\xE6\x9C\x88\xE5\xBC\x80\xE5\xB7\xA5\xEF\xBC\x9B\xE5\xBB\xBA\xE7\xAD\x91\xE5\xB8\x88\xE9"
    "\xA2\x84\xE8\xAE\xA1\xE9\x9C\x80\xE8\xA6\x81\xE5\x8D\x81\xE5\x85\xAB\xE4\xB8\xAA\xE6\x9C"
    "\x88\xE3\x80\x82\n";

std::string repeated(const char* unit, size_t size) {
  std::string s;
  while (s.size() < size)
    s += unit;
  s.resize(size);
  // Cut back to a whole code point so that the text stays valid UTF-8.
  while (!s.empty() && (static_cast<unsigned char>(s.back()) & 0xC0) == 0x80)
    s.pop_back();
  if (!s.empty() && static_cast<unsigned char>(s.back()) >= 0xC0) s.pop_back();
  return s;
}

const std::string& corpus(int kind, size_t size) {
  // A deque keeps every text where it is while later ones are added.
  static std::deque<std::pair<std::pair<int, size_t>, std::string>> cache;
  for (const auto& [key, text] : cache)
    if (key.first == kind && key.second == size) return text;
  const char* unit = kind == 0 ? kEnglish : kind == 1 ? kMixed : kChinese;
  cache.push_back({{kind, size}, repeated(unit, size)});
  return cache.back().second;
}

constexpr int64_t kSizes[] = {int64_t{4} << 10, int64_t{64} << 10, int64_t{256} << 20};

template <class F>
void bytes_bench(benchmark::State& state, F&& scan_once) {
  const std::string& text =
      corpus(static_cast<int>(state.range(0)), static_cast<size_t>(state.range(1)));
  for (auto _ : state)
    scan_once(text);
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(text.size()));
}

void BM_MemchrBaseline(benchmark::State& state) {
  bytes_bench(state, [](const std::string& t) {
    const void* hit = std::memchr(t.data(), 0, t.size());  // no text holds a NUL byte
    benchmark::DoNotOptimize(hit);
  });
}

void BM_ByteSumBaseline(benchmark::State& state) {
  bytes_bench(state, [](const std::string& t) {
    uint64_t sum = 0;
    for (const char c : t)
      sum += static_cast<unsigned char>(c);
    benchmark::DoNotOptimize(sum);
  });
}

void BM_Facets(benchmark::State& state) {
  bytes_bench(state, [](const std::string& t) {
    precis::TextCounts c = precis::simd::scan(t);
    benchmark::DoNotOptimize(c);
  });
}

void BM_FacetsScalar(benchmark::State& state) {
  bytes_bench(state, [](const std::string& t) {
    precis::TextCounts c = precis::simd::scan_scalar(t);
    benchmark::DoNotOptimize(c);
  });
}

void texts_and_sizes(benchmark::internal::Benchmark* b) {
  b->ArgNames({"text", "bytes"});
  for (int kind : {0, 1, 2})
    for (int64_t size : {int64_t{4} << 10, int64_t{64} << 10, int64_t{256} << 20})
      b->Args({kind, size});
}

}  // namespace

BENCHMARK(BM_MemchrBaseline)->Apply(texts_and_sizes);
BENCHMARK(BM_ByteSumBaseline)->Apply(texts_and_sizes);
BENCHMARK(BM_Facets)->Apply(texts_and_sizes);
BENCHMARK(BM_FacetsScalar)->Apply(texts_and_sizes);

int main(int argc, char** argv) {
  // Build and touch every text first, so that no benchmark pays for first-touch page faults.
  for (int kind : {0, 1, 2}) {
    for (int64_t size : kSizes) {
      const std::string& text = corpus(kind, static_cast<size_t>(size));
      benchmark::DoNotOptimize(std::memchr(text.data(), 1, text.size()));
    }
  }
  // One benchmark per compiled target this CPU runs; each forces its target while it runs.
  for (const precis::simd::Target& target : precis::simd::available_targets()) {
    const int64_t bits = target.bits;
    benchmark::RegisterBenchmark((std::string("BM_Facets_") + target.name).c_str(),
                                 [bits](benchmark::State& state) {
                                   precis::simd::force_target(bits);
                                   bytes_bench(state, [](const std::string& t) {
                                     precis::TextCounts c = precis::simd::scan(t);
                                     benchmark::DoNotOptimize(c);
                                   });
                                   precis::simd::force_target(0);
                                 })
        ->Apply(texts_and_sizes);
  }
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  std::printf("simd target in use: %s\n", precis::simd::active_target());
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
