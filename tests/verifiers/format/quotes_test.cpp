#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:quotes";
}  // namespace

TEST_CASE("format:quotes", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", R"(She said, "He told me, 'The sign read "Stop" twice' again" today.)"));
    CHECK(both(kId, "{}", R"('a "b 'c' b" a')"));
    CHECK_FALSE(both(kId, "{}", R"(She said, "He told me, 'stop' again" today.)"));
    CHECK_FALSE(both(kId, "{}", "no quotes"));
  }
  SECTION("boundaries: two levels fail, three and four pass") {
    CHECK_FALSE(both(kId, "{}", R"("a 'b' a")"));
    CHECK(both(kId, "{}", R"("a 'b "c" b' a")"));
    CHECK(both(kId, "{}", R"("a 'b "c 'd' c" b' a")"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "\"Grüße 'aus \"Köln\" heute' dann\"\r\nEnde"));
    CHECK(both(kId, "{}", "\"a\r\n'b\r\n\"東京\"\r\nb'\r\na\""));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", R"("a 'b "c" b' a")", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", R"("a 'b' a")", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: apostrophes are not quotes") {
    // reference pairs the apostrophes of don't and won't around a third level
    const char* s = R"("I don't "know" it won't" end)";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    // an apostrophe inside a quoted level does not close it
    CHECK(check(kId, "{}", R"("He said 'I don't know "why" at all' then" end)", kPrecise));
  }
  SECTION("precise: curly quotes count") {
    const char* s =
        "\xE2\x80\x9C"
        "a \xE2\x80\x98"
        "b \xE2\x80\x9C"
        "c\xE2\x80\x9D b\xE2\x80\x99 a\xE2\x80\x9D";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: levels alternate") {
    const char* s =
        "\xE2\x80\x9C"
        "a \xE2\x80\x9C"
        "b \xE2\x80\x9C"
        "c\xE2\x80\x9D b\xE2\x80\x9D a\xE2\x80\x9D";
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the innermost quote holds text") {
    const char* s = R"(x "a '""' a" y)";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the outermost quote closes") {
    const char* s = R"(x "a 'b "c 'd' c" b' a and then nothing)";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 3})", kRef).ok());
  }
}
