#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "precis/spec.h"

using precis::InstructionSpec;
using precis::parse_ground_truth;
using precis::parse_json;
using precis::prompt_spec_from_row;
using precis::PromptSpec;
using precis::StatusCode;
using precis::Value;

namespace {

std::vector<InstructionSpec> gt(std::string_view text) {
  auto r = parse_ground_truth(text);
  INFO("ground truth: " << text);
  if (!r.ok()) FAIL(r.status().message());
  return *r;
}

std::string gt_err(std::string_view text, StatusCode code = StatusCode::kInvalidArgument) {
  auto r = parse_ground_truth(text);
  INFO("ground truth: " << text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == code);
  return r.status().message();
}

Value json(std::string_view text) {
  auto r = parse_json(text);
  INFO("json: " << text);
  if (!r.ok()) FAIL(r.status().message());
  return *r;
}

PromptSpec row(std::string_view text) {
  auto r = prompt_spec_from_row(json(text));
  INFO("row: " << text);
  if (!r.ok()) FAIL(r.status().message());
  return *r;
}

std::string row_err(std::string_view text) {
  auto r = prompt_spec_from_row(json(text));
  INFO("row: " << text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == StatusCode::kInvalidArgument);
  return r.status().message();
}

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

}  // namespace

TEST_CASE("ground truth: open-instruct Python literal", "[spec]") {
  auto specs =
      gt("[{'instruction_id': ['length_constraints:number_words', 'punctuation:no_comma'], "
         "'kwargs': [{'num_words': 300, 'relation': 'at least'}, None]}]");
  REQUIRE(specs.size() == 2);
  CHECK(specs[0].id == "length_constraints:number_words");
  CHECK(specs[0].kwargs ==
        Value::dict({{"num_words", Value::integer(300)}, {"relation", Value::string("at least")}}));
  CHECK(specs[1].id == "punctuation:no_comma");
  CHECK(specs[1].kwargs == Value::dict({}));  // None means no kwargs
}

TEST_CASE("ground truth: the same structure as JSON", "[spec]") {
  auto specs = gt(
      R"([{"instruction_id": ["keywords:word_once", "punctuation:no_comma"],
           "kwargs": [{"keyword": "flight"}, null]}])");
  REQUIRE(specs.size() == 2);
  CHECK(specs[0].kwargs == Value::dict({{"keyword", Value::string("flight")}}));
  CHECK(specs[1].kwargs == Value::dict({}));
}

TEST_CASE("ground truth: accepted shapes", "[spec]") {
  SECTION("several dicts: instructions are concatenated") {
    auto specs =
        gt("[{'instruction_id': ['a:x'], 'kwargs': [{'n': 1}]}, "
           "{'instruction_id': ['b:y', 'c:z'], 'kwargs': [{}, None]}]");
    REQUIRE(specs.size() == 3);
    CHECK(specs[0].id == "a:x");
    CHECK(specs[1].id == "b:y");
    CHECK(specs[2].id == "c:z");
    CHECK(specs[1].kwargs == Value::dict({}));
  }
  SECTION("one dict, not in a list") {
    auto specs = gt("{'instruction_id': ['a:x'], 'kwargs': [{'n': 2}]}");
    REQUIRE(specs.size() == 1);
    CHECK(specs[0].kwargs == Value::dict({{"n", Value::integer(2)}}));
  }
  SECTION("an IFEval-style row") {
    auto specs = gt(R"({"key": 1, "prompt": "p", "instruction_id_list": ["a:x"], "kwargs": [{}]})");
    REQUIRE(specs.size() == 1);
    CHECK(specs[0].id == "a:x");
  }
  SECTION("a single id as a string, with a dict or None as kwargs") {
    auto one = gt("[{'instruction_id': 'a:x', 'kwargs': {'n': 3}}]");
    REQUIRE(one.size() == 1);
    CHECK(one[0].kwargs == Value::dict({{"n", Value::integer(3)}}));
    auto none = gt("[{'instruction_id': ['a:x'], 'kwargs': None}]");
    REQUIRE(none.size() == 1);
    CHECK(none[0].kwargs == Value::dict({}));
  }
  SECTION("kwargs None or missing for several ids: no kwargs for any") {
    auto none = gt("[{'instruction_id': ['a:x', 'b:y'], 'kwargs': None}]");
    REQUIRE(none.size() == 2);
    CHECK(none[1].kwargs == Value::dict({}));
    auto missing = gt("[{'instruction_id': ['a:x', 'b:y']}]");
    REQUIRE(missing.size() == 2);
    CHECK(missing[0].kwargs == Value::dict({}));
  }
  SECTION("null values inside kwargs are kept (kwargs validation drops them)") {
    auto specs = gt("[{'instruction_id': ['a:x'], 'kwargs': [{'n': 1, 'relation': None}]}]");
    REQUIRE(specs.size() == 1);
    const Value* rel = specs[0].kwargs.find("relation");
    REQUIRE(rel != nullptr);
    CHECK(rel->is_null());
    auto from_json = gt(R"([{"instruction_id": ["a:x"], "kwargs": [{"n": null}]}])");
    REQUIRE(from_json.size() == 1);
    CHECK(from_json[0].kwargs.find("n")->is_null());
  }
  SECTION("a double-encoded ground truth (a JSON string holding the literal)") {
    auto specs = gt(R"("[{'instruction_id': ['a:x'], 'kwargs': [None]}]")");
    REQUIRE(specs.size() == 1);
    CHECK(specs[0].id == "a:x");
  }
  SECTION("a list whose element is a JSON string (open-instruct json.loads-es it)") {
    auto specs = gt(R"(['{"instruction_id": ["a:x", "b:y"], "kwargs": [{"n": 1}, null]}'])");
    REQUIRE(specs.size() == 2);
    CHECK(specs[0].kwargs == Value::dict({{"n", Value::integer(1)}}));
    CHECK(specs[1].id == "b:y");
  }
  SECTION("escapes and unicode in ids and kwargs") {
    auto specs = gt(R"([{'instruction_id': ['a:x'], 'kwargs': [{'s': 'caf\u00e9\n'}]}])");
    CHECK(specs[0].kwargs.find("s")->as_string() == "caf\xC3\xA9\n");
  }
}

