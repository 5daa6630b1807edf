#include "test_util.h"

#include "shared_texts.h"

#include <catch2/catch.hpp>

#include <filesystem>

#include "precis/evaluation.h"
#include "precis/spec.h"
#include "precis/text.h"

namespace precis::testing {

static Result<ConstraintPtr> build(std::string_view id, std::string_view kwargs_json,
                                   Semantics semantics, IfbenchVersion version) {
  Result<Value> kw = parse_json(kwargs_json);
  if (!kw.ok()) return kw.status();
  return Registry::global().build(id, *kw, semantics, version);
}

bool check(std::string_view id, std::string_view kwargs_json, std::string_view response,
           Semantics semantics) {
  return check(id, kwargs_json, response, semantics, IfbenchVersion::kHead);
}

bool check(std::string_view id, std::string_view kwargs_json, std::string_view response,
           Semantics semantics, IfbenchVersion version) {
  auto c = build(id, kwargs_json, semantics, version);
  INFO("id " << id << " kwargs " << kwargs_json << " semantics " << semantics_name(semantics)
             << " ifbench " << ifbench_version_name(version));
  if (!c.ok()) FAIL("does not build: " << c.status().to_string());
  Text text(response);
  // IFEval's strict gate: a blank response fails everything.
  if (text.blank()) return false;
  return (*c)->check(text, nullptr);
}

bool both(std::string_view id, std::string_view kwargs_json, std::string_view response) {
  bool r = check(id, kwargs_json, response, kRef);
  bool p = check(id, kwargs_json, response, kPrecise);
  INFO("reference=" << r << " precise=" << p << " on: " << response);
  CHECK(r == p);
  return r;
}

Status build_error(std::string_view id, std::string_view kwargs_json, Semantics semantics,
                   IfbenchVersion version) {
  auto c = build(id, kwargs_json, semantics, version);
  return c.ok() ? Status() : c.status();
}

std::string shared_data(std::string_view relative) {
  std::string p = std::string(PRECIS_SHARED_DATA) + "/" + std::string(relative);
  std::error_code ec;
  return std::filesystem::exists(p, ec) ? p : std::string();
}

std::vector<std::string> shared_texts() {
  std::vector<std::string> texts;
  for (const char* file : {"ifeval/responses_gpt4.jsonl", "ifbench/sample_output.jsonl"}) {
    const std::string path = shared_data(file);
    if (path.empty()) return {};
    auto responses = load_responses(path);
    INFO(path);
    REQUIRE(responses.ok());
    for (const auto& [prompt, response] : *responses) {
      texts.push_back(prompt);
      texts.push_back(response);
    }
  }
  return texts;
}

}  // namespace precis::testing
