#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:no_consecutive";
}  // namespace

TEST_CASE("words:no_consecutive", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "The quick brown fox"));
    CHECK_FALSE(both(kId, "{}", "Big bad wolf"));
  }
  SECTION("boundaries: a single word passes; non-adjacent repeats are fine") {
    CHECK(both(kId, "{}", "Hello"));
    CHECK(both(kId, "{}", "cat dog cow"));
    CHECK_FALSE(both(kId, "{}", "cat dog dug"));
  }
  SECTION("case, ASCII punctuation and lines") {
    CHECK_FALSE(both(kId, "{}", "Apple ant"));
    CHECK(both(kId, "{}", "Cat, dog."));
    CHECK_FALSE(both(kId, "{}", "cat. Car"));
    CHECK_FALSE(both(kId, "{}", "apple\nant"));
  }
  SECTION("CRLF") {
    CHECK_FALSE(both(kId, "{}", "cat\r\ncar"));
    CHECK(both(kId, "{}", "cat\r\ndog\r\n"));
  }
  SECTION("non-ASCII words") {
    CHECK_FALSE(both(kId, "{}", "\xC3\xA9t\xC3\xA9 \xC3\x89T\xC3\x89"));
    CHECK(both(kId, "{}", "\xC3\xA9t\xC3\xA9 chaud"));
  }
  SECTION("precise: punctuation outside ASCII does not separate words") {
    const char* s = "apple \xE2\x80\x94 ant";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the first letter is found after leading quotes") {
    const char* s =
        "\xE2\x80\x9C"
        "Apple\xE2\x80\x9D ant";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: ASCII punctuation between letters separates words") {
    CHECK(check(kId, "{}", "cat,car", kRef));
    CHECK_FALSE(check(kId, "{}", "cat,car", kPrecise));
  }
  SECTION("precise: accents are ignored") {
    const char* s = "\xC3\x89mile eats";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
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
    CHECK(check(kId, "{}", "The quick brown fox", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "apple\nant", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
