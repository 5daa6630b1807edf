#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "ratio:overlap";
constexpr auto kPaper = IfbenchVersion::kPaper;
std::string kw(int p, const std::string& ref = "the cat sat on the mat") {
  return R"({"reference_text": ")" + ref + R"(", "percentage": )" + std::to_string(p) + "}";
}
}  // namespace

TEST_CASE("ratio:overlap", "[ratio]") {
  SECTION("reference: character trigrams") {
    // 12 of the 17 character trigrams of "the cat sat on a rug" occur in the reference: 70.6%.
    CHECK(check(kId, kw(70), "the cat sat on a rug", kRef));
    CHECK(check(kId, kw(72), "the cat sat on a rug", kRef));
    CHECK_FALSE(check(kId, kw(73), "the cat sat on a rug", kRef));
    CHECK_FALSE(check(kId, kw(68), "the cat sat on a rug", kRef));
    CHECK(check(kId, kw(100), "the cat sat on the mat", kRef));
    CHECK(check(kId, kw(12), "The Cat Sat On A Rug", kRef));  // case-sensitive: 11.8%
    CHECK_FALSE(check(kId, kw(50), "ab", kRef));              // no trigram
    CHECK(check(kId, kw(70), "the cat sat on a rug", kRef, kPaper));
  }
  SECTION("precise: word trigrams") {
    // (the cat sat), (cat sat on) of 4 word trigrams: 50%.
    CHECK(check(kId, kw(50), "the cat sat on a rug", kPrecise));
    CHECK(check(kId, kw(52), "the cat sat on a rug", kPrecise));
    CHECK_FALSE(check(kId, kw(53), "the cat sat on a rug", kPrecise));
    CHECK_FALSE(check(kId, kw(70), "the cat sat on a rug", kPrecise));
    CHECK(check(kId, kw(100), "the cat sat on the mat", kPrecise));
    CHECK_FALSE(check(kId, kw(50), "the cat ran", kPrecise));
  }
  SECTION("precise: case and punctuation do not matter") {
    CHECK(check(kId, kw(50), "The Cat, sat on a rug!", kPrecise));
    CHECK(check(kId, kw(50), "The\r\nCat sat\r\non a rug", kPrecise));
    CHECK(check(kId,
                kw(100,
                   "Stra\xC3\x9F"
                   "e und Platz"),
                "STRASSE UND PLATZ", kPrecise));
  }
  SECTION("precise: fewer than 3 words") {
    CHECK_FALSE(check(kId, kw(0), "the cat", kPrecise));
    CHECK_FALSE(build_error(kId, kw(50, "two words"), kPrecise).ok());
    CHECK(build_error(kId, kw(50, "two words"), kRef).ok());
    CHECK(build_error(kId, kw(50, ""), kRef).ok());
  }
  SECTION("exact comparison at the tolerance's edge") {
    // 1 of 2 word trigrams = 50%; 48 and 52 are the edges.
    CHECK(check(kId, kw(48), "the cat sat down", kPrecise));
    CHECK_FALSE(check(kId, kw(47), "the cat sat down", kPrecise));
  }
  SECTION("empty and bad kwargs") {
    CHECK_FALSE(check(kId, kw(0), "", kPrecise));
    CHECK_FALSE(build_error(kId, R"({"percentage": 50})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"reference_text": "a b c"})", kRef).ok());
    CHECK_FALSE(build_error(kId, kw(-1), kRef).ok());
  }
}
