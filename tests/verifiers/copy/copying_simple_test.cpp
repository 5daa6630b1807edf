#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("copy:copying_simple", "[copy]") {
  constexpr auto kId = "copy:copying_simple";
  const char* kw = R"({"prompt_to_repeat": "Plan a three-day trip to Kyoto for two people."})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "Plan a three-day trip to Kyoto for two people."));
    CHECK(both(kId, kw, "PLAN A THREE-DAY TRIP TO KYOTO FOR TWO PEOPLE.\n\n"));
    CHECK_FALSE(both(kId, kw, "Plan a three-day trip to Kyoto for two people?"));
    CHECK_FALSE(both(kId, kw, "Plan a three day trip to Kyoto for two people."));
    CHECK_FALSE(both(kId, kw, "Request: Plan a three-day trip to Kyoto for two people."));
    CHECK_FALSE(
        both(kId, kw, "Plan a three-day trip to Kyoto for two people.\nDay 1: Fushimi Inari."));
    CHECK_FALSE(both(kId, kw, "Plan a three-day trip to Kyoto"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, "\r\n  \r\n"));
  }
  SECTION("CRLF and line breaks inside the copy: precise only") {
    const char* two = R"({"prompt_to_repeat": "Plan a trip.\nKeep it short."})";
    CHECK(both(kId, two, "Plan a trip.\nKeep it short.\r\n"));
    CHECK_FALSE(check(kId, two, "Plan a trip.\r\nKeep it short.", kRef));
    CHECK(check(kId, two, "Plan a trip.\r\nKeep it short.", kPrecise));
    CHECK_FALSE(check(kId, two, "Plan a trip. Keep it short.", kRef));
    CHECK(check(kId, two, "Plan a trip. Keep it short.", kPrecise));
  }
  SECTION("non-ASCII text") {
    const char* de = R"({"prompt_to_repeat": "Erkläre die Größe."})";
    CHECK(both(kId, de, "erkläre die größe."));
    CHECK_FALSE(both(kId, de, "Erklare die Grosse."));
    CHECK_FALSE(check(kId, de, "ERKLÄRE DIE GRÖSSE.", kRef));
    CHECK(check(kId, de, "ERKLÄRE DIE GRÖSSE.", kPrecise));
    CHECK(both(kId, R"({"prompt_to_repeat": "日本語で書いてください。"})",
               "日本語で書いてください。"));
  }
  SECTION("typographic apostrophes and zero-width characters: precise only") {
    const char* q = R"({"prompt_to_repeat": "Don't answer it."})";
    CHECK_FALSE(check(kId, q, "Don’t answer it.", kRef));
    CHECK(check(kId, q, "Don’t answer it.", kPrecise));
    CHECK_FALSE(check(kId, q, "Don't\xE2\x80\x8D answer it.", kRef));
    CHECK(check(kId, q, "Don't\xE2\x80\x8D answer it.", kPrecise));
  }
  SECTION("markdown emphasis is a change") {
    CHECK_FALSE(both(kId, kw, "*Plan a three-day trip to Kyoto for two people.*"));
  }
  SECTION("blank prompt: precise refuses it") {
    CHECK_FALSE(check(kId, R"({"prompt_to_repeat": "\t"})", "x", kRef));
    CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "\t"})", kPrecise).ok());
    CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "\u200b \ufeff"})", kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(kId, *precis::parse_json(kw), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B");
    CHECK_FALSE((*c)->check(t, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": ""})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": null})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": 1.5})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt": "a"})", s).ok());
    }
  }
}
