// Hostile and malformed input: every id, both semantics, never a crash, always a verdict or a
// clear error.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "precis/program.h"
#include "precis/registry.h"
#include "precis/spec.h"
#include "test_util.h"

using namespace precis;

namespace {

// A valid kwargs example for every IFEval id.
const std::vector<std::pair<std::string, std::string>>& ifeval_examples() {
  static const std::vector<std::pair<std::string, std::string>> v = {
      {"change_case:capital_word_frequency",
       R"({"capital_frequency": 3, "capital_relation": "at least"})"},
      {"change_case:english_capital", "{}"},
      {"change_case:english_lowercase", "{}"},
      {"combination:repeat_prompt", R"({"prompt_to_repeat": "Say it again."})"},
      {"combination:two_responses", "{}"},
      {"detectable_content:number_placeholders", R"({"num_placeholders": 2})"},
      {"detectable_content:postscript", R"({"postscript_marker": "P.S."})"},
      {"detectable_format:constrained_response", "{}"},
      {"detectable_format:json_format", "{}"},
      {"detectable_format:multiple_sections",
       R"({"section_spliter": "Section", "num_sections": 2})"},
      {"detectable_format:number_bullet_lists", R"({"num_bullets": 3})"},
      {"detectable_format:number_highlighted_sections", R"({"num_highlights": 2})"},
      {"detectable_format:title", "{}"},
      {"keywords:existence", R"({"keywords": ["alpha", "beta"]})"},
      {"keywords:forbidden_words", R"({"forbidden_words": ["gamma"]})"},
      {"keywords:frequency", R"({"keyword": "alpha", "frequency": 2, "relation": "at least"})"},
      {"keywords:letter_frequency",
       R"({"letter": "a", "let_frequency": 3, "let_relation": "at least"})"},
      {"language:response_language", R"({"language": "en"})"},
      {"length_constraints:nth_paragraph_first_word",
       R"({"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "alpha"})"},
      {"length_constraints:number_paragraphs", R"({"num_paragraphs": 2})"},
      {"length_constraints:number_sentences", R"({"num_sentences": 3, "relation": "less than"})"},
      {"length_constraints:number_words", R"({"num_words": 10, "relation": "at least"})"},
      {"punctuation:no_comma", "{}"},
      {"startend:end_checker", R"({"end_phrase": "The end."})"},
      {"startend:quotation", "{}"},
  };
  return v;
}

std::vector<ConstraintPtr> build_all(Semantics s) {
  std::vector<ConstraintPtr> out;
  for (const auto& [id, kw] : ifeval_examples()) {
    auto v = parse_json(kw);
    REQUIRE(v.ok());
    auto c = Registry::global().build(id, *v, s);
    INFO(id << ": " << c.status().to_string());
    REQUIRE(c.ok());
    out.push_back(std::move(c).value());
  }
  return out;
}

std::string hostile_block() {
  std::string b;
  b += "a. b. c. Mr. X. 1. 2. ... ?!?! \"quoted.\" (paren.) ";
  b += "****** *** * * * ** ** *a*b*c* ";
  b += "<< << >> >> <<title>> [ [ ] [x] [[y]] ";
  b += "Section 1 SECTION 2 Section3 P.S. p.p.s ";
  b += "{\"a\": [1, 2, {\"b\": null}]} ``` ```json ";
  b += "\r\n\r\n\n\n\n- item\n* item\n  * nested\n---\n";
  b += "Grüße, ИВАН, ΣΊΣΥΦΟΣ, हिन्दी, 中文，日本語、 😀 \xE2\x80\x8B zero\xE2\x80\x8Bwidth ";
  b += "DON'T CANNOT U.S.A. e.g. i.e. ";
  b += "\xFF\xFE\xC0\x80\xED\xA0\x80 invalid ";
  return b;
}

