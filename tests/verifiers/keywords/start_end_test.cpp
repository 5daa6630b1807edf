#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;

TEST_CASE("keywords:start_end", "[keywords][kw2]") {
  constexpr auto kId = "keywords:start_end";
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Music makes life better, and I love music"));
    CHECK(both(kId, "{}", "Rain falls, RAIN"));
    CHECK_FALSE(both(kId, "{}", "Music makes life better"));
  }
  SECTION("blank and one-word responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
    CHECK_FALSE(both(kId, "{}", "Echo"));
    CHECK_FALSE(check(kId, "{}", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("nothing may follow the last word") {
    CHECK_FALSE(both(kId, "{}", "Rain falls, rain."));
    CHECK_FALSE(both(kId, "{}", "Rain falls, rain!"));
    CHECK_FALSE(both(kId, "{}", "\"Rain falls, rain\""));
    CHECK(both(kId, "{}", "Rain falls, rain\r\n"));
  }
  SECTION("precise: punctuation is never the first or last word") {
    CHECK(check(kId, "{}", "? Why not ?", kRef));
    CHECK_FALSE(check(kId, "{}", "? Why not ?", kPrecise));
  }
  SECTION("precise: a contraction is one word") {
    CHECK_FALSE(check(kId, "{}", "Don't wait, don't", kRef));
    CHECK(check(kId, "{}", "Don't wait, don't", kPrecise));
    CHECK(check(kId, "{}", "Don\xE2\x80\x99t wait, don't", kPrecise));
    CHECK_FALSE(check(kId, "{}", "Don't wait, do", kPrecise));
  }
  SECTION("precise: markdown and quotes may precede the first word") {
    CHECK_FALSE(check(kId, "{}", "**Rain** falls, rain", kRef));
    CHECK(check(kId, "{}", "**Rain** falls, rain", kPrecise));
    CHECK(check(kId, "{}", "# Rain\r\nIt falls, rain", kPrecise));
    CHECK(check(kId, "{}", "\xE2\x80\x9CRain\xE2\x80\x9D falls, rain", kPrecise));
    CHECK_FALSE(check(kId, "{}", "1) Rain falls, rain", kPrecise));  // `1` is the first word
    CHECK_FALSE(check(kId, "{}", "-- Rain falls, rain", kPrecise));
  }
  SECTION("precise: trailing zero-width characters are ignored") {
    CHECK_FALSE(check(kId, "{}", "Rain falls, rain\xE2\x80\x8B", kRef));
    CHECK(check(kId, "{}", "Rain falls, rain\xE2\x80\x8B", kPrecise));
  }
  SECTION("non-ASCII, full case folding in precise") {
    CHECK(both(kId, "{}", "\xC3\x89t\xC3\xA9 chaud, \xC3\xA9t\xC3\xA9"));
    CHECK_FALSE(check(kId, "{}",
                      "Stra\xC3\x9F"
                      "e und STRASSE",
                      kRef));
    CHECK(check(kId, "{}",
                "Stra\xC3\x9F"
                "e und STRASSE",
                kPrecise));
  }
  SECTION("invalid UTF-8 does not crash") {
    CHECK_FALSE(both(kId, "{}", "\xFF rain \xC3"));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"word": "a"})", s).ok());
    }
  }
}
