#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:word_reverse";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("custom:word_reverse", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "US the of symbol national the is eagle bald The."));
    CHECK(both(kId, "{}", "Eagle bald"));
    CHECK_FALSE(both(kId, "{}", "The bald eagle is the national symbol of the US."));
    CHECK_FALSE(both(kId, "{}", "eagle the bald"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "symbol the is eagle bald The.", kRef, kPaper));
    CHECK(check(kId, "{}", "Mr. Smith says: eagle bald. Dr. Who.", kRef, kPaper));
    CHECK(check(kId, "{}", "Mr. Smith says: eagle bald. Dr. Who.", kRef));
    CHECK_FALSE(check(kId, "{}", "bald eagle", kRef, kPaper));
  }
  SECTION("precise: whole words") {
    const char* s = "eagles bald";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the answer given forwards too fails") {
    const char* s = "The bald eagle: eagle bald The";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: any punctuation separates words") {
    const char* s =
        "eagle\xE2\x80\x94"
        "bald";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", "US the of symbol\r\nthe is eagle\r\nbald The\r\n"));
    CHECK(both(kId, "{}", "\xC3\xA9t\xC3\xA9 eagle bald"));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1})", s).ok());
    }
  }
}
