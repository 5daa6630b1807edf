#include <catch2/catch.hpp>

#include <simdjson.h>

#include <string>

#include "precis/registry.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:json_format";

bool direct(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, precis::Value::dict({}), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

std::string nested(int depth) {
  return std::string(static_cast<size_t>(depth), '[') +
         std::string(static_cast<size_t>(depth), ']');
}

}  // namespace

TEST_CASE("detectable_format:json_format", "[detectable_format]") {
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", R"({"name": "Ada", "tags": ["x", 1, 2.5e-3, true, null], "o": {}})"));
    CHECK(both(kId, "{}", "```json\n{\"a\": 1}\n```"));
    CHECK(both(kId, "{}", "```JSON\n[1, 2]\n```"));
    CHECK(both(kId, "{}", "```\n{\"a\": [ ]}\n```"));
    CHECK(both(kId, "{}", "  \n{\"a\": 1}\n\n"));
    CHECK_FALSE(both(kId, "{}", "Here is the JSON:\n```json\n{\"a\": 1}\n```"));
    CHECK_FALSE(both(kId, "{}", "```json\n{\"a\": 1}\n```\nHope this helps!"));
    CHECK_FALSE(both(kId, "{}", "not json"));
  }
  SECTION("bare scalars are JSON values") {
    CHECK(both(kId, "{}", "42"));
    CHECK(both(kId, "{}", "\"just a string\""));
    CHECK(both(kId, "{}", "null"));
    CHECK(both(kId, "{}", "-0.5E+2"));
  }
  SECTION("syntax errors fail both") {
    for (const char* s : {"{\"a\": 1,}",
                          "[1, 2,]",
                          "{'a': 1}",
                          "{\"a\": 1 /* c */}",
                          "// c\n{}",
                          "{} {}",
                          "[] x",
                          "\"a\nb\"",
                          "\"tab\there\"",
                          "\xEF\xBB\xBF{}",
                          "{\"a\" 1}",
                          "{a: 1}",
                          "[01]",
                          "01",
                          "1.",
                          ".5",
                          "-",
                          "1e",
                          "+1",
                          "nul",
                          "True",
                          "nan",
                          "-NaN",
                          "[",
                          "{\"a\":",
                          "\"\\x\"",
                          "\"\\u12\"",
                          "\"\\u12G4\"",
                          "{\"a\": 1}}",
                          "[1 2]",
                          "\"unterminated",
                          "{\"a\":\xC2\xA0"
                          "1}"}) {
      INFO(s);
      CHECK_FALSE(both(kId, "{}", s));
    }
  }
  SECTION("valid edge cases pass both") {
    for (const char* s : {"\"\\u00e9\\n\\\"\\\\\\/\\b\\f\\r\\t\"", "\"\\ud800\"", "1e999", "-0",
                          "\"\x7f\"", "{\"a\":1,\"a\":2}", "\"é 日本\"", "[1e5, 1E-5, 0.0]",
                          "\xE3\x80\x80{}\xE3\x80\x80", "{\r\n\t\"a\" : 1\r\n}"}) {
      INFO(s);
      CHECK(both(kId, "{}", s));
    }
  }
  SECTION("NaN and Infinity: Python accepts them, RFC 8259 does not") {
    for (const char* s :
         {"NaN", "Infinity", "-Infinity", "[NaN, Infinity, -Infinity]", "{\"x\": NaN}"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("fences") {
    // Reference removes prefixes and the suffix independently; precise needs the pair.
    CHECK(check(kId, "{}", "```json\n{\"a\": 1}", kRef));
    CHECK_FALSE(check(kId, "{}", "```json\n{\"a\": 1}", kPrecise));
    CHECK(check(kId, "{}", "{\"a\": 1}\n```", kRef));
    CHECK_FALSE(check(kId, "{}", "{\"a\": 1}\n```", kPrecise));
    CHECK(check(kId, "{}", "```json```JSON{}", kRef));
    CHECK_FALSE(check(kId, "{}", "```json```JSON{}", kPrecise));
    // Any letter case of the tag in precise; only three spellings in reference.
    CHECK_FALSE(check(kId, "{}", "```jSoN\n{}\n```", kRef));
    CHECK(check(kId, "{}", "```jSoN\n{}\n```", kPrecise));
    CHECK(both(kId, "{}", "```Json\n{}\n```"));
    // Other tags stay and fail.
    CHECK_FALSE(both(kId, "{}", "```jsonc\n{}\n```"));
    CHECK_FALSE(both(kId, "{}", "```javascript\n{}\n```"));
    CHECK_FALSE(both(kId, "{}", "```"));
    CHECK_FALSE(both(kId, "{}", "``````"));
    CHECK(both(kId, "{}", "```json\r\n{\"a\": 1}\r\n```\r\n"));
    CHECK(both(kId, "{}", "```{\"inline\": true}```"));
  }
  SECTION("invalid UTF-8 inside strings fails only in precise") {
    CHECK(check(kId, "{}", "\"\xFF\"", kRef));
    CHECK_FALSE(check(kId, "{}", "\"\xFF\"", kPrecise));
    CHECK_FALSE(both(kId, "{}", "\xFF"));
  }
  SECTION("Python's 4300-digit limit on integers") {
    std::string ok(4300, '7'), long_int(4301, '7');
    CHECK(both(kId, "{}", ok));
    CHECK(check(kId, "{}", long_int, kPrecise));
    CHECK_FALSE(check(kId, "{}", long_int, kRef));
    CHECK(check(kId, "{}", "-" + ok, kRef));
    CHECK(both(kId, "{}", long_int + ".5"));  // floats have no limit
    CHECK(both(kId, "{}", long_int + "e1"));
  }
  SECTION("nesting is bounded and never crashes") {
    CHECK(both(kId, "{}", nested(1000)));
    CHECK_FALSE(both(kId, "{}", nested(1001)));
    CHECK_FALSE(both(kId, "{}", nested(200'000)));
    CHECK_FALSE(both(kId, "{}", std::string(1'000'000, '[')));
    std::string objects;
    for (int i = 0; i < 999; ++i)
      objects += "{\"a\":";
    objects += "1" + std::string(999, '}');
    CHECK(both(kId, "{}", objects));
  }
  SECTION("precise agrees with simdjson where both define the answer") {
    simdjson::dom::parser parser;
    for (const char* s : {"{\"a\": [1, 2, {\"b\": null}]}",
                          "[]",
                          "{}",
                          "0",
                          "-1.5e10",
                          "\"s\"",
                          "true",
                          "[1,]",
                          "{\"a\" 1}",
                          "{} {}",
                          "[01]",
                          "NaN",
                          "\"\\u00e9\"",
                          "\"a\tb\"",
                          "[\"\\ud83d\\ude00\"]",
                          "{\"k\": \"v\",}",
                          "1.",
                          "-",
                          "\"\xC3\xA9\"",
                          "\"\xC3\"",
                          " \n[ true , false ] \r\n"}) {
      INFO(s);
      bool sj = !parser.parse(simdjson::padded_string(std::string(s))).error();
      CHECK(direct(s, kPrecise) == sj);
    }
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n  "));
    CHECK_FALSE(direct(" ", kRef));
    CHECK_FALSE(direct(" ", kPrecise));
    CHECK_FALSE(direct("```\n```", kRef));
  }
  SECTION("large inputs stay linear") {
    std::string arr = "[";
    for (int i = 0; i < 500'000; ++i)
      arr += "{\"k\": \"v\", \"n\": 1.5},";
    arr += "0]";
    CHECK(both(kId, "{}", arr));
    CHECK_FALSE(both(kId, "{}", arr + ","));
    std::string s = "\"" + std::string(5'000'000, 'x');
    CHECK_FALSE(both(kId, "{}", s));
    CHECK(both(kId, "{}", s + "\""));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto err = build_error(kId, R"({"strict": true})", s);
      CHECK(err.code() == precis::StatusCode::kInvalidArgument);
      CHECK(err.message().find("takes no kwargs") != std::string::npos);
      CHECK(build_error(kId, "{}", s).ok());
    }
  }
}
