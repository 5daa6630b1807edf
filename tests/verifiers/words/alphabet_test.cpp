#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:alphabet";
}  // namespace

TEST_CASE("words:alphabet", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Apple banana cherry"));
    CHECK(both(kId, "{}", "Dogs eat fresh greens"));
    CHECK_FALSE(both(kId, "{}", "Apple cherry"));
    CHECK_FALSE(both(kId, "{}", "Apple banana banana"));
  }
  SECTION("z wraps to a; a single word passes") {
    CHECK(both(kId, "{}", "Yak zebra apple"));
    CHECK(both(kId, "{}", "Zebra"));
    CHECK_FALSE(both(kId, "{}", "Zebra bat"));
  }
  SECTION("the first word must start with a letter a-z") {
    CHECK_FALSE(both(kId, "{}", "3 apples"));
    CHECK(both(kId, "{}", "_apple banana"));  // `_` is punctuation
  }
  SECTION("case and ASCII punctuation") {
    CHECK(both(kId, "{}", "APPLE Banana cherry!"));
    CHECK(both(kId, "{}", "Apple, banana; cherry."));
    CHECK(both(kId, "{}", "**Apple** banana (cherry)"));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "Apple\r\nbanana\r\ncherry\r\n"));
    CHECK_FALSE(both(kId, "{}", "Apple\r\ncherry"));
  }
  SECTION("precise: punctuation outside ASCII is not a word") {
    const char* spaced = "Apple \xE2\x80\x94 banana";
    CHECK_FALSE(check(kId, "{}", spaced, kRef));
    CHECK(check(kId, "{}", spaced, kPrecise));
    const char* glued =
        "Apple\xE2\x80\x94"
        "cat";
    CHECK(check(kId, "{}", glued, kRef));
    CHECK_FALSE(check(kId, "{}", glued, kPrecise));
  }
  SECTION("precise: ASCII punctuation between letters separates words") {
    CHECK(check(kId, "{}", "apple,cat", kRef));
    CHECK_FALSE(check(kId, "{}", "apple,cat", kPrecise));
  }
  SECTION("precise: accents are ignored") {
    const char* s = "Cat Dog \xC3\x89lan";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", "\xC3\x89lan fox", kRef));
    CHECK(check(kId, "{}", "\xC3\x89lan fox", kPrecise));
  }
  SECTION("precise: zero-width characters are ignored") {
    const char* s =
        "\xE2\x80\x8B"
        "Apple banana";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("non-ASCII words") {
    // The Kelvin sign lowercases to k in both semantics.
    CHECK(both(kId, "{}", "\xE2\x84\xAAite lemon"));
    CHECK_FALSE(both(kId, "{}",
                     "Apple \xC3\xBC"
                     "ber"));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
    CHECK_FALSE(both(kId, "{}", "..."));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", "Apple banana cherry", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Apple cherry", kRef, IfbenchVersion::kPaper));
    CHECK(check(kId, "{}", "apple,cat", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