TEST_CASE("ground truth: errors name what was expected", "[spec]") {
  CHECK(contains(gt_err("[]"), "ground_truth holds no instructions (an empty list)"));
  CHECK(contains(
      gt_err("[{'instruction_id': ['a:x', 'b:y'], 'kwargs': [None]}]"),
      "ground_truth: \"instruction_id\" has 2 ids but \"kwargs\" has 1 entries; they must pair "
      "up one to one"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': [{}, {}]}]"),
                 "has 1 ids but \"kwargs\" has 2 entries"));
  CHECK(contains(gt_err("[{'instruction_id': 5, 'kwargs': [None]}]"),
                 "\"instruction_id\" must be a list of instruction ids, got int"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x', 7], 'kwargs': [None, None]}]"),
                 "\"instruction_id\"[1] must be a string, got int"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': ['n=1']}]"),
                 "\"kwargs\"[0] (for \"a:x\") must be a dict or null, got string"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x', 'b:y'], 'kwargs': {'n': 1}}]"),
                 "\"kwargs\" must be a list of dicts, got dict"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': 'none'}]"),
                 "\"kwargs\" must be a list of dicts, got string"));
  CHECK(contains(gt_err("[{'kwargs': [None]}]"),
                 "ground_truth: missing \"instruction_id\" (a list of ids)"));
  CHECK(contains(gt_err("[['a:x']]"),
                 "ground_truth: expected a dict with \"instruction_id\" and \"kwargs\", got list"));
  CHECK(contains(gt_err("42"), "expected a dict with \"instruction_id\" and \"kwargs\", got int"));
  CHECK(contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': [None]}, None]"),
                 "ground_truth[1]: expected a dict"));
  CHECK(contains(gt_err("['{\"kwargs\": []}']"), "ground_truth: missing \"instruction_id\""));
}

TEST_CASE("ground truth: malformed input", "[spec]") {
  std::string e = gt_err("[{'instruction_id': ['a:x'], 'kwargs': [None}]", StatusCode::kParseError);
  CHECK(contains(e,
                 "ground_truth is neither JSON nor a Python literal: Python literal: "
                 "expected ',' or ']' at offset 44 near \"}]\""));
  CHECK(contains(gt_err("", StatusCode::kParseError), "expected a value at offset 0"));
  CHECK(
      contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': [{1: 2}]}]", StatusCode::kParseError),
               "dict keys must be strings"));
  CHECK(
      contains(gt_err("[{'instruction_id': ['a:x'], 'kwargs': [{'n': 1}]", StatusCode::kParseError),
               "expected ',' or '}' at offset 49 (end of input)"));
  CHECK(contains(
      gt_err("[{'instruction_id': ['a:x'], 'kwargs': [{'n': inf}]}]", StatusCode::kParseError),
      "'inf' is not a Python literal"));
  CHECK(contains(gt_err("\"not a literal\"", StatusCode::kParseError), "unknown name 'not'"));
  CHECK_FALSE(parse_ground_truth("\xFF\xFE").ok());
}

