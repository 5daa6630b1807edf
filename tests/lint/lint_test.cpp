#include "precis/lint.h"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_util.h"

using precis::Finding;
using precis::LintLevel;

namespace {

std::vector<Finding> lint_jsonl(const std::string& jsonl, precis::LintOptions options = {}) {
  precis::Linter linter(std::move(options));
  std::vector<Finding> out;
  size_t line = 0, pos = 0;
  while (pos < jsonl.size()) {
    size_t nl = jsonl.find('\n', pos);
    if (nl == std::string::npos) nl = jsonl.size();
    ++line;
    std::string text = jsonl.substr(pos, nl - pos);
    if (!text.empty()) linter.lint_line(text, "t.jsonl", line, out);
    pos = nl + 1;
  }
  return out;
}

size_t count(const std::vector<Finding>& fs, std::string_view kind) {
  return static_cast<size_t>(
      std::count_if(fs.begin(), fs.end(), [&](const Finding& f) { return f.kind == kind; }));
}

const Finding* find(const std::vector<Finding>& fs, std::string_view kind) {
  for (const auto& f : fs)
    if (f.kind == kind) return &f;
  return nullptr;
}

std::string dump(const std::vector<Finding>& fs) {
  std::string out;
  for (const auto& f : fs)
    out += precis::format_finding(f) + "\n";
  return out;
}

}  // namespace

TEST_CASE("lint: a clean row has no findings", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 1, "prompt": "Write a poem about rain. Do not use any commas. Your answer must be at least 300 words.", "instruction_id_list": ["punctuation:no_comma", "length_constraints:number_words"], "kwargs": [{}, {"relation": "at least", "num_words": 300}]})");
  INFO(dump(fs));
  CHECK(fs.empty());
}

TEST_CASE("lint: errors from the fail-closed parser", "[lint]") {
  auto fs = lint_jsonl(
      "{\"key\": 1, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_coma\"], "
      "\"kwargs\": [{}]}\n"
      "{\"key\": 2, \"prompt\": \"p\", \"instruction_id_list\": "
      "[\"length_constraints:number_words\"], \"kwargs\": [{\"relation\": \"at most\", "
      "\"num_words\": 5}]}\n"
      "{\"key\": 3, \"prompt\": \"p\", \"instruction_id_list\": "
      "[\"length_constraints:number_words\"], \"kwargs\": [{\"relation\": \"at least\", "
      "\"num_words\": \"five\"}]}\n"
      "{\"key\": 4, \"prompt\": \"p\", \"instruction_id_list\": [\"punctuation:no_comma\"]}\n"
      "{not json\n");
  INFO(dump(fs));
  const Finding* unknown = find(fs, "unknown-id");
  REQUIRE(unknown);
  CHECK(unknown->level == LintLevel::kError);
  CHECK(unknown->line == 1);
  CHECK(unknown->key == 1);
  CHECK(unknown->file == "t.jsonl");
  CHECK(unknown->message.find("punctuation:no_comma") != std::string::npos);  // suggestion
  CHECK(count(fs, "bad-kwargs") == 2);
  CHECK(count(fs, "bad-row") == 2);  // missing kwargs, malformed JSON
}

TEST_CASE("lint: Hugging Face rows with null kwargs are fine", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 7, "prompt": "Answer without commas, at least 300 words.", "instruction_id_list": ["punctuation:no_comma", "length_constraints:number_words"], "kwargs": [{"num_words": null, "relation": null}, {"num_words": 300, "relation": "at least", "keywords": null}]})");
  INFO(dump(fs));
  CHECK(count(fs, "bad-kwargs") == 0);
  CHECK(count(fs, "bad-row") == 0);
}

TEST_CASE("lint: the same constraint twice", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 30, "prompt": "Wrap your answer in double quotation marks.", "instruction_id_list": ["startend:quotation", "startend:quotation"], "kwargs": [{}, {}]})");
  INFO(dump(fs));
  REQUIRE(count(fs, "duplicate-constraint") == 1);
  CHECK(find(fs, "duplicate-constraint")->id == "startend:quotation");
  CHECK(count(fs, "conflict-table") == 0);  // reported once, as a duplicate
}

