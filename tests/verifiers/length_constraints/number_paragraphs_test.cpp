#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "length_constraints:number_paragraphs";

std::string kw(int n) {
  return "{\"num_paragraphs\": " + std::to_string(n) + "}";
}

// Exactly n paragraphs: n passes, n - 1 and n + 1 fail.
bool count_is(int n, std::string_view response, precis::Semantics s) {
  return check(kId, kw(n), response, s) && !check(kId, kw(n + 1), response, s) &&
         (n == 0 || !check(kId, kw(n - 1), response, s));
}

bool raw_check(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("length_constraints:number_paragraphs", "[length_constraints]") {
  SECTION("divider lines, both semantics") {
    CHECK(count_is(2, "First paragraph.\n***\nSecond paragraph.", kRef));
    CHECK(count_is(2, "First paragraph.\n***\nSecond paragraph.", kPrecise));
    CHECK(count_is(3, "A\n\n***\n\nB\n\n***\n\nC", kRef));
    CHECK(count_is(3, "A\n\n***\n\nB\n\n***\n\nC", kPrecise));
    CHECK(count_is(1, "Just one paragraph.\n\nWith a blank line.", kRef));
    CHECK(count_is(1, "Just one paragraph.\n\nWith a blank line.", kPrecise));
  }
  SECTION("empty first and last pieces are not counted") {
    CHECK(count_is(2, "***\nA\n***\nB\n***", kRef));
    CHECK(count_is(2, "***\nA\n***\nB\n***", kPrecise));
  }
  SECTION("empty middle piece: reference fails, precise ignores it") {
    for (const char* s : {"A\n******\nB", "A\n***\n\n***\nB", "A *** *** B"}) {
      INFO(s);
      CHECK_FALSE(check(kId, kw(2), s, kRef));
      CHECK_FALSE(check(kId, kw(3), s, kRef));
    }
    CHECK(count_is(2, "A\n******\nB", kPrecise));
    CHECK(count_is(2, "A\n***\n\n***\nB", kPrecise));
  }
  SECTION("*** inside a line: reference splits, precise does not") {
    CHECK(count_is(2, "A *** B", kRef));
    CHECK(count_is(1, "A *** B", kPrecise));
    CHECK(count_is(2, "***bold*** text", kRef));
    CHECK(count_is(1, "***bold*** text", kPrecise));
    CHECK(count_is(2, "A\n****\nB", kRef));  // leaves "*" at the start of the second piece
    CHECK(count_is(2, "A\n****\nB", kPrecise));
  }
  SECTION("other markdown dividers count only in precise") {
    for (const char* s : {"A\n---\nB", "A\n* * *\nB", "A\n___\nB", "A\n  - - -  \nB"}) {
      INFO(s);
      CHECK(count_is(1, s, kRef));
      CHECK(count_is(2, s, kPrecise));
    }
    CHECK(count_is(1, "A\n-*-\nB", kPrecise));  // mixed characters: no divider
    CHECK(count_is(1, "A\n--\nB", kPrecise));   // two are not enough
  }
  SECTION("CRLF") {
    CHECK(count_is(2, "A\r\n***\r\nB", kRef));
    CHECK(count_is(2, "A\r\n***\r\nB", kPrecise));
  }
  SECTION("non-ASCII text and whitespace") {
    const char* greek = "Πρώτη παράγραφος.\n***\nΔεύτερη παράγραφος.\u3000***\u3000Τρίτη.";
    CHECK(count_is(3, greek, kRef));
    CHECK(count_is(2, greek, kPrecise));
    CHECK(count_is(2, "A\n***\n\u200B\n***\nB", kPrecise));  // zero-width only: empty
  }
  SECTION("blank text: precise fails by itself") {
    CHECK(raw_check(kw(0), " \n", kRef));
    CHECK_FALSE(raw_check(kw(0), " \n", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(build_error(kId, "{}", kRef).message().find("num_paragraphs") != std::string::npos);
    CHECK(build_error(kId, R"({"num_paragraphs": "2"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_paragraphs": -1})", kPrecise).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_paragraphs": 2, "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
  }
}
