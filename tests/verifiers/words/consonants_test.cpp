#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:consonants";
}  // namespace

TEST_CASE("words:consonants", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Strong bright stars"));
    CHECK_FALSE(both(kId, "{}", "Strong cat"));
    CHECK_FALSE(both(kId, "{}", "a"));
  }
  SECTION("boundaries: the cluster may be anywhere; y is a consonant") {
    CHECK(both(kId, "{}", "ask myth"));
    CHECK(both(kId, "{}", "art"));
    CHECK_FALSE(both(kId, "{}", "banana"));
  }
  SECTION("case and attached punctuation") {
    CHECK(both(kId, "{}", "STRONG BRIGHT"));
    CHECK(both(kId, "{}", "Strong, bright."));
    CHECK_FALSE(both(kId, "{}", "Don't"));  // the apostrophe separates n and t
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "Strong\r\nbright\r\n"));
    CHECK_FALSE(both(kId, "{}", "Strong\r\ncat"));
  }
  SECTION("precise: punctuation is not a word") {
    CHECK_FALSE(check(kId, "{}", "Strong - bright", kRef));
    CHECK(check(kId, "{}", "Strong - bright", kPrecise));
    CHECK_FALSE(check(kId, "{}", "Strong \xE2\x80\x94 bright", kRef));
    CHECK(check(kId, "{}", "Strong \xE2\x80\x94 bright", kPrecise));
  }
  SECTION("precise: ASCII punctuation between words separates them") {
    CHECK(check(kId, "{}", "strong,cat", kRef));
    CHECK_FALSE(check(kId, "{}", "strong,cat", kPrecise));
  }
  SECTION("precise: accented consonants count") {
    const char* s =
        "\xC5\x81\xC3\xB3"
        "d\xC5\xBA";  // Łódź
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: zero-width characters are skipped") {
    const char* s = "s\xE2\x80\x8Btop";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
    CHECK_FALSE(both(kId, "{}", "..."));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", "Strong bright", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Strong - bright", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
