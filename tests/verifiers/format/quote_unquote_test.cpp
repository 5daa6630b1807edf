#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:quote_unquote";
constexpr auto kCurly =
    "\xE2\x80\x9C"
    "To be\xE2\x80\x9D \xE2\x80\x9C"
    "or not\xE2\x80\x9D is the question.";
}  // namespace

TEST_CASE("format:quote_unquote", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", R"("Carpe diem" means seize the day. "Veni" means I came.)"));
    CHECK_FALSE(both(kId, "{}", R"("Carpe diem" "Veni vidi" means nothing.)"));
    CHECK_FALSE(both(kId, "{}", R"(He said "Carpe diem")"));
    CHECK_FALSE(both(kId, "{}", R"(He said "Carpe diem".)"));
  }
  SECTION("boundaries: a quote at the very end, digits and punctuation after it") {
    CHECK_FALSE(both(kId, "{}", R"("a" b "c" !?)"));
    CHECK(both(kId, "{}", R"("a" b "c" d)"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "\"Grüße\" heißt Gruß.\r\n\"東京\" ist Tokio."));
    CHECK_FALSE(both(kId, "{}", "\"Grüße\"\r\n\"東京\" ist Tokio."));
  }
  SECTION("reference: curly quotes count only in the paper era") {
    CHECK(check(kId, "{}", kCurly, kRef));
    CHECK_FALSE(check(kId, "{}", kCurly, kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", kCurly, kPrecise));
  }
  SECTION("reference: a quoted quote character is removed") {
    CHECK(check(kId, "{}", R"(The character '"' ends "this" phrase.)", kRef));
  }
  SECTION("precise: at least one quoted phrase") {
    const char* s = "No quotes here.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: curly quotes in every version") {
    const char* s =
        "\xE2\x80\x9C"
        "Carpe\xE2\x80\x9D means seize.";
    CHECK(check(kId, "{}", s, kPrecise));
    const char* bad =
        "He said \xE2\x80\x9C"
        "Carpe\xE2\x80\x9D";
    CHECK(check(kId, "{}", bad, kRef));
    CHECK_FALSE(check(kId, "{}", bad, kPrecise));
  }
  SECTION("precise: the explanation holds a word") {
    const char* s = R"("a" - "b" - ok)";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: every quote is closed") {
    const char* open = R"("a" means b, and "c means d.)";
    CHECK(check(kId, "{}", open, kRef));
    CHECK_FALSE(check(kId, "{}", open, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
