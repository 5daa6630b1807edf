#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:character_reverse";
}  // namespace

TEST_CASE("custom:character_reverse", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", ".SU eht fo lobmys lanoitan eht si elgae dlab ehT"));
    CHECK(both(kId, "{}", "ELGAE DLAB"));
    CHECK_FALSE(both(kId, "{}", "The bald eagle is the national symbol of the US."));
    CHECK_FALSE(both(kId, "{}", "elgae"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", "elgae dlab ehT", kRef, v));
      CHECK_FALSE(check(kId, "{}", "dlab elgae", kRef, v));
    }
  }
  SECTION("precise: whole words") {
    const char* s = "xelgae dlabs";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: any whitespace between the words") {
    const char* s = "elgae\ndlab ehT";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the answer given forwards too fails") {
    const char* s = "The bald eagle. Reversed: elgae dlab ehT";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", "!elgae dlab\r\n"));
    CHECK(both(kId, "{}", "\xC3\xA9t\xC3\xA9 elgae dlab"));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "  \n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1})", s).ok());
    }
  }
}
