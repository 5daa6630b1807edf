// The shared prompts and responses as one list of texts, for tests that check a text function
// on real model output.
#pragma once

#include <string>
#include <vector>

namespace precis::testing {

/// Every prompt and response of ../shared/data's ifeval/responses_gpt4.jsonl and
/// ifbench/sample_output.jsonl, in file order; empty when the shared data is absent (callers
/// skip with PRECIS_REQUIRE_SHARED). Fails the test when a file is there but cannot be read.
std::vector<std::string> shared_texts();

}  // namespace precis::testing