TEST_CASE("prompt spec from an IFEval row", "[spec]") {
  SECTION("a good row, with nulls inside kwargs as in the Hugging Face copies") {
    PromptSpec spec = row(
        R"({"key": 1001, "prompt": "Write a poem.",
            "instruction_id_list": ["length_constraints:number_words", "punctuation:no_comma"],
            "kwargs": [{"num_words": 300, "relation": "at least", "keyword": null}, {}]})");
    REQUIRE(spec.key.has_value());
    CHECK(*spec.key == 1001);
    CHECK(spec.prompt == "Write a poem.");
    REQUIRE(spec.instructions.size() == 2);
    CHECK(spec.instructions[0].id == "length_constraints:number_words");
    CHECK(spec.instructions[0].kwargs.find("num_words")->as_int() == 300);
    CHECK(spec.instructions[0].kwargs.find("keyword")->is_null());
    CHECK(spec.instructions[1].kwargs == Value::dict({}));
  }
  SECTION("key is optional; null kwargs entries mean none") {
    PromptSpec spec = row(R"({"prompt": "p", "instruction_id_list": ["a:x"], "kwargs": [null]})");
    CHECK_FALSE(spec.key.has_value());
    REQUIRE(spec.instructions.size() == 1);
    CHECK(spec.instructions[0].kwargs == Value::dict({}));
    PromptSpec null_key =
        row(R"({"key": null, "prompt": "p", "instruction_id_list": [], "kwargs": []})");
    CHECK_FALSE(null_key.key.has_value());
    CHECK(null_key.instructions.empty());
    PromptSpec null_kwargs =
        row(R"({"prompt": "p", "instruction_id_list": ["a:x", "b:y"], "kwargs": null})");
    CHECK(null_kwargs.instructions.size() == 2);
  }
  SECTION("errors name the field and what was expected") {
    CHECK(contains(row_err("[1]"), "a row must be a JSON object, got list"));
    CHECK(contains(
        row_err(R"({"key": "7a", "prompt": "p", "instruction_id_list": [], "kwargs": []})"),
        "\"key\" must be an integer"));
    // IFBench writes keys as strings of digits.
    CHECK(row(R"({"key": "7", "prompt": "p", "instruction_id_list": [], "kwargs": []})").key == 7);
    CHECK(
        contains(row_err(R"({"key": 1.5, "prompt": "p", "instruction_id_list": [], "kwargs": []})"),
                 "\"key\" must be an integer"));
    CHECK(contains(row_err(R"({"instruction_id_list": [], "kwargs": []})"),
                   "missing \"prompt\" (a string)"));
    CHECK(contains(row_err(R"({"prompt": 3, "instruction_id_list": [], "kwargs": []})"),
                   "\"prompt\" (a string)"));
    CHECK(contains(row_err(R"({"prompt": "p", "kwargs": []})"),
                   "missing \"instruction_id_list\" (a list of instruction ids)"));
    CHECK(contains(row_err(R"({"prompt": "p", "instruction_id_list": []})"),
                   "missing \"kwargs\" (a list of dicts, one per instruction)"));
    CHECK(contains(
        row_err(
            R"({"key": 7, "prompt": "p", "instruction_id_list": ["a:x", "b:y"], "kwargs": [{}]})"),
        "key 7: \"instruction_id_list\" has 2 ids but \"kwargs\" has 1 entries"));
    CHECK(contains(row_err(R"({"prompt": "p", "instruction_id_list": "a:x", "kwargs": [{}]})"),
                   "\"instruction_id_list\" must be a list of instruction ids, got string"));
    CHECK(contains(row_err(R"({"prompt": "p", "instruction_id_list": [1], "kwargs": [{}]})"),
                   "\"instruction_id_list\"[0] must be a string, got int"));
    CHECK(contains(row_err(R"({"prompt": "p", "instruction_id_list": ["a:x"], "kwargs": [[]]})"),
                   "\"kwargs\"[0] (for \"a:x\") must be a dict or null, got list"));
    CHECK(contains(row_err(R"({"prompt": "p", "instruction_id_list": ["a:x"], "kwargs": {}})"),
                   "\"kwargs\" must be a list of dicts, got dict"));
  }
}
