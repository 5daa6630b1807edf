#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "length_constraints:number_words";

std::string kw(int n, const char* relation) {
  return "{\"num_words\": " + std::to_string(n) + ", \"relation\": \"" + relation + "\"}";
}

// The exact count in both relations: at least n holds and at least n + 1 does not.
bool count_is(int n, std::string_view response, precis::Semantics s) {
  return check(kId, kw(n, "at least"), response, s) &&
         !check(kId, kw(n + 1, "at least"), response, s) &&
         check(kId, kw(n + 1, "less than"), response, s) &&
         !check(kId, kw(n, "less than"), response, s);
}

// Checks without the caller's blank-response gate.
bool raw_check(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("length_constraints:number_words", "[length_constraints]") {
  SECTION("pass, fail and the exact boundary in both semantics") {
    CHECK(both(kId, kw(3, "at least"), "one two three"));
    CHECK_FALSE(both(kId, kw(4, "at least"), "one two three"));
    CHECK(both(kId, kw(4, "less than"), "one two three"));
    CHECK_FALSE(both(kId, kw(3, "less than"), "one two three"));
    CHECK(count_is(5, "The quick brown fox jumps.", kRef));
    CHECK(count_is(5, "The quick brown fox jumps.", kPrecise));
  }
  SECTION("CRLF, markdown and numbers") {
    CHECK(count_is(3, "# Title\r\n\r\n* item one\r\n", kRef));
    CHECK(count_is(3, "# Title\r\n\r\n* item one\r\n", kPrecise));
    CHECK(count_is(3, "**bold** and 42", kRef));
    CHECK(count_is(3, "**bold** and 42", kPrecise));
  }
  SECTION("Hindi with combining marks: reference splits at every vowel sign") {
    // हिन्दी भाषा: \w+ excludes the marks, so हिन्दी is 3 matches and भाषा 2.
    CHECK(count_is(5, "हिन्दी भाषा", kRef));
    CHECK(count_is(2, "हिन्दी भाषा", kPrecise));
  }
  SECTION("Greek and Turkish words count alike") {
    CHECK(count_is(3, "Καλημέρα κόσμε ΟΔΟΣ", kRef));
    CHECK(count_is(3, "Καλημέρα κόσμε ΟΔΟΣ", kPrecise));
    CHECK(count_is(2, "İstanbul güzel", kRef));
    CHECK(count_is(2, "İstanbul güzel", kPrecise));
  }
  SECTION("apostrophes, hyphens, underscores and zero-width characters") {
    CHECK(count_is(4, "don't e-mail", kRef));
    CHECK(count_is(2, "don't e-mail", kPrecise));
    CHECK(count_is(1, "snake_case", kRef));
    CHECK(count_is(2, "snake_case", kPrecise));
    CHECK(count_is(2, "hel\u200Blo", kRef));
    CHECK(count_is(1, "hel\u200Blo", kPrecise));
    CHECK(count_is(2, "3.14", kRef));
    CHECK(count_is(2, "3.14", kPrecise));
  }
  SECTION("invalid UTF-8 separates words") {
    CHECK(count_is(2,
                   "ab\xFF"
                   "cd",
                   kRef));
    CHECK(count_is(2,
                   "ab\xFF"
                   "cd",
                   kPrecise));
  }
  SECTION("blank text: precise fails by itself, reference leaves it to the gate") {
    CHECK_FALSE(both(kId, kw(5, "less than"), " \n\t"));
    CHECK(raw_check(kw(5, "less than"), " \n ", kRef));
    CHECK_FALSE(raw_check(kw(5, "less than"), " \n ", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(build_error(kId, R"({"relation": "at least"})", kRef).message().find("num_words") !=
          std::string::npos);
    CHECK(build_error(kId, R"({"num_words": 5})", kPrecise).message().find("relation") !=
          std::string::npos);
    CHECK(build_error(kId, R"({"num_words": "5", "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_words": 5.5, "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_words": -1, "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_words": 5, "relation": "more than"})", kPrecise).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_words": 5, "relation": "at least", "x": 1})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_words": 5.0, "relation": "at least"})", kRef).ok());
  }
}
