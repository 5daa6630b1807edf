#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:numbers";
}  // namespace

TEST_CASE("count:numbers", "[count]") {
  SECTION("pass, fail and boundaries") {
    CHECK(both(kId, R"({"N": 2})", "I have 3 cats and 12 fish."));
    CHECK_FALSE(both(kId, R"({"N": 1})", "I have 3 cats and 12 fish."));
    CHECK_FALSE(both(kId, R"({"N": 3})", "I have 3 cats and 12 fish."));
    CHECK(both(kId, R"({"N": 0})", "No numbers here."));
    CHECK(both(kId, R"({"N": 2})", "Pi is 3.14 and a thousand is 1,000."));
    CHECK(both(kId, R"({"N": 3})", "1, 2, 3"));
    CHECK(both(kId, R"({"N": 2})", "H2O and mp3"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, R"({"N": 1})", "from 1990-2000", kRef, v));
      CHECK_FALSE(check(kId, R"({"N": 2})", "from 1990-2000", kRef, v));
    }
  }
  SECTION("precise: other punctuation separates numbers") {
    CHECK(check(kId, R"({"N": 1})", "from 1990-2000", kRef));
    CHECK(check(kId, R"({"N": 2})", "from 1990-2000", kPrecise));
    CHECK(check(kId, R"({"N": 2})", "3/4 of 9:30", kRef));  // "34 of 930"
    CHECK(check(kId, R"({"N": 4})", "3/4 of 9:30", kPrecise));
    CHECK(both(kId, R"({"N": 1})", "1.234,5"));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, R"({"N": 2})", "1. first\r\n2. second\r\n"));
    CHECK(both(kId, R"({"N": 1})", "**42**\r\n"));
  }
  SECTION("non-ASCII digits count") {
    CHECK(both(kId, R"({"N": 2})",
               "\xD9\xA3 and \xEF\xBC\x91\xEF\xBC\x92"));  // Arabic-Indic 3, full-width 12
    CHECK(both(kId, R"({"N": 0})", "\xC2\xB2"));           // superscript two is not \d
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, R"({"N": 0})", ""));
    CHECK_FALSE(both(kId, R"({"N": 0})", "\r\n"));
    CHECK(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": -2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": [2]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2, "n": 1})", s).ok());
    }
  }
}
