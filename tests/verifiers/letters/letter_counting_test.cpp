#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "letters:letter_counting";

std::string kw(int n, const char* rel) {
  return R"({"N": )" + std::to_string(n) + R"(, "relation": ")" + rel + R"("})";
}

// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("letters:letter_counting", "[letters]") {
  SECTION("pass and fail, boundaries") {
    const char* s = "Cats, 2 dogs!";  // 8 letters
    CHECK(both(kId, kw(8, "at least"), s));
    CHECK_FALSE(both(kId, kw(9, "at least"), s));
    CHECK(both(kId, kw(9, "less than"), s));
    CHECK_FALSE(both(kId, kw(8, "less than"), s));
    CHECK_FALSE(both(kId, kw(1, "at least"), "12345 !?"));
    CHECK(both(kId, kw(1, "less than"), "12345 !?"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, kw(5, "less than"), ""));
    CHECK_FALSE(both(kId, kw(5, "less than"), " \r\n"));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, kw(6, "at least"), "**ab**\r\n- cd\r\n# ef"));
    CHECK_FALSE(both(kId, kw(7, "at least"), "**ab**\r\n- cd\r\n# ef"));
  }
  SECTION("precise: every Unicode letter counts") {
    // ß ü é: 3 letters that reference does not count; "Stra" "e" "ber" "caf": 11 ASCII letters.
    const char* s = "Straße über café";
    CHECK(check(kId, kw(11, "at least"), s, kRef));
    CHECK_FALSE(check(kId, kw(12, "at least"), s, kRef));
    CHECK(check(kId, kw(14, "at least"), s, kPrecise));
    CHECK_FALSE(check(kId, kw(15, "at least"), s, kPrecise));
    // Full-width letters, CJK, the Kelvin sign.
    CHECK(check(kId, kw(1, "less than"), "ＡＢＣ 中文", kRef));
    CHECK(check(kId, kw(5, "at least"), "ＡＢＣ 中文", kPrecise));
    CHECK(check(kId, kw(5, "at least"),
                "\xE2\x84\xAA"
                "elvin",
                kRef));
    CHECK_FALSE(check(kId, kw(6, "at least"),
                      "\xE2\x84\xAA"
                      "elvin",
                      kRef));
    CHECK(check(kId, kw(6, "at least"),
                "\xE2\x84\xAA"
                "elvin",
                kPrecise));
    // A combining mark is not a letter: e + U+0301 is one letter.
    CHECK_FALSE(check(kId, kw(2, "at least"), "e\xCC\x81", kPrecise));
  }
  SECTION("precise: an unsupported relation is an error; reference fails every response") {
    CHECK_FALSE(check(kId, kw(1, "at most"), "Short", kRef));
    CHECK_FALSE(check(kId, kw(100, "less than or equal"), "Short", kRef));
    auto e = build_error(kId, kw(1, "at most"), kPrecise);
    CHECK(e.message().find("relation") != std::string::npos);
    CHECK(e.message().find(kId) != std::string::npos);
  }
  SECTION("precise: a response of zero-width characters fails") {
    CHECK(check(kId, kw(1, "less than"), "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, kw(1, "less than"), "\xE2\x80\x8B", kPrecise));
    CHECK_FALSE(ungated(kw(1, "less than"), "", kPrecise));
    CHECK(ungated(kw(1, "less than"), "", kRef));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw(2, "at least"), "a\xFF\xC3z"));
    CHECK_FALSE(both(kId, kw(3, "at least"), "a\xFF\xC3z"));
  }
  SECTION("upstream's random defaults are errors in both semantics") {
    for (auto s : {kRef, kPrecise}) {
      auto zero = build_error(kId, kw(0, "at least"), s);
      CHECK(zero.message().find("\"N\"") != std::string::npos);
      CHECK(zero.message().find("random") != std::string::npos);
      auto empty = build_error(kId, R"({"N": 3, "relation": ""})", s);
      CHECK(empty.message().find("\"relation\"") != std::string::npos);
      CHECK(empty.message().find("random") != std::string::npos);
    }
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"N": 3})", s).message().find("relation") != std::string::npos);
      CHECK(build_error(kId, R"({"relation": "at least"})", s).message().find("N") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, kw(-1, "at least"), s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": "3", "relation": "at least"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 3, "relation": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 3, "relation": "at least", "letter": "a"})", s).ok());
      CHECK(build_error(kId, R"({"N": 3.0, "relation": "at least"})", s).ok());
    }
  }
}
