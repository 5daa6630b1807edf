#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:palindrome";
// Nine different palindromes of at least five letters.
const std::string kNine = "level civic radar kayak refer rotor stats tenet madam ";
}  // namespace

TEST_CASE("words:palindrome", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kNine + "racecar"));
    CHECK_FALSE(both(kId, "{}", kNine));
    CHECK_FALSE(both(kId, "{}", kNine + "wow noon"));  // shorter than five
  }
  SECTION("case and ASCII punctuation") {
    CHECK(both(kId, "{}", "Level, CIVIC; radar! kayak refer rotor stats tenet madam Racecar."));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}",
               "level\r\ncivic\r\nradar\r\nkayak\r\nrefer\r\nrotor\r\nstats\r\ntenet\r\nmadam\r\n"
               "racecar\r\n"));
  }
  SECTION("non-ASCII palindromes") {
    CHECK(both(kId, "{}", kNine + "\xC3\x89S\xC3\x89S\xC3\x89"));  // ÉSÉSÉ
  }
  SECTION("precise: each palindrome counts once") {
    std::string s;
    for (int i = 0; i < 10; ++i)
      s += "level ";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a palindrome must contain a letter") {
    CHECK(check(kId, "{}", kNine + "12321", kRef));
    CHECK_FALSE(check(kId, "{}", kNine + "12321", kPrecise));
  }
  SECTION("precise: punctuation outside ASCII is not part of a word") {
    std::string s = kNine + "\xE2\x80\x9Csagas\xE2\x80\x9D";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", kNine + "sagas\xE2\x80\x94", kPrecise));
    CHECK_FALSE(check(kId, "{}", kNine + "sagas\xE2\x80\x94", kRef));
  }
  SECTION("precise: zero-width characters are ignored") {
    std::string s = kNine +
                    "sag\xE2\x80\x8B"
                    "as";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", kNine + "racecar", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", kNine, kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
