#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;

TEST_CASE("keywords:palindrome", "[keywords][kw2]") {
  constexpr auto kId = "keywords:palindrome";
  SECTION("a palindromic word passes, none fails") {
    CHECK(both(kId, "{}", "We saw a kayak on the lake."));
    CHECK(both(kId, "{}", "racecar"));
    CHECK_FALSE(both(kId, "{}", "Sunny weather today."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
    CHECK(check(kId, "{}", "\xE2\x80\x8B", kRef));  // a zero-width token is its own reverse
    CHECK_FALSE(check(kId, "{}", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("precise: at least three letters") {
    for (const char* s : {"I agree with you", "Buy a car", "Hmm -- maybe", "aa bb",
                          "Smile \xF0\x9F\x98\x80 there"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
    CHECK(both(kId, "{}", "pop music"));
    CHECK(both(kId, "{}", "an eye for"));
  }
  SECTION("precise: no digits") {
    CHECK(check(kId, "{}", "Room 1221", kRef));
    CHECK_FALSE(check(kId, "{}", "Room 1221", kPrecise));
    CHECK_FALSE(check(kId, "{}", "code a1a here", kPrecise));
  }
  SECTION("precise: case-insensitive") {
    CHECK_FALSE(check(kId, "{}", "Level ground", kRef));
    CHECK(check(kId, "{}", "Level ground", kPrecise));
    CHECK(check(kId, "{}", "ANNA sings", kRef));
    CHECK(check(kId, "{}", "Anna sings", kPrecise));
  }
  SECTION("precise: punctuation around and inside a word is ignored") {
    CHECK_FALSE(check(kId, "{}", "Good noon. Fine", kRef));
    CHECK(check(kId, "{}", "Good noon. Fine", kPrecise));
    CHECK(check(kId, "{}", "It was (wow) great", kPrecise));
    CHECK(both(kId, "{}", "Yes ma'am here"));
    CHECK(check(kId, "{}",
                "Yes ma\xE2\x80\x99"
                "am here",
                kPrecise));
    CHECK_FALSE(check(kId, "{}", "the top-spot view", kRef));
    CHECK(check(kId, "{}", "the top-spot view", kPrecise));
  }
  SECTION("non-ASCII: precomposed and decomposed letters") {
    CHECK(both(kId, "{}", "Un \xC3\xA9t\xC3\xA9 chaud"));  // precomposed été
    // decomposed été: e + U+0301, t, e + U+0301
    const char* decomposed = "Un e\xCC\x81te\xCC\x81 chaud";
    CHECK_FALSE(check(kId, "{}", decomposed, kRef));
    CHECK(check(kId, "{}", decomposed, kPrecise));
    CHECK(both(kId, "{}", "\xD0\xA8\xD0\xB0\xD0\xBB\xD0\xB0\xD1\x88 \xD0\xBA\xD0\xBE\xD0\xBA"));
    CHECK(check(kId, "{}", "\xD0\x9A\xD0\xBE\xD0\xBA!", kPrecise));  // Кок!
  }
  SECTION("precise: zero-width characters inside a word are ignored") {
    CHECK_FALSE(check(kId, "{}", "the le\xE2\x80\x8Bvel field", kRef));
    CHECK(check(kId, "{}", "the le\xE2\x80\x8Bvel field", kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, "{}", "Hello\r\nnoon\r\n"));
    CHECK(check(kId, "{}", "**noon** here", kRef));  // `**noon**` reads the same reversed
    CHECK_FALSE(check(kId, "{}", "**noon**: here", kRef));
    CHECK(check(kId, "{}", "**noon**: here", kPrecise));
  }
  SECTION("invalid UTF-8 does not crash") {
    CHECK(check(kId, "{}", "\xFF a \xC3", kRef));
    CHECK_FALSE(check(kId, "{}", "\xFF ab \xC3", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK(build_error(kId, R"({"x": null})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"word": "noon"})", s).ok());
    }
  }
}
