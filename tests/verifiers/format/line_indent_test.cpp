#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:line_indent";
}  // namespace

TEST_CASE("format:line_indent", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Step one\n  Step two\n    Step three"));
    CHECK(both(kId, "{}", "a\n\n b\n\n  c"));
    CHECK_FALSE(both(kId, "{}", "a\n b\n b"));
    CHECK_FALSE(both(kId, "{}", "  a\n b"));
  }
  SECTION("boundaries: one more space passes, equal fails") {
    CHECK(both(kId, "{}", "a\n b"));
    CHECK_FALSE(both(kId, "{}", " a\n b"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Grüße\r\n Köln\r\n  東京"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "a\n b", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "a\nb", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: every blank line is ignored") {
    const char* s = "a\n\n\n b";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: tabs indent") {
    const char* s = "a\n\tb\n\t\tc";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a single line is no staircase") {
    CHECK(check(kId, "{}", "just one line", kRef));
    CHECK_FALSE(check(kId, "{}", "just one line", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
