#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "precis/lint.h"

namespace {

std::string tmp(const char* name) {
  return (std::filesystem::temp_directory_path() / name).string();
}

std::string slurp(const std::string& path) {
  std::ifstream in(path);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

TEST_CASE("refine: keeps prompts with enough rewarded rollouts", "[lint][refine]") {
  const std::string ds = tmp("precis_refine_ds.jsonl"), ro = tmp("precis_refine_ro.jsonl"),
                    out = tmp("precis_refine_out.jsonl");
  std::ofstream(ds)
      << "{\"key\": 1, \"prompt\": \"Do not use any commas.\", \"instruction_id_list\": "
         "[\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
         "{\"key\": 2, \"prompt\": \"Lowercase, no commas.\", \"instruction_id_list\": "
         "[\"change_case:english_lowercase\", \"punctuation:no_comma\"], \"kwargs\": [{}, {}]}\n"
         "\n"
         "{\"key\": 3, \"prompt\": \"No rollouts.\", \"instruction_id_list\": "
         "[\"punctuation:no_comma\"], \"kwargs\": [{}]}\n";
  std::ofstream(ro) << "{\"key\": 1, \"response\": \"fine, thanks\"}\n"
                       "{\"key\": 1, \"response\": \"fine thanks\"}\n"
                       "{\"prompt\": \"Lowercase, no commas.\", \"response\": \"LOUD, YES\"}\n"
                       "{\"prompt\": \"Lowercase, no commas.\", \"response\": \"LOUD\"}\n"
                       "{\"key\": 9, \"response\": \"orphan\"}\n";
  precis::RefineOptions opts;
  SECTION("policy all, min_passing 1") {
    auto stats = precis::refine(ds, ro, out, opts);
    REQUIRE(stats.ok());
    CHECK(stats->prompts == 3);
    CHECK(stats->kept == 1);
    CHECK(stats->rollouts == 5);
    CHECK(stats->unmatched_rollouts == 1);
    CHECK(stats->no_rollouts == 1);
    CHECK(stats->per_count.at(1) == std::pair<size_t, size_t>{2, 1});
    CHECK(stats->per_id.at("punctuation:no_comma") == std::pair<size_t, size_t>{3, 1});
    std::string kept = slurp(out);
    CHECK(kept.find("\"key\": 1") != std::string::npos);
    CHECK(kept.find("\"key\": 2") == std::string::npos);
    CHECK(precis::format_refine_report(*stats).find("kept 1/3 prompts") != std::string::npos);
  }
  SECTION("fraction rewards and a threshold") {
    opts.score.policy = precis::RewardPolicy::kFraction;
    auto stats = precis::refine(ds, ro, out, opts);  // "LOUD" earns 0.5 on key 2
    REQUIRE(stats.ok());
    CHECK(stats->kept == 2);
    opts.min_reward = 0.5;
    stats = precis::refine(ds, ro, out, opts);
    REQUIRE(stats.ok());
    CHECK(stats->kept == 1);
    opts.min_reward = 0.0;
    opts.min_passing = 2;
    stats = precis::refine(ds, ro, out, opts);
    REQUIRE(stats.ok());
    CHECK(stats->kept == 0);
  }
  SECTION("fails closed on a row that does not compile, and on min_passing 0") {
    std::ofstream(ds, std::ios::app) << "{\"key\": 4, \"prompt\": \"x\", \"instruction_id_list\": "
                                        "[\"nope:nope\"], \"kwargs\": [{}]}\n";
    auto stats = precis::refine(ds, ro, out, opts);
    REQUIRE_FALSE(stats.ok());
    CHECK(stats.status().message().find(":5:") != std::string::npos);
    opts.min_passing = 0;
    CHECK_FALSE(precis::refine(ds, ro, out, opts).ok());
  }
  std::remove(ds.c_str());
  std::remove(ro.c_str());
  std::remove(out.c_str());
}