void run_everything(const std::string& response) {
  for (Semantics s : {Semantics::kReference, Semantics::kPrecise}) {
    auto constraints = build_all(s);
    Text text(response);
    for (const auto& c : constraints) {
      Reason why;
      (void)c->check(text, &why);
      (void)c->check(text, nullptr);
    }
  }
}

}  // namespace

TEST_CASE("every IFEval id is registered with an example", "[robustness]") {
  for (const auto& [id, kw] : ifeval_examples()) {
    INFO(id);
    const VerifierInfo* info = Registry::global().find(id);
    REQUIRE(info != nullptr);
    CHECK(info->suite == "IFEval");
    CHECK_FALSE(info->summary.empty());
  }
}

TEST_CASE("empty, blank and tiny responses give verdicts", "[robustness]") {
  for (const char* s : {"", " ", "\n", "\r\n", "\t\v\f", "a", "*", "\"", "<<>>", "[]", "{}", "\xFF",
                        "\xE2\x80", "\xF0\x9F\x98"}) {
    INFO(testing::shared_data("") << s);
    run_everything(s);
  }
}

TEST_CASE("random bytes and random UTF-8 never crash", "[robustness]") {
  std::mt19937 rng(12345);  // seeded: deterministic
  for (int round = 0; round < 40; ++round) {
    std::string s;
    size_t n = rng() % 400;
    for (size_t i = 0; i < n; ++i) {
      if (round % 2) {
        s.push_back(static_cast<char>(rng() & 0xFF));
      } else {
        const char* pieces[] = {"a", " ", ".", "\n", "*", "<<", ">>", "[", "]",    "\"",
                                "é", "ß", "Σ", "中", "😀", "\r", ",",  "-", "P.S.", "Section 1"};
        s += pieces[rng() % 20];
      }
    }
    run_everything(s);
  }
}

TEST_CASE("a 50 MB hostile response gives verdicts for every id", "[robustness][large]") {
  const std::string block = hostile_block();
  std::string big;
  big.reserve(50u << 20);
  while (big.size() < (50u << 20))
    big += block;
  run_everything(big);
  // Long runs of one structure character.
  for (char c : {'*', '<', '[', '.', '\n', '-', '"', '{'}) {
    run_everything(std::string(4u << 20, c));
  }
}

TEST_CASE("malformed specs give errors that say what was expected", "[robustness]") {
  CHECK(parse_json("{").status().code() == StatusCode::kParseError);
  CHECK(parse_json("").status().code() == StatusCode::kParseError);
  auto row = parse_json(R"({"key": 1, "prompt": "p", "instruction_id_list": ["x"], "kwargs": []})");
  REQUIRE(row.ok());
  auto spec = prompt_spec_from_row(*row);
  REQUIRE_FALSE(spec.ok());
  CHECK(spec.status().message().find("pair up") != std::string::npos);

  auto bad_relation = parse_json(R"({"num_words": 3, "relation": "more than"})");
  auto c = Registry::global().build("length_constraints:number_words", *bad_relation,
                                    Semantics::kReference);
  REQUIRE_FALSE(c.ok());
  CHECK(c.status().message().find("relation") != std::string::npos);
  CHECK(c.status().message().find("\"less than\", \"at least\"") != std::string::npos);

  auto unknown =
      Registry::global().build("keywords:existance", Value::dict({}), Semantics::kPrecise);
  REQUIRE_FALSE(unknown.ok());
  CHECK(unknown.status().message().find("did you mean \"keywords:existence\"") !=
        std::string::npos);

  auto missing = Registry::global().build("length_constraints:number_words",
                                          *parse_json(R"({"num_words": 3})"), Semantics::kPrecise);
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().message().find("missing required kwarg \"relation\"") !=
        std::string::npos);

  auto wrong_type = Registry::global().build(
      "length_constraints:number_words",
      *parse_json(R"({"num_words": "3", "relation": "at least"})"), Semantics::kPrecise);
  REQUIRE_FALSE(wrong_type.ok());
  CHECK(wrong_type.status().message().find("expected an integer, got string \"3\"") !=
        std::string::npos);
}
