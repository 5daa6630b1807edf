#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:sub-bullets";
}  // namespace

TEST_CASE("format:sub-bullets", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "* Fruit\n  - apples\n  - pears\n* Vegetables\n  - leeks"));
    CHECK_FALSE(both(kId, "{}", "* Fruit\n  - apples\n* Vegetables\n* Grains\n  - rice"));
    CHECK_FALSE(both(kId, "{}", "* Fruit\n* Vegetables"));
  }
  SECTION("boundaries: one bullet with one sub-bullet") {
    CHECK(both(kId, "{}", "* a\n - b"));
    CHECK_FALSE(both(kId, "{}", "* a"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "* Grüße\r\n  - aus Köln\r\n* 東京\r\n  - タワー\r\n"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "* a\n - b", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "* a\n* b\n - c", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: at least one bullet") {
    const char* s = "No bullets at all.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: bold text does not break the list") {
    const char* s = "* **Fruit**\n  - apples\n* Vegetables\n  - leeks";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a hyphen inside text is no sub-bullet") {
    const char* s = "* A well-known fruit\n* A long-lived tree";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
