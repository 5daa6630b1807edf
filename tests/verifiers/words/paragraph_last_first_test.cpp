#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:paragraph_last_first";
}  // namespace

TEST_CASE("words:paragraph_last_first", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Time is time.\nHope springs eternal, hope!"));
    CHECK_FALSE(both(kId, "{}", "Time flies fast"));
    CHECK_FALSE(both(kId, "{}", "Time is time.\nHope is eternal."));
  }
  SECTION("case and end punctuation") {
    CHECK(both(kId, "{}", "Time waits for no TIME."));
    CHECK(both(kId, "{}", "(Time waits for no time)"));
  }
  SECTION("blank lines and dividers are skipped") {
    CHECK(both(kId, "{}", "Time is time.\n\n---\n\nHope is hope.\n"));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "Time is time.\r\n\r\nHope is hope.\r\n"));
    CHECK_FALSE(both(kId, "{}", "Time is time.\r\nHope is dead.\r\n"));
  }
  SECTION("non-ASCII words") {
    CHECK(both(kId, "{}", "\xC3\x89t\xC3\xA9 est \xC3\xA9t\xC3\xA9"));
    CHECK_FALSE(both(kId, "{}", "\xC3\x89t\xC3\xA9 est chaud"));
  }
  SECTION("precise: punctuation around words is ignored") {
    const char* s = "Time, they say, is time";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* q = "\xE2\x80\x9CHope springs, hope\xE2\x80\x9D";
    CHECK_FALSE(check(kId, "{}", q, kRef));
    CHECK(check(kId, "{}", q, kPrecise));
    CHECK_FALSE(check(kId, "{}", "**Time** is time", kRef));
    CHECK(check(kId, "{}", "**Time** is time", kPrecise));
  }
  SECTION("precise: a one-word paragraph fails") {
    CHECK(check(kId, "{}", "Hello", kRef));
    CHECK_FALSE(check(kId, "{}", "Hello", kPrecise));
    CHECK(check(kId, "{}", "Title\nTime is time", kRef));
    CHECK_FALSE(check(kId, "{}", "Title\nTime is time", kPrecise));
  }
  SECTION("precise: a lone carriage return separates paragraphs") {
    const char* s = "Time is time.\rHope is hope.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: full case folding and zero-width characters") {
    const char* s =
        "Stra\xC3\x9F"
        "e is STRASSE";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* z = "time is ti\xE2\x80\x8Bme";
    CHECK_FALSE(check(kId, "{}", z, kRef));
    CHECK(check(kId, "{}", z, kPrecise));
  }
  SECTION("precise: a response without words fails") {
    CHECK(check(kId, "{}", "...", kRef));
    CHECK_FALSE(check(kId, "{}", "...", kPrecise));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", "Time is time.\nHope is hope.", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Time, they say, is time", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
