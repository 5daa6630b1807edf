#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:newline";
}  // namespace

TEST_CASE("format:newline", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Each\nword\non\na\nnew\nline."));
    CHECK(both(kId, "{}", "Hello,\n\nworld!"));
    CHECK_FALSE(both(kId, "{}", "Each word\non a line"));
  }
  SECTION("boundaries: one word") {
    CHECK(both(kId, "{}", "Word"));
    CHECK_FALSE(both(kId, "{}", "Two words"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text") {
    CHECK(both(kId, "{}", "Grüße\naus\nKöln"));
    CHECK_FALSE(both(kId, "{}", "Grüße aus\nKöln"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "a\nb", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "a b", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: each line is checked, not the totals") {
    const char* s = "a b\n \nc";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: CRLF blank lines are ignored") {
    const char* s = "a\r\n\r\nb";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(both(kId, "{}", "a\r\nb"));
  }
  SECTION("precise: non-ASCII punctuation separates words") {
    const char* s =
        "a\xE2\x80\x94"
        "b\nc";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("lines of punctuation hold no word") {
    CHECK(both(kId, "{}", "a\n---\nb"));
  }
  SECTION("precise: a response without words fails") {
    CHECK(check(kId, "{}", "!!!", kRef));
    CHECK_FALSE(check(kId, "{}", "!!!", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