TEST_CASE("lint: contradictions precis can prove", "[lint]") {
  SECTION("word bounds") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "At least 600 words, fewer than 100 words.", "instruction_id_list": ["length_constraints:number_words", "length_constraints:number_words"], "kwargs": [{"relation": "at least", "num_words": 600}, {"relation": "less than", "num_words": 100}]})");
    INFO(dump(fs));
    CHECK(count(fs, "contradiction") == 1);
  }
  SECTION("a range is not a contradiction nor a conflict") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Write 20 to 25 sentences.", "instruction_id_list": ["length_constraints:number_sentences", "length_constraints:number_sentences"], "kwargs": [{"relation": "at least", "num_sentences": 20}, {"relation": "less than", "num_sentences": 26}]})");
    INFO(dump(fs));
    CHECK(fs.empty());
  }
  SECTION("lowercase and capital words") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Answer in lowercase letters only, with at least 5 words in all capital letters.", "instruction_id_list": ["change_case:english_lowercase", "change_case:capital_word_frequency"], "kwargs": [{}, {"capital_relation": "at least", "capital_frequency": 5}]})");
    INFO(dump(fs));
    CHECK(count(fs, "contradiction") == 1);
  }
  SECTION("a required keyword that is forbidden") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Include the keywords \"money\". Do not use the words \"money\".", "instruction_id_list": ["keywords:existence", "keywords:forbidden_words"], "kwargs": [{"keywords": ["money"]}, {"forbidden_words": ["money"]}]})");
    INFO(dump(fs));
    CHECK(count(fs, "contradiction") == 1);
  }
  SECTION("the request to repeat holds a forbidden word") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Explain demand. Exclude the words \"demand\".\nFirst repeat the request word for word without change, then give your answer", "instruction_id_list": ["combination:repeat_prompt", "keywords:forbidden_words"], "kwargs": [{"prompt_to_repeat": "Explain demand. Exclude the words \"demand\"."}, {"forbidden_words": ["demand"]}]})");
    INFO(dump(fs));
    CHECK(count(fs, "contradiction") == 1);
  }
  SECTION("two languages") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Answer in Hindi and in German.", "instruction_id_list": ["language:response_language", "language:response_language"], "kwargs": [{"language": "hi"}, {"language": "de"}]})");
    INFO(dump(fs));
    CHECK(count(fs, "contradiction") == 1);
  }
  SECTION("nth paragraph beyond the paragraph count: the kwargs parser rejects it") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Write 2 paragraphs. Paragraph 3 must start with the word \"so\".", "instruction_id_list": ["length_constraints:nth_paragraph_first_word"], "kwargs": [{"num_paragraphs": 2, "nth_paragraph": 3, "first_word": "so"}]})");
    INFO(dump(fs));
    CHECK(count(fs, "bad-kwargs") + count(fs, "contradiction") == 1);
    CHECK(count(fs, "unchecked-instruction") == 0);  // the id is there, with bad kwargs
  }
}

TEST_CASE("lint: the registry's conflict table", "[lint]") {
  precis::LintOptions on;
  on.conflict_table = true;
  auto fs = lint_jsonl(
      R"({"key": 1, "prompt": "Answer in JSON format and give a title wrapped in double angular brackets, like <<t>>.", "instruction_id_list": ["detectable_format:json_format", "detectable_format:title"], "kwargs": [{}, {}]})",
      on);
  INFO(dump(fs));
  CHECK(count(fs, "conflict-table") == 1);
  precis::LintOptions off;
  auto none = lint_jsonl(
      R"({"key": 1, "prompt": "Answer in JSON format and give a title wrapped in double angular brackets, like <<t>>.", "instruction_id_list": ["detectable_format:json_format", "detectable_format:title"], "kwargs": [{}, {}]})",
      off);
  CHECK(count(none, "conflict-table") == 0);
}

