#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:no_whitespace";
}  // namespace

TEST_CASE("format:no_whitespace", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "No,setsarenotallclasses."));
    CHECK_FALSE(both(kId, "{}", "No, sets are not all classes."));
    CHECK_FALSE(both(kId, "{}", "one\ttab"));
    CHECK_FALSE(both(kId, "{}", "trailing\n"));
  }
  SECTION("boundaries: one character") {
    CHECK(both(kId, "{}", "x"));
    CHECK_FALSE(both(kId, "{}", "x y"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and Unicode whitespace") {
    CHECK(both(kId, "{}", "Grüße,東京!"));
    CHECK_FALSE(both(kId, "{}",
                     "a\xC2\xA0"
                     "b"));  // no-break space
    CHECK_FALSE(both(kId, "{}",
                     "a\xE3\x80\x80"
                     "b"));  // ideographic space
    CHECK_FALSE(both(kId, "{}",
                     "a\xE2\x80\xA8"
                     "b"));  // line separator
  }
  SECTION("CRLF") {
    CHECK_FALSE(both(kId, "{}", "a\r\nb"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "ab", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "a b", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: zero-width characters count as whitespace") {
    for (const char* s : {"a\xE2\x80\x8B"
                          "b",
                          "a\xEF\xBB\xBF"
                          "b",
                          "a\xE2\x81\xA0"
                          "b"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"n": 1})", kRef).ok());
  }
}
