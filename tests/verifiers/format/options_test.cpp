#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:options";
constexpr auto kYes = R"({"options": "yes/no/maybe"})";
constexpr auto kKnow = R"({"options": "I know or I don't know"})";
constexpr auto kAbc = "{\"options\": \"a), b), c), d)\"}";
}  // namespace

TEST_CASE("format:options", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kYes, "yes"));
    CHECK(both(kId, kYes, "Maybe."));
    CHECK_FALSE(both(kId, kYes, "yes, because it is"));
    CHECK(both(kId, kKnow, "I don't know"));
    CHECK(both(kId, kKnow, "I know!"));
    CHECK_FALSE(both(kId, kKnow, "I do not know"));
    CHECK(both(kId, kAbc, "b)"));
    CHECK_FALSE(both(kId, kAbc, "e)"));
    CHECK_FALSE(both(kId, kAbc, "b) because"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, kYes, ""));
    CHECK_FALSE(both(kId, kYes, " \r\n"));
  }
  SECTION("non-ASCII options") {
    CHECK(both(kId, R"({"options": "ja/nein"})", "Ja"));
    CHECK(both(kId, R"({"options": "ÄPFEL/birnen"})", "äpfel"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, kYes, "no", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, kYes, "nope", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: \"or\" separates only as a word") {
    const char* kw = R"({"options": "north, south"})";
    CHECK_FALSE(check(kId, kw, "north", kRef));
    CHECK(check(kId, kw, "north", kPrecise));
  }
  SECTION("precise: lettered options are compared loosely") {
    for (const char* s : {"b", "B)", "(b)", " b)\n", "d)."}) {
      INFO(s);
      CHECK_FALSE(check(kId, kAbc, s, kRef));
      CHECK(check(kId, kAbc, s, kPrecise));
    }
  }
  SECTION("precise: whitespace, emphasis and curly quotes around the answer") {
    for (const char* s : {"yes\n", "**yes**\r\n", "\xE2\x80\x9Cyes\xE2\x80\x9D"}) {
      INFO(s);
      CHECK_FALSE(check(kId, kYes, s, kRef));
      CHECK(check(kId, kYes, s, kPrecise));
    }
  }
  SECTION("precise: runs of whitespace inside the answer") {
    CHECK_FALSE(check(kId, kKnow, "I  don't know", kRef));
    CHECK(check(kId, kKnow, "I  don't know", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, "{}", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"options": ""})", kPrecise).ok());
    CHECK_FALSE(build_error(kId, R"({"options": 1})", kRef).ok());
  }
}
