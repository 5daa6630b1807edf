#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:vowel";
}  // namespace

TEST_CASE("words:vowel", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "The cat sat on the mat."));           // a, e, o
    CHECK_FALSE(both(kId, "{}", "The quick brown fox jumps."));  // e, u, i, o
  }
  SECTION("boundaries: three vowels pass, four fail") {
    CHECK(both(kId, "{}", "Tom ate"));           // o, a, e
    CHECK_FALSE(both(kId, "{}", "Tom ate it"));  // o, a, e, i
  }
  SECTION("case does not matter") {
    CHECK(both(kId, "{}", "THE CAT SAT ON THE MAT"));
    CHECK_FALSE(both(kId, "{}", "AEIOU"));
    CHECK(both(kId, "{}", "AEI"));
  }
  SECTION("one paragraph: a line break fails, surrounding whitespace does not") {
    CHECK_FALSE(both(kId, "{}", "Cats nap.\nDogs nap."));
    CHECK(both(kId, "{}", "\n  Cats nap on mats.\n\n"));
    CHECK_FALSE(both(kId, "{}", "Cats nap.\r\nDogs nap."));
    CHECK(both(kId, "{}", "Cats nap on mats.\r\n"));
  }
  SECTION("precise: any line break ends a paragraph") {
    CHECK(check(kId, "{}", "Cats nap.\rDogs nap.", kRef));
    CHECK_FALSE(check(kId, "{}", "Cats nap.\rDogs nap.", kPrecise));
    CHECK(check(kId, "{}",
                "Cats nap.\xE2\x80\xA8"
                "Dogs nap.",
                kRef));
    CHECK_FALSE(check(kId, "{}",
                      "Cats nap.\xE2\x80\xA8"
                      "Dogs nap.",
                      kPrecise));
  }
  SECTION("precise: accented vowels count") {
    const char* s = "Caf\xC3\xA9 bar, p\xC3\xA2t\xC3\xA9, ton ami";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("non-ASCII without vowels") {
    CHECK(both(kId, "{}", "\xE6\x97\xA5\xE6\x9C\xAC cat"));
  }
  SECTION("precise: a response without words fails") {
    CHECK(check(kId, "{}", "...", kRef));
    CHECK_FALSE(check(kId, "{}", "...", kPrecise));
    CHECK(both(kId, "{}", "123"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n "));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", "The cat sat on the mat.", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Cats nap.\nDogs nap.", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
