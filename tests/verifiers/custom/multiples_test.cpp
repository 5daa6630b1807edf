#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:multiples";
}  // namespace

TEST_CASE("custom:multiples", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "14, 21, 28, 35, 42, 49"));
    CHECK(both(kId, "{}", "14\n21\n28\n35\n42\n49"));
    CHECK(both(kId, "{}", "14,21,28,35,42,49"));
    CHECK_FALSE(both(kId, "{}", "14, 21, 28, 35, 42"));
    CHECK_FALSE(both(kId, "{}", "14, 21, 28, 35, 42, 49, 56"));
    CHECK_FALSE(both(kId, "{}", "Multiples of 7 from 10 to 50: 14, 21, 28, 35, 42, 49"));
    CHECK_FALSE(both(kId, "{}", "21, 14, 28, 35, 42, 49"));
    CHECK_FALSE(both(kId, "{}", "fourteen, twenty-one"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", "14 21 28 35 42 49", kRef, v));
      CHECK_FALSE(check(kId, "{}", "7 14 21 28 35 42 49", kRef, v));
    }
  }
  SECTION("precise: numbers by value in any script") {
    const char* fw = "\xEF\xBC\x91\xEF\xBC\x94, 21, 28, 35, 42, 49";  // fullwidth 14
    CHECK_FALSE(check(kId, "{}", fw, kRef));
    CHECK(check(kId, "{}", fw, kPrecise));
    CHECK_FALSE(check(kId, "{}", "014, 21, 28, 35, 42, 49", kRef));
    CHECK(check(kId, "{}", "014, 21, 28, 35, 42, 49", kPrecise));
  }
  SECTION("CRLF and non-ASCII text") {
    CHECK(both(kId, "{}", "14\r\n21\r\n28\r\n35\r\n42\r\n49\r\n"));
    CHECK(both(kId, "{}", "\xC3\xA9: 14 \xE2\x80\x94 21 \xE2\x80\x94 28 35 42 49"));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 7})", s).ok());
    }
  }
}
