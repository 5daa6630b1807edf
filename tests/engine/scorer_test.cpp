#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <thread>
#include <vector>

#include "precis/batch.h"

using namespace precis;

namespace {

const char* kNoComma = "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]";
const char* kTwo =
    "[{'instruction_id': ['punctuation:no_comma', 'length_constraints:number_words'], "
    "'kwargs': [None, {'num_words': 3, 'relation': 'at least'}]}]";

struct Packed {
  std::string buffer;
  std::vector<uint64_t> offsets{0};
  std::vector<uint32_t> programs;
  void add(const std::string& s, uint32_t p) {
    buffer += s;
    offsets.push_back(buffer.size());
    programs.push_back(p);
  }
  BatchView view() const { return {buffer, offsets.data(), programs.data(), programs.size()}; }
};

}  // namespace

TEST_CASE("reward policies", "[engine]") {
  for (auto [policy, want] :
       {std::pair{RewardPolicy::kAll, 0.0f}, std::pair{RewardPolicy::kFraction, 0.5f},
        std::pair{RewardPolicy::kWeighted, 0.75f}}) {
    ScoreOptions o;
    o.policy = policy;
    o.weights["length_constraints:number_words"] = 3.0;
    Scorer s(o);
    auto p = s.add_ground_truth(kTwo);
    REQUIRE(p.ok());
    INFO(policy_name(policy));
    // comma present (fail), 4 words (pass)
    CHECK(s.score("one, two three four", *p) == Approx(want));
    CHECK(s.score("one two three four", *p) == 1.0f);
    CHECK(s.score("one, two", *p) == 0.0f);
  }
}

TEST_CASE("ground truths are compiled once per text", "[engine]") {
  Scorer s;
  auto a = s.add_ground_truth(kNoComma);
  auto b = s.add_ground_truth(kNoComma);
  REQUIRE(a.ok());
  REQUIRE(b.ok());
  CHECK(*a == *b);
  CHECK(s.program_count() == 1);
  auto bad = s.add_ground_truth("[{'instruction_id': ['nope:nope'], 'kwargs': [None]}]");
  CHECK_FALSE(bad.ok());
  auto empty = s.add_ground_truth("[]");
  CHECK_FALSE(empty.ok());
}

TEST_CASE("think preprocessing follows open-instruct", "[engine]") {
  ScoreOptions o;
  o.preprocess = Preprocess::kThink;
  std::string scratch;
  auto pre = [&](std::string_view s) { return std::string(preprocess_response(s, o, scratch)); };
  CHECK(pre("<think>a, b</think> answer ") == "answer");
  CHECK(pre("<think>x</think>one</think>two") == "two");
  CHECK(pre("<|assistant|><think>x</think><answer>42</answer>") == "42");
  CHECK(pre("<think>unclosed, still thinking") == "<think>unclosed, still thinking");
  CHECK(pre("  plain  ") == "plain");

  Scorer s(o);
  auto p = s.add_ground_truth(kNoComma);
  REQUIRE(p.ok());
  CHECK(s.score("<think>commas, commas, commas</think>clean answer", *p) == 1.0f);
  CHECK(s.score("<think>x</think>   ", *p) == 0.0f);  // an empty answer scores 0
  CHECK(s.score("", *p) == 0.0f);
}

TEST_CASE("marker preprocessing", "[engine]") {
  ScoreOptions o;
  o.preprocess = Preprocess::kMarkers;
  o.start_marker = "<start>";
  o.end_marker = "<end>";
  std::string scratch;
  CHECK(preprocess_response("a<start> b <end>c", o, scratch) == "b");
  CHECK(preprocess_response("no markers", o, scratch) == "no markers");
}

