#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;

TEST_CASE("keywords:no_adjacent_consecutive", "[keywords][kw2]") {
  constexpr auto kId = "keywords:no_adjacent_consecutive";
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Rivers wind gently toward distant seas."));
    CHECK_FALSE(both(kId, "{}", "Rivers slowly wind."));  // r then s
    CHECK_FALSE(both(kId, "{}", "Happy in peace"));       // h then i
    CHECK(both(kId, "{}", "in happy peace"));             // i then h: descending
    CHECK(both(kId, "{}", "Zoo animals"));                // no wrap-around
    CHECK(both(kId, "{}", "Solo"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\t\r\n"));
    CHECK_FALSE(check(kId, "{}", "\xE2\x80\x8B\xEF\xBB\xBF", kPrecise));
  }
  SECTION("case-insensitive") {
    CHECK_FALSE(both(kId, "{}", "AN bOX"));
  }
  SECTION("precise: line breaks do not separate words, in both") {
    CHECK_FALSE(both(kId, "{}", "Good rest\r\nsleep well"));
  }
  SECTION("precise: punctuation before a word is skipped") {
    CHECK(check(kId, "{}", "(a) (b) (c)", kRef));
    CHECK_FALSE(check(kId, "{}", "(a) (b) (c)", kPrecise));
    CHECK(check(kId, "{}", "\"Hello\" \"idea\"", kRef));
    CHECK_FALSE(check(kId, "{}", "\"Hello\" \"idea\"", kPrecise));
    CHECK(check(kId, "{}", "rest -- so", kRef));
    CHECK_FALSE(check(kId, "{}", "rest -- so", kPrecise));
  }
  SECTION("precise: only letters take part") {
    CHECK_FALSE(check(kId, "{}", "Page 4 5", kRef));
    CHECK(check(kId, "{}", "Page 4 5", kPrecise));
    CHECK_FALSE(check(kId, "{}", "Mood \xF0\x9F\x98\x80 \xF0\x9F\x98\x81", kRef));
    CHECK(check(kId, "{}", "Mood \xF0\x9F\x98\x80 \xF0\x9F\x98\x81", kPrecise));
    CHECK(check(kId, "{}", "a 7 b", kPrecise));
  }
  SECTION("Greek and Cyrillic alphabets") {
    CHECK_FALSE(both(kId, "{}", "\xCE\xB1 \xCE\xB2"));  // α β
    // ρ then σ: consecutive in the alphabet, not as code points (final sigma lies between)
    CHECK(check(kId, "{}", "\xCF\x81 \xCF\x83", kRef));
    CHECK_FALSE(check(kId, "{}", "\xCF\x81 \xCF\x83", kPrecise));
    // final sigma counts as sigma: ς then τ
    CHECK(check(kId, "{}", "\xCF\x82 \xCF\x84", kRef));
    CHECK_FALSE(check(kId, "{}", "\xCF\x82 \xCF\x84", kPrecise));
    // и then й: consecutive in both
    CHECK_FALSE(both(kId, "{}", "\xD0\xB8 \xD0\xB9\xD0\xBE\xD0\xB4"));
  }
  SECTION("precise: other scripts never fail") {
    CHECK_FALSE(check(kId, "{}", "\xE4\xB8\x80 \xE4\xB8\x81", kRef));  // U+4E00 U+4E01
    CHECK(check(kId, "{}", "\xE4\xB8\x80 \xE4\xB8\x81", kPrecise));
  }
  SECTION("precise: diacritics are ignored") {
    CHECK(check(kId, "{}",
                "mi \xC3\xB1"
                "andu",
                kRef));  // m then ñ
    CHECK_FALSE(check(kId, "{}",
                      "mi \xC3\xB1"
                      "andu",
                      kPrecise));
    CHECK_FALSE(check(kId, "{}", "d \xC3\x89t\xC3\xA9", kPrecise));  // d then É
    CHECK(check(kId, "{}", "ni\xC3\xB1os \xC3\xB1o\xC3\xB1os", kPrecise));
  }
  SECTION("a lowercase form of several code points") {
    // İ lowercases to two code points: reference fails the response, precise reads i
    CHECK_FALSE(check(kId, "{}", "\xC4\xB0stanbul is big", kRef));
    CHECK(check(kId, "{}", "\xC4\xB0stanbul is big", kPrecise));
    CHECK(check(kId, "{}", "\xC4\xB0stanbul", kRef));  // no pair to compare
    CHECK_FALSE(check(kId, "{}", "\xC4\xB0stanbul jams", kPrecise));
  }
  SECTION("precise: a response without a word fails") {
    CHECK(check(kId, "{}", "!!! ???", kRef));
    CHECK_FALSE(check(kId, "{}", "!!! ???", kPrecise));
  }
  SECTION("invalid UTF-8 does not crash") {
    CHECK(check(kId, "{}", "\xFF \xC3 x", kRef));
    CHECK(check(kId, "{}", "\xFF \xC3 x", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"n": 1})", s).ok());
    }
  }
}
