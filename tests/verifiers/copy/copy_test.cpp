#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("copy:copy", "[copy]") {
  constexpr auto kId = "copy:copy";
  const char* kw = R"({"prompt_to_repeat": "Describe a rainy morning in Lisbon."})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "Describe a rainy morning in Lisbon."));
    CHECK(both(kId, kw, "\t describe a RAINY morning in lisbon. \n"));
    CHECK_FALSE(both(kId, kw, "Describe a rainy morning in Lisbon"));
    CHECK_FALSE(both(kId, kw, "Describe a rainy morning in Lisbon.."));
    CHECK_FALSE(both(kId, kw, "Describe a rainy evening in Lisbon."));
    CHECK_FALSE(both(kId, kw, "Okay. Describe a rainy morning in Lisbon."));
    CHECK_FALSE(both(kId, kw, "Describe a rainy morning in Lisbon. The streets shine."));
    CHECK_FALSE(both(kId, kw, "Describe a rainy morning in Lisbons."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, " \r\n\t"));
  }
  SECTION("the prompt kwarg is stripped") {
    CHECK(both(kId, R"({"prompt_to_repeat": "\n  Describe a rainy morning. \t"})",
               "Describe a rainy morning."));
  }
  SECTION("whitespace inside the copy: precise collapses runs, CRLF included") {
    const char* two = R"({"prompt_to_repeat": "First line.\nSecond line."})";
    CHECK(both(kId, two, "First line.\nSecond line.\n"));
    CHECK_FALSE(check(kId, two, "First line.\r\nSecond line.", kRef));
    CHECK(check(kId, two, "First line.\r\nSecond line.", kPrecise));
    CHECK_FALSE(check(kId, kw, "Describe a rainy  morning in Lisbon.", kRef));
    CHECK(check(kId, kw, "Describe a rainy  morning in Lisbon.", kPrecise));
    CHECK_FALSE(both(kId, kw, "Describe a rainymorning in Lisbon."));
  }
  SECTION("non-ASCII: Python lower() in reference, full case folding in precise") {
    CHECK(
        both(kId, R"({"prompt_to_repeat": "Écris sur l’été à Köln."})", "ÉCRIS SUR L’ÉTÉ À KÖLN."));
    const char* g = R"({"prompt_to_repeat": "Die Straße ist nass."})";
    CHECK_FALSE(check(kId, g, "DIE STRASSE IST NASS.", kRef));
    CHECK(check(kId, g, "DIE STRASSE IST NASS.", kPrecise));
    const char* sigma = R"({"prompt_to_repeat": "ΟΔΟΣ"})";
    CHECK(both(kId, sigma, "οδος"));
    CHECK_FALSE(check(kId, sigma, "οδοσ", kRef));
    CHECK(check(kId, sigma, "οδοσ", kPrecise));
    CHECK_FALSE(both(kId, R"({"prompt_to_repeat": "Café"})", "Cafe"));
  }
  SECTION("typographic quotes and zero-width characters: precise only") {
    const char* q = R"({"prompt_to_repeat": "Say \"hello\" to Ann's cat."})";
    CHECK_FALSE(check(kId, q, "Say “hello” to Ann’s cat.", kRef));
    CHECK(check(kId, q, "Say “hello” to Ann’s cat.", kPrecise));
    const char* zw = "Describe a rai\xE2\x80\x8Bny morning in Lisbon.\xEF\xBB\xBF";
    CHECK_FALSE(check(kId, kw, zw, kRef));
    CHECK(check(kId, kw, zw, kPrecise));
  }
  SECTION("markdown is a change in both semantics") {
    CHECK_FALSE(both(kId, kw, "**Describe a rainy morning in Lisbon.**"));
    CHECK_FALSE(both(kId, kw, "> Describe a rainy morning in Lisbon."));
  }
  SECTION("invalid UTF-8 does not crash") {
    CHECK_FALSE(both(kId, kw, "Describe a rainy morning in Lisbon.\xFF"));
    CHECK(both(kId, R"({"prompt_to_repeat": "a b"})", "A B"));
  }
  SECTION("blank prompt: reference fails every response, precise refuses it") {
    const char* blank = R"({"prompt_to_repeat": "  \n "})";
    CHECK_FALSE(check(kId, blank, "anything", kRef));
    auto st = build_error(kId, blank, kPrecise);
    CHECK_FALSE(st.ok());
    CHECK(st.message().find("prompt_to_repeat") != std::string::npos);
    CHECK(st.message().find("copy:copy") != std::string::npos);
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        kId, *precis::parse_json(R"({"prompt_to_repeat": "x"})"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("prompt_to_repeat") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": ""})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": ["a"]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a", "N": 2})", s).ok());
    }
  }
  SECTION("reasons") {
    auto c = precis::Registry::global().build(kId, *precis::parse_json(kw), kRef);
    REQUIRE(c.ok());
    precis::Text t("Describe a rainy morning in Lisbon.");
    CHECK((*c)->verdict(t).reason == "the response is the prompt");
  }
}
