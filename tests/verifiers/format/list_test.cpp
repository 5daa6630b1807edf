#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:list";
constexpr auto kSep = R"({"sep": "!?!?"})";
}  // namespace

TEST_CASE("format:list", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kSep, "Learnings:\n!?!? KRAS is an oncogene.\n!?!? G12C is a mutation."));
    CHECK_FALSE(both(kId, kSep, "!?!? Only one item."));
    CHECK_FALSE(both(kId, kSep, "* first\n* second"));
  }
  SECTION("boundaries: exactly two items") {
    CHECK(both(kId, kSep, "!?!? a\n!?!? b"));
    CHECK(both(kId, R"({"sep": "-"})", "- a\n- b"));
  }
  SECTION("the separator is literal text, never a regex") {
    CHECK(both(kId, R"({"sep": "."})", ". a\n. b"));
    CHECK_FALSE(both(kId, R"({"sep": "."})", "x a\ny b"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, kSep, ""));
    CHECK_FALSE(both(kId, kSep, " \r\n"));
  }
  SECTION("non-ASCII text, separators and CRLF") {
    CHECK(both(kId, kSep, "!?!? Grüße\r\n!?!? 東京\r\n"));
    CHECK(both(kId, R"({"sep": "→"})", "  → eins\n  → zwei"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, kSep, "a !?!? b !?!? c", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, kSep, "a !?!? b", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: items start lines") {
    const char* s = "a !?!? b !?!? c";
    CHECK(check(kId, kSep, s, kRef));
    CHECK_FALSE(check(kId, kSep, s, kPrecise));
  }
  SECTION("precise: no empty items") {
    const char* s = "!?!? a\n!?!?\n!?!? b";
    CHECK(check(kId, kSep, s, kRef));
    CHECK_FALSE(check(kId, kSep, s, kPrecise));
  }
  SECTION("precise: no markdown bullets") {
    const char* s = "!?!? a\n!?!? b\n* c";
    CHECK(check(kId, kSep, s, kRef));
    CHECK_FALSE(check(kId, kSep, s, kPrecise));
  }
  SECTION("reference counts non-overlapping occurrences") {
    CHECK_FALSE(check(kId, R"({"sep": "aa"})", "aaa", kRef));
    CHECK(check(kId, R"({"sep": "aa"})", "aaaa", kRef));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, "{}", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"sep": ""})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"sep": 3})", kPrecise).ok());
  }
}
