#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:no_bullets_bullets";
}  // namespace

TEST_CASE("format:no_bullets_bullets", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Cats sleep a lot. Dogs do too.\n* Cats\n* Dogs"));
    CHECK_FALSE(both(kId, "{}", "Cats sleep a lot.\n* Cats\n* Dogs"));
    CHECK_FALSE(both(kId, "{}", "Cats sleep a lot. Dogs do too.\n* Cats"));
    CHECK_FALSE(both(kId, "{}", "Cats sleep a lot. Dogs do too.\n* Cats\n* Dogs\nThe end."));
  }
  SECTION("boundaries: two sentences and two bullets") {
    CHECK(both(kId, "{}", "One. Two.\n* a\n* b"));
    CHECK(both(kId, "{}", "One. Two. Three.\n* a\n* b\n* c"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Grüße aus Köln. Es ist kalt.\r\n* Dom\r\n* Rhein"));
  }
  SECTION("paper era splits sentences with the regex splitter") {
    CHECK(check(kId, "{}", "One. Two.\n* a\n* b", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "One.\n* a\n* b", kRef, IfbenchVersion::kPaper));
  }
  SECTION("reference: a blank line in the intro fails the next text line") {
    CHECK_FALSE(check(kId, "{}", "One.\n\nTwo.\n* a\n* b", kRef));
    CHECK(check(kId, "{}", "One.\n\nTwo.\n* a\n* b", kPrecise));
  }
  SECTION("precise: sentences end in a period") {
    const char* s = "Why? Because!\n* a\n* b";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: blank lines are allowed between and after the bullets") {
    const char* s = "One. Two.\n\n* a\n\n* b\n";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a sentence over two lines counts once") {
    const char* s = "This sentence runs\nover two lines.\n* a\n* b";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a bold line is text, not a bullet") {
    const char* s = "**Intro**\nOne. Two.\n* a\n* b";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
