#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "change_case:capital_word_frequency";

std::string kw(int n, const char* relation) {
  return "{\"capital_frequency\": " + std::to_string(n) + ", \"capital_relation\": \"" + relation +
         "\"}";
}

bool count_is(int n, std::string_view response, precis::Semantics s) {
  return check(kId, kw(n, "at least"), response, s) &&
         !check(kId, kw(n + 1, "at least"), response, s) &&
         check(kId, kw(n + 1, "less than"), response, s) &&
         !check(kId, kw(n, "less than"), response, s);
}

bool raw_check(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("change_case:capital_word_frequency", "[change_case]") {
  SECTION("pass, fail and the exact boundary in both semantics") {
    const char* s = "HELLO world, THIS is IMPORTANT.";
    CHECK(both(kId, kw(3, "at least"), s));
    CHECK_FALSE(both(kId, kw(4, "at least"), s));
    CHECK(both(kId, kw(4, "less than"), s));
    CHECK_FALSE(both(kId, kw(3, "less than"), s));
    CHECK(count_is(0, "nothing in capitals here", kRef));
    CHECK(count_is(0, "nothing in capitals here", kPrecise));
    CHECK(count_is(2, "I saw A cat.", kRef));
    CHECK(count_is(2, "I saw A cat.", kPrecise));
  }
  SECTION("clitics: nltk splits them, precise keeps one word") {
    CHECK(count_is(3, "DON'T STOP", kRef));  // DO, N'T, STOP
    CHECK(count_is(2, "DON'T STOP", kPrecise));
    CHECK(count_is(3, "I'M HERE", kRef));  // I, 'M, HERE
    CHECK(count_is(2, "I'M HERE", kPrecise));
    CHECK(count_is(2, "CANNOT", kRef));  // CAN, NOT
    CHECK(count_is(1, "CANNOT", kPrecise));
  }
  SECTION("periods, slashes and digits") {
    CHECK(count_is(1, "The U.S.A. rocks", kRef));
    CHECK(count_is(3, "The U.S.A. rocks", kPrecise));
    CHECK(count_is(1, "COVID-19 cases", kRef));
    CHECK(count_is(1, "COVID-19 cases", kPrecise));
    CHECK(count_is(1, "the 2ND time", kRef));
    CHECK(count_is(1, "the 2ND time", kPrecise));
    CHECK(count_is(0, "2024 and 42", kPrecise));
  }
  SECTION("Greek, Turkish and caseless letters") {
    CHECK(count_is(1, "ΚΑΛΗΜΕΡΑ κόσμε", kRef));
    CHECK(count_is(1, "ΚΑΛΗΜΕΡΑ κόσμε", kPrecise));
    CHECK(count_is(2, "İSTANBUL ÇOK güzel", kRef));
    CHECK(count_is(2, "İSTANBUL ÇOK güzel", kPrecise));
    CHECK(count_is(1, "STRAẞE", kPrecise));  // U+1E9E is uppercase
    CHECK(count_is(0, "STRAßE", kPrecise));  // U+00DF is lowercase
    CHECK(count_is(0, "STRAßE", kRef));
    // A caseless letter: str.isupper() ignores it, precise wants every letter uppercase.
    CHECK(count_is(1, "ÄB中 x", kRef));
    CHECK(count_is(0, "ÄB中 x", kPrecise));
    CHECK(count_is(0, "हिन्दी भाषा", kRef));
    CHECK(count_is(0, "हिन्दी भाषा", kPrecise));
  }
  SECTION("markdown and CRLF") {
    const char* md = "# **NOTE**\r\n\r\n* KEEP calm\r\n* *READ* this";
    CHECK(count_is(3, md, kRef));
    CHECK(count_is(3, md, kPrecise));
  }
  SECTION("zero-width characters and invalid UTF-8") {
    CHECK(count_is(1, "BIG\u200BWORD small", kPrecise));
    CHECK(count_is(2, "BIG \xFF WORD", kPrecise));
    CHECK(count_is(2, "BIG \xFF WORD", kRef));
  }
  SECTION("a negative bound is kept as IFEval keeps it") {
    CHECK(both(kId, kw(-1, "at least"), "no capitals"));
    CHECK_FALSE(both(kId, kw(-1, "less than"), "no capitals"));
  }
  SECTION("blank text: precise fails by itself") {
    CHECK(raw_check(kw(1, "less than"), " ", kRef));
    CHECK_FALSE(raw_check(kw(1, "less than"), " ", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(
        build_error(kId, R"({"capital_frequency": 3})", kRef).message().find("capital_relation") !=
        std::string::npos);
    CHECK(build_error(kId, R"({"capital_relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(
        build_error(kId, R"({"capital_frequency": "3", "capital_relation": "at least"})", kPrecise)
            .code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"capital_frequency": 3, "capital_relation": "at most"})", kRef)
              .code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"capital_frequency": 3, "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
  }
}