TEST_CASE("lint: prompt and kwargs disagree", "[lint]") {
  SECTION("a number stated differently") {
    auto fs = lint_jsonl(
        R"({"key": 337, "prompt": "Write a riddle. Your response must be at least 400 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"relation": "at least", "num_words": 336}]})");
    INFO(dump(fs));
    REQUIRE(count(fs, "kwargs-mismatch") == 1);
    CHECK(find(fs, "kwargs-mismatch")->message.find("400") != std::string::npos);
  }
  SECTION("at most 150 agrees with less than 151") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Answer in at most 150 words.", "instruction_id_list": ["length_constraints:number_words"], "kwargs": [{"relation": "less than", "num_words": 151}]})");
    INFO(dump(fs));
    CHECK(fs.empty());
  }
  SECTION("number words, ranges and 'more than'") {
    auto fs = lint_jsonl(
        "{\"key\": 1, \"prompt\": \"Use fewer than four words in all caps. Write more than 30 "
        "sentences.\", \"instruction_id_list\": [\"change_case:capital_word_frequency\", "
        "\"length_constraints:number_sentences\"], \"kwargs\": [{\"capital_relation\": \"less "
        "than\", \"capital_frequency\": 4}, {\"relation\": \"at least\", \"num_sentences\": "
        "31}]}\n"
        "{\"key\": 2, \"prompt\": \"Write a song that contains 20 to 25 sentences.\", "
        "\"instruction_id_list\": [\"length_constraints:number_sentences\", "
        "\"length_constraints:number_sentences\"], \"kwargs\": [{\"relation\": \"at least\", "
        "\"num_sentences\": 20}, {\"relation\": \"less than\", \"num_sentences\": 26}]}\n");
    INFO(dump(fs));
    CHECK(fs.empty());
  }
  SECTION("a relation stated the other way round") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "The letter o should appear at least 6 times.", "instruction_id_list": ["keywords:letter_frequency"], "kwargs": [{"letter": "o", "let_relation": "less than", "let_frequency": 6}]})");
    INFO(dump(fs));
    CHECK(count(fs, "kwargs-mismatch") == 1);
  }
  SECTION("a keyword, a language the prompt does not state") {
    auto fs = lint_jsonl(
        R"({"key": 1, "prompt": "Answer only in French, no other language is allowed. Include the keywords \"rain\".", "instruction_id_list": ["language:response_language", "keywords:existence"], "kwargs": [{"language": "de"}, {"keywords": ["rain", "snow"]}]})");
    INFO(dump(fs));
    CHECK(count(fs, "kwargs-mismatch") == 1);  // de vs French
    CHECK(count(fs, "kwargs-unstated") == 1);  // snow
  }
}

TEST_CASE("lint: an instruction no constraint checks", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 30, "prompt": "What are the signs of flu? Please answer in lower case letters. Wrap it in double quotation marks.", "instruction_id_list": ["startend:quotation"], "kwargs": [{}]})");
  INFO(dump(fs));
  REQUIRE(count(fs, "unchecked-instruction") == 1);
  CHECK(find(fs, "unchecked-instruction")->id == "change_case:english_lowercase");
}

TEST_CASE("lint: ids the phrase tables do not describe silence unchecked-instruction", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 1, "prompt": "Answer in lowercase letters with 10 to 20 words.", "instruction_id_list": ["count:not_an_id_yet"], "kwargs": [{}]})");
  INFO(dump(fs));
  CHECK(count(fs, "unknown-id") == 1);
  CHECK(count(fs, "unchecked-instruction") == 0);
}

TEST_CASE("lint: a key repeated across rows", "[lint]") {
  auto fs = lint_jsonl(
      "{\"key\": 5, \"prompt\": \"p\", \"instruction_id_list\": [], \"kwargs\": []}\n"
      "{\"key\": 5, \"prompt\": \"q\", \"instruction_id_list\": [\"punctuation:no_comma\"], "
      "\"kwargs\": [{}]}\n");
  INFO(dump(fs));
  REQUIRE(count(fs, "duplicate-key") == 1);
  CHECK(find(fs, "duplicate-key")->line == 2);
  CHECK(find(fs, "duplicate-key")->message.find("line 1") != std::string::npos);
}

TEST_CASE("lint: open-instruct ground_truth rows", "[lint]") {
  precis::LintOptions opts;
  opts.ground_truth_column = "ground_truth";
  auto fs = lint_jsonl(
      "{\"messages\": [{\"role\": \"user\", \"content\": \"Write at least 400 words.\"}], "
      "\"ground_truth\": \"[{'instruction_id': ['length_constraints:number_words'], 'kwargs': "
      "[{'relation': 'at least', 'num_words': 300}]}]\"}\n"
      "{\"messages\": [], \"ground_truth\": \"[{'instruction_id': ['nope:nope'], 'kwargs': "
      "[None]}]\"}\n"
      "{\"messages\": []}\n",
      opts);
  INFO(dump(fs));
  CHECK(count(fs, "kwargs-mismatch") == 1);
  CHECK(count(fs, "unknown-id") == 1);
  CHECK(count(fs, "bad-row") == 1);
}

