#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* word, int n, const char* rel) {
  return std::string(R"({"keyword": ")") + word + R"(", "frequency": )" + std::to_string(n) +
         R"(, "relation": ")" + rel + R"("})";
}
}  // namespace

TEST_CASE("keywords:word_count_different_numbers", "[keywords][kw2]") {
  constexpr auto kId = "keywords:word_count_different_numbers";
  SECTION("pass and fail, boundaries") {
    const char* s = "Snow fell. snow melted; SNOW again!";
    CHECK(both(kId, kw("snow", 3, "at least"), s));
    CHECK_FALSE(both(kId, kw("snow", 4, "at least"), s));
    CHECK(both(kId, kw("snow", 4, "less than"), s));
    CHECK_FALSE(both(kId, kw("snow", 3, "less than"), s));
    CHECK(both(kId, kw("snow", 0, "at least"), "rain"));
    CHECK_FALSE(both(kId, kw("snow", 0, "less than"), "rain"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("snow", 2, "less than"), ""));
    CHECK_FALSE(both(kId, kw("snow", 2, "less than"), "\r\n  "));
    CHECK_FALSE(check(kId, kw("snow", 2, "less than"), "\xE2\x80\x8B", kPrecise));
    CHECK(check(kId, kw("snow", 2, "less than"), "\xE2\x80\x8B", kRef));
  }
  SECTION("precise: whole words only") {
    const char* s = "snowfall snowy snow";
    CHECK(check(kId, kw("snow", 3, "at least"), s, kRef));
    CHECK_FALSE(check(kId, kw("snow", 2, "at least"), s, kPrecise));
    CHECK(check(kId, kw("snow", 1, "at least"), s, kPrecise));
    CHECK(check(kId, kw("snow", 2, "at least"), "snow-white snow's", kPrecise));
  }
  SECTION("precise: phrases across whitespace and punctuation") {
    const char* s = "big data,\nbig\tdata";
    CHECK(check(kId, kw("big data", 2, "at least"), s, kPrecise));
    CHECK_FALSE(check(kId, kw("big data", 2, "at least"), s, kRef));
  }
  SECTION("non-ASCII and CRLF") {
    CHECK(both(kId, kw("año", 2, "at least"), "Año nuevo.\r\nOtro AÑO."));
    CHECK(check(kId, kw("strasse", 2, "at least"), "Straße STRASSE", kPrecise));
    CHECK_FALSE(check(kId, kw("strasse", 2, "at least"), "Straße STRASSE", kRef));
    CHECK(both(kId, kw("snow", 2, "at least"), "**Snow**\r\n- snow\r\n"));
  }
  SECTION("whitespace-only keyword: reference counts len+1 empty matches, precise refuses") {
    CHECK(check(kId, kw(" ", 4, "at least"), "abc", kRef));
    CHECK_FALSE(check(kId, kw(" ", 5, "at least"), "abc", kRef));
    CHECK_FALSE(build_error(kId, kw(" ", 4, "at least"), kPrecise).ok());
  }
  SECTION("regex keywords") {
    CHECK(check(kId, kw("s.ow", 2, "at least"), "snow show", kRef));
    CHECK_FALSE(build_error(kId, kw("s.ow", 1, "at least"), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw("sn(ow)", 1, "at least"), kRef).ok());
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto empty = build_error(kId, kw("", 1, "at least"), s);
      CHECK(empty.message().find("random") != std::string::npos);
      CHECK(empty.message().find("\"keyword\"") != std::string::npos);
      CHECK(build_error(kId, R"({"keyword": "a", "frequency": 1})", s).message().find("relation") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"keyword": "a", "relation": "at least"})", s)
                .message()
                .find("frequency") != std::string::npos);
      CHECK_FALSE(build_error(kId, kw("a", -1, "at least"), s).ok());
      CHECK_FALSE(build_error(kId, kw("a", 1, "at most"), s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword": "a", "frequency": "1", "relation": "at least"})", s)
              .ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword": "a", "frequency": 1.5, "relation": "at least"})", s)
              .ok());
    }
  }
}
