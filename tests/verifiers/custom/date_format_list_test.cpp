#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:date_format_list";
}  // namespace

TEST_CASE("custom:date_format_list", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "1796-04-12, 1805-12-02, 1815-06-18"));
    CHECK(both(kId, "{}", "1805-12-02"));
    CHECK(both(kId, "{}", "1796-04-12,\n1805-12-02"));
    CHECK_FALSE(both(kId, "{}", "1796-04-12, 1805-12-02,"));
    CHECK_FALSE(both(kId, "{}", "Battles: 1796-04-12, 1805-12-02"));
    CHECK_FALSE(both(kId, "{}", "1796/04/12"));
    CHECK_FALSE(both(kId, "{}", "1796-4-12"));
  }
  SECTION("boundaries") {
    CHECK(both(kId, "{}", "1769-01-01, 1821-12-31"));
    CHECK_FALSE(both(kId, "{}", "1768-12-31"));
    CHECK_FALSE(both(kId, "{}", "1822-01-01"));
    CHECK_FALSE(both(kId, "{}", "1805-13-01"));
    CHECK_FALSE(both(kId, "{}", "1805-04-31"));
    CHECK(both(kId, "{}", "1805-05-31"));
    CHECK_FALSE(both(kId, "{}", "1805-02-30"));
    CHECK(both(kId, "{}", "1804-02-29"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", "1805-12-02", kRef, v));
      CHECK_FALSE(check(kId, "{}", "1905-12-02", kRef, v));
    }
  }
  SECTION("precise: month 00 and day 00 fail") {
    CHECK(check(kId, "{}", "1805-00-10", kRef));
    CHECK_FALSE(check(kId, "{}", "1805-00-10", kPrecise));
    CHECK(check(kId, "{}", "1805-10-00", kRef));
    CHECK_FALSE(check(kId, "{}", "1805-10-00", kPrecise));
  }
  SECTION("precise: 29 February only in leap years") {
    CHECK(check(kId, "{}", "1805-02-29", kRef));
    CHECK_FALSE(check(kId, "{}", "1805-02-29", kPrecise));
    CHECK(check(kId, "{}", "1800-02-29", kRef));
    CHECK_FALSE(check(kId, "{}", "1800-02-29", kPrecise));
  }
  SECTION("precise: ASCII digits only") {
    const char* s = "\xEF\xBC\x91\xEF\xBC\x98\xEF\xBC\x90\xEF\xBC\x95-12-02";  // fullwidth 1805
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "1796-04-12,\r\n1805-12-02\r\n"));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 7})", s).ok());
    }
  }
}