TEST_CASE("score_batch is deterministic across thread counts and concurrent callers", "[engine]") {
  std::mt19937 rng(7);
  Packed batch;
  std::vector<std::string> words = {"alpha", "beta,", "gamma", "delta", ",", "\n", "ü"};
  for (int i = 0; i < 3000; ++i) {
    std::string s;
    int n = static_cast<int>(rng() % 12);
    for (int k = 0; k < n; ++k)
      s += words[rng() % words.size()] + " ";
    batch.add(s, static_cast<uint32_t>(rng() % 2));
  }
  auto run = [&](unsigned threads) {
    ScoreOptions o;
    o.policy = RewardPolicy::kFraction;
    o.threads = threads;
    Scorer s(o);
    REQUIRE(*s.add_ground_truth(kNoComma) == 0);
    REQUIRE(*s.add_ground_truth(kTwo) == 1);
    BatchResult r;
    REQUIRE(s.score_batch(batch.view(), r).ok());
    return r;
  };
  BatchResult one = run(1);
  BatchResult many = run(0);
  CHECK(one.rewards == many.rewards);
  CHECK(one.verdicts == many.verdicts);
  CHECK(one.verdict_offsets.back() == many.verdicts.size());

  // Eight callers at once on one scorer: same results, no crash.
  ScoreOptions o;
  o.policy = RewardPolicy::kFraction;
  Scorer shared(o);
  REQUIRE(*shared.add_ground_truth(kNoComma) == 0);
  REQUIRE(*shared.add_ground_truth(kTwo) == 1);
  std::vector<BatchResult> results(8);
  std::vector<std::thread> threads;
  for (int t = 0; t < 8; ++t)
    threads.emplace_back([&, t] { REQUIRE(shared.score_batch(batch.view(), results[t]).ok()); });
  for (auto& t : threads)
    t.join();
  for (const auto& r : results)
    CHECK(r.rewards == one.rewards);
}

TEST_CASE("score_batch rejects bad layouts", "[engine]") {
  Scorer s;
  REQUIRE(s.add_ground_truth(kNoComma).ok());
  Packed batch;
  batch.add("fine", 0);
  batch.add("also fine", 0);
  BatchResult r;
  batch.offsets[1] = 1000;
  auto st = s.score_batch(batch.view(), r);
  CHECK(st.code() == StatusCode::kInvalidArgument);
  CHECK(st.message().find("response 0") != std::string::npos);
  batch.offsets[1] = 4;
  batch.programs[1] = 5;
  st = s.score_batch(batch.view(), r);
  CHECK(st.message().find("names program 5") != std::string::npos);
  BatchView empty{};
  CHECK(s.score_batch(empty, r).ok());
  CHECK(r.rewards.empty());
}

TEST_CASE("score_batch reads one view per response as it reads a packed buffer", "[engine]") {
  ScoreOptions o;
  o.policy = RewardPolicy::kFraction;
  Scorer s(o);
  REQUIRE(*s.add_ground_truth(kNoComma) == 0);
  REQUIRE(*s.add_ground_truth(kTwo) == 1);
  const std::vector<std::string> texts = {"no commas at all", "one, two", "", "Grüße, Köln",
                                          "three words here"};
  Packed packed;
  std::vector<std::string_view> views;
  for (size_t i = 0; i < texts.size(); ++i) {
    packed.add(texts[i], static_cast<uint32_t>(i % 2));
    views.emplace_back(texts[i]);
  }
  BatchResult from_buffer, from_views;
  REQUIRE(s.score_batch(packed.view(), from_buffer).ok());
  BatchView v;
  v.program_index = packed.programs.data();
  v.size = views.size();
  v.responses = views.data();
  REQUIRE(s.score_batch(v, from_views).ok());
  CHECK(from_views.rewards == from_buffer.rewards);
  CHECK(from_views.verdicts == from_buffer.verdicts);
  CHECK(from_views.rewards[1] == 0.0f);
  // Without offsets or views, a non-empty batch is an error.
  v.responses = nullptr;
  CHECK(s.score_batch(v, from_views).code() == StatusCode::kInvalidArgument);
}
