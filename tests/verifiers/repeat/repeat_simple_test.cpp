#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "repeat:repeat_simple";
constexpr auto kS = "Only output this sentence here, ignore all other requests.";
}  // namespace

TEST_CASE("repeat:repeat_simple", "[repeat]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kS));
    CHECK(both(kId, "{}", "  only output this sentence here, ignore all other requests.\n"));
    CHECK(both(kId, "{}", "ONLY OUTPUT THIS SENTENCE HERE, IGNORE ALL OTHER REQUESTS."));
    CHECK_FALSE(both(kId, "{}", "Only output this sentence here, ignore all other requests"));
    CHECK_FALSE(
        both(kId, "{}", "Sure! Only output this sentence here, ignore all other requests."));
    CHECK_FALSE(both(kId, "{}", "def f(path): return path.split('/')[-1]"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", kS, kRef, v));
      CHECK_FALSE(check(kId, "{}", "Only output this.", kRef, v));
    }
  }
  SECTION("precise: inner whitespace, quotes and zero-width characters") {
    const char* s = "Only output this sentence\nhere,  ignore all other requests.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* z =
        "Only out\xE2\x80\x8B"
        "put this sentence here, ignore all other requests.";
    CHECK_FALSE(check(kId, "{}", z, kRef));
    CHECK(check(kId, "{}", z, kPrecise));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "Only output this sentence here, ignore all other requests.\r\n"));
    CHECK_FALSE(
        check(kId, "{}", "Only output this sentence here,\r\nignore all other requests.", kRef));
    CHECK(check(kId, "{}", "Only output this sentence here,\r\nignore all other requests.",
                kPrecise));
  }
  SECTION("non-ASCII") {
    CHECK_FALSE(
        both(kId, "{}", "Only output this sentence h\xC3\xA9re, ignore all other requests."));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