TEST_CASE("lint: report and JSON output", "[lint]") {
  auto fs = lint_jsonl(
      R"({"key": 30, "prompt": "p", "instruction_id_list": ["startend:quotation", "startend:quotation"], "kwargs": [{}, {}]})");
  REQUIRE(fs.size() == 1);
  std::string report = precis::format_lint_report(fs, 1);
  CHECK(report.find("1 rows: 1 error(s), 0 warning(s)") != std::string::npos);
  CHECK(report.find("duplicate-constraint") != std::string::npos);
  CHECK(report.find("t.jsonl:1: error [duplicate-constraint] key 30 startend:quotation") !=
        std::string::npos);
  std::string json = precis::finding_to_json(fs[0]);
  auto parsed = precis::parse_json(json);
  REQUIRE(parsed.ok());
  CHECK(parsed->find("key")->as_int() == 30);
  CHECK(parsed->find("level")->as_string() == "error");
}

TEST_CASE("lint: reference responses", "[lint]") {
  std::string dir = std::filesystem::temp_directory_path().string();
  std::string data = dir + "/precis_lint_rows.jsonl", resp = dir + "/precis_lint_resp.jsonl";
  {
    std::ofstream(data)
        << "{\"key\": 1, \"prompt\": \"Do not use any commas.\", \"instruction_id_list\": "
           "[\"punctuation:no_comma\"], \"kwargs\": [{}]}\n"
           "{\"key\": 2, \"prompt\": \"Do not use commas.\", \"instruction_id_list\": "
           "[\"punctuation:no_comma\"], \"kwargs\": [{}]}\n";
    std::ofstream(resp) << "{\"key\": 1, \"response\": \"fine, thanks\"}\n"
                           "{\"prompt\": \"Do not use commas.\", \"response\": \"ok\"}\n";
  }
  precis::Linter linter;
  REQUIRE(linter.load_responses(resp).ok());
  std::vector<Finding> fs;
  REQUIRE(linter.lint_file(data, fs).ok());
  INFO(dump(fs));
  REQUIRE(count(fs, "response-fails") == 1);
  CHECK(find(fs, "response-fails")->key == 1);
  CHECK(linter.rows() == 2);
  std::remove(data.c_str());
  std::remove(resp.c_str());
}

TEST_CASE("lint: streams a file and reports progress", "[lint]") {
  std::string path = std::filesystem::temp_directory_path().string() + "/precis_lint_big.jsonl";
  {
    std::ofstream out(path);
    for (int i = 0; i < 3000; ++i)
      out << "{\"key\": " << i
          << ", \"prompt\": \"Do not use any commas in your answer please.\", "
             "\"instruction_id_list\": [\"punctuation:no_comma\"], \"kwargs\": [{}]}\n";
  }
  precis::Linter linter;
  std::vector<Finding> fs;
  uint64_t last = 0, total = 0;
  REQUIRE(linter
              .lint_file(path, fs,
                         [&](uint64_t d, uint64_t t) {
                           last = d;
                           total = t;
                         })
              .ok());
  CHECK(fs.empty());
  CHECK(linter.rows() == 3000);
  CHECK(last == total);
  CHECK(total > 0);
  CHECK_FALSE(linter.lint_file(path + ".missing", fs).ok());
  std::remove(path.c_str());
}

TEST_CASE("lint: the shared IFEval prompts (key 337, key 30)", "[lint]") {
  std::string path = precis::testing::shared_data("ifeval/input_data.jsonl");
  PRECIS_REQUIRE_SHARED(path);
  precis::Linter linter;
  std::vector<Finding> fs;
  REQUIRE(linter.lint_file(path, fs).ok());
  CHECK(linter.rows() == 541);
  auto has = [&](int64_t key, std::string_view kind, std::string_view id) {
    return std::any_of(fs.begin(), fs.end(), [&](const Finding& f) {
      return f.key == key && f.kind == kind && f.id == id;
    });
  };
  CHECK(has(337, "kwargs-mismatch", "length_constraints:number_words"));
  CHECK(has(30, "duplicate-constraint", "startend:quotation"));
  CHECK(has(30, "unchecked-instruction", "change_case:english_lowercase"));
  // The 20 findings judged in docs/lint.md (all true alarms); a change here needs a new judgement.
  CHECK(fs.size() == 20);
  CHECK(count(fs, "contradiction") == 3);
  CHECK(count(fs, "duplicate-constraint") == 1);
  CHECK(count(fs, "kwargs-mismatch") == 2);
  CHECK(count(fs, "unchecked-instruction") == 14);
  // Every row of the shared file parses and validates.
  CHECK(count(fs, "bad-row") == 0);
  CHECK(count(fs, "unknown-id") == 0);
  CHECK(count(fs, "bad-kwargs") == 0);
}
