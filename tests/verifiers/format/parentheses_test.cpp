#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:parentheses";
}  // namespace

TEST_CASE("format:parentheses", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Lines (one [two {three (four [five])}]) are skew."));
    CHECK(both(kId, "{}", "(((((x)))))"));
    CHECK_FALSE(both(kId, "{}", "(one [two {three (four)}])"));
    CHECK_FALSE(both(kId, "{}", "no brackets at all"));
  }
  SECTION("boundaries: four levels fail, five pass") {
    CHECK_FALSE(both(kId, "{}", "((((x))))"));
    CHECK(both(kId, "{}", "(((((x)))))"));
    CHECK(both(kId, "{}", "((((((x))))))"));
  }
  SECTION("a mismatched closer resets the nesting") {
    CHECK_FALSE(both(kId, "{}", "((((]x)))))"));
    CHECK_FALSE(both(kId, "{}", "(((((x}))))"));
  }
  SECTION("reference: a stray closer resets the maximum depth") {
    CHECK_FALSE(check(kId, "{}", "((((( x ] ) a", kRef));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Grüße (ä [ö {ü (ß [東京])}])\r\nend"));
    CHECK(both(kId, "{}", "(a\r\n[b\r\n{c\r\n(d\r\n[e])}])"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "(((((x)))))", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "((((x))))", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: the whole group must close") {
    const char* s = "((((( x )";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: the deepest pair encloses text") {
    const char* s = "((((()))))";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 5})", kRef).ok());
  }
}
