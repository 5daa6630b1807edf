// Conformance with open-instruct IFEvalG over ../shared/data/ifevalg/cases.jsonl:
//  - single-constraint rows {id, kwargs, response, strict, loose}: precis `reference` semantics
//    gives the listed strict and loose verdicts; rows marked "nondeterministic" (upstream draws a
//    random value) are spec errors in both semantics;
//  - ground_truth rows {ground_truth, response, per_constraint, reward}: the open-instruct preset
//    gives the listed per-constraint verdicts and reward.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "precis/batch.h"
#include "precis/program.h"
#include "precis/spec.h"
#include "test_util.h"

using namespace precis;
using precis::testing::shared_data;

namespace {

struct Case {
  size_t line = 0;
  Value row;
};

std::vector<Case> read_cases() {
  std::vector<Case> out;
  const std::string path = shared_data("ifevalg/cases.jsonl");
  if (path.empty()) return out;
  auto text = read_file(path);
  REQUIRE(text.ok());
  Status s = for_each_jsonl(*text, [&](size_t line, const Value& row) -> Status {
    out.push_back({line, row});
    return Status();
  });
  REQUIRE(s.ok());
  return out;
}

const Value* field(const Value& row, std::string_view name) {
  const Value* v = row.find(name);
  REQUIRE(v != nullptr);
  return v;
}

}  // namespace

TEST_CASE("IFEvalG single-constraint cases, reference semantics", "[conformance][ifevalg]") {
  PRECIS_REQUIRE_SHARED(shared_data("ifevalg/cases.jsonl"));
  const auto cases = read_cases();
  size_t compared = 0, errors = 0;
  std::vector<bool> verdicts;
  for (const Case& c : cases) {
    if (c.row.find("id") == nullptr) continue;
    const std::string& id = field(c.row, "id")->as_string();
    INFO("cases.jsonl line " << c.line << ": " << id << " " << field(c.row, "kwargs")->to_json()
                             << " -- " << field(c.row, "why")->as_string());
    std::vector<InstructionSpec> spec{{id, *field(c.row, "kwargs")}};
    const Value* nd = c.row.find("nondeterministic");
    if (nd != nullptr && nd->as_bool()) {
      // Upstream draws a random value here; precis refuses the spec in both semantics.
      CHECK_FALSE(Program::compile(spec, Semantics::kReference).ok());
      CHECK_FALSE(Program::compile(spec, Semantics::kPrecise).ok());
      ++errors;
      continue;
    }
    auto program = Program::compile(spec, Semantics::kReference);
    INFO(program.status().to_string());
    REQUIRE(program.ok());
    const std::string& response = field(c.row, "response")->as_string();
    program->check(response, Mode::kStrict, verdicts);
    CHECK(verdicts.at(0) == field(c.row, "strict")->as_bool());
    program->check(response, Mode::kLoose, verdicts);
    CHECK(verdicts.at(0) == field(c.row, "loose")->as_bool());
    ++compared;
  }
  CHECK(compared + errors == 393);
  CHECK(errors == 9);
}

TEST_CASE("IFEvalG ground_truth rows, open-instruct preset", "[conformance][ifevalg]") {
  PRECIS_REQUIRE_SHARED(shared_data("ifevalg/cases.jsonl"));
  const auto cases = read_cases();
  Scorer scorer(ScoreOptions::open_instruct());
  size_t compared = 0;
  std::vector<bool> verdicts;
  for (const Case& c : cases) {
    const Value* gt = c.row.find("ground_truth");
    if (gt == nullptr) continue;
    INFO("cases.jsonl line " << c.line << ": " << gt->as_string() << " -- "
                             << field(c.row, "why")->as_string());
    auto index = scorer.add_ground_truth(gt->as_string());
    INFO(index.status().to_string());
    REQUIRE(index.ok());
    float reward = scorer.score(field(c.row, "response")->as_string(), *index, &verdicts);
    const auto& expected = field(c.row, "per_constraint")->as_list();
    REQUIRE(verdicts.size() == expected.size());
    for (size_t k = 0; k < expected.size(); ++k) {
      INFO("constraint " << k << " " << scorer.program(*index).id(k));
      CHECK(verdicts[k] == expected[k].as_bool());
    }
    CHECK(reward == Approx(field(c.row, "reward")->as_float()).margin(1e-6));
    ++compared;
  }
  CHECK(compared == 28);
}
