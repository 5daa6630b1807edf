// A minimal reward function: compile a ground truth once, score responses with it.
//
//   ./build/examples/reward_example
//
// The ground truth is open-instruct's format (a Python literal); JSON works the same way.
#include <fmt/format.h>

#include <string>
#include <vector>

#include "precis/program.h"
#include "precis/spec.h"

int main() {
  const std::string ground_truth =
      R"([{"instruction_id": ["punctuation:no_comma", "length_constraints:number_words"],)"
      R"( "kwargs": [null, {"num_words": 5, "relation": "at least"}]}])";
  auto instructions = precis::parse_ground_truth(ground_truth);
  if (!instructions.ok()) {
    fmt::print(stderr, "bad ground truth: {}\n", instructions.status().message());
    return 2;
  }
  auto program = precis::Program::compile(*instructions, precis::Semantics::kPrecise);
  if (!program.ok()) {
    fmt::print(stderr, "cannot compile: {}\n", program.status().message());
    return 2;
  }
  const std::vector<std::string> responses = {
      "Short answer without any commas at all.",
      "Too short, and a comma.",
  };
  std::vector<bool> verdicts;
  for (const auto& r : responses) {
    program->check(r, precis::Mode::kStrict, verdicts);
    size_t passed = 0;
    for (bool v : verdicts)
      passed += v;
    // open-instruct's reward: the fraction of constraints satisfied.
    double reward = verdicts.empty() ? 0.0 : double(passed) / double(verdicts.size());
    fmt::print("reward {:.2f} for \"{}\"\n", reward, r);
  }
  return 0;
}
