// `precis bench`: throughput on the user's own prompts and responses.
#pragma once

#include <string>

namespace precis::tools {

struct BenchArgs {
  std::string input, responses, semantics = "precise", ifbench_version = "head";
  double min_time = 0.5;  ///< seconds of CPU time per measurement
  size_t top = 0;         ///< rows of the per-id table (0: all)
  bool json = false;
};

/// Runs the benchmark and prints the report; returns the process exit code.
int run_bench(const BenchArgs& args);

}  // namespace precis::tools
