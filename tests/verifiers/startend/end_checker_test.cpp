#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("startend:end_checker", "[startend]") {
  constexpr auto kId = "startend:end_checker";
  const char* kw = R"({"end_phrase": "Any other questions?"})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "Here you go. Any other questions?"));
    CHECK(both(kId, kw, "Here you go. ANY OTHER QUESTIONS?  \n"));
    CHECK(both(kId, kw, "Any other questions?"));
    CHECK_FALSE(both(kId, kw, "Any other questions? Thanks."));
    CHECK_FALSE(both(kId, kw, "Any other questions"));
    CHECK_FALSE(both(kId, kw, "Any other questions?."));
    CHECK_FALSE(both(kId, kw, "questions?"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, "\n \t"));
  }
  SECTION("the phrase kwarg is stripped") {
    CHECK(both(kId, R"({"end_phrase": "  Peace!\n"})", "Love and Peace!"));
  }
  SECTION("closing quotes") {
    // One ASCII quote: both.
    CHECK(both(kId, kw, "\"Well. Any other questions?\""));
    // Several quotes: reference strips them all, precise allows one.
    CHECK(check(kId, kw, "Well. Any other questions?\"\"", kRef));
    CHECK_FALSE(check(kId, kw, "Well. Any other questions?\"\"", kPrecise));
    // A typographic closing quote: precise only.
    CHECK_FALSE(check(kId, kw, "“Any other questions?”", kRef));
    CHECK(check(kId, kw, "“Any other questions?”", kPrecise));
    // Whitespace between the phrase and the quote.
    CHECK_FALSE(check(kId, kw, "Any other questions? \"", kRef));
    CHECK(check(kId, kw, "Any other questions? \"", kPrecise));
    // A phrase that itself ends with a quote.
    // A phrase that itself ends with a quote: reference strips the response's quote first.
    const char* q = R"({"end_phrase": "He said \"yes\""})";
    CHECK_FALSE(check(kId, q, "And then he said \"yes\"", kRef));
    CHECK(check(kId, q, "And then he said \"yes\"", kPrecise));
  }
  SECTION("word boundary before the phrase in precise") {
    const char* in = R"({"end_phrase": "in India."})";
    CHECK(check(kId, in, "It was made within India.", kRef));
    CHECK_FALSE(check(kId, in, "It was made within India.", kPrecise));
    CHECK(both(kId, in, "It was made in India."));
    CHECK(both(kId, in, "in India."));
  }
  SECTION("whitespace runs, typographic apostrophes and case folding in precise") {
    const char* p = R"({"end_phrase": "Let me know if you have additional questions."})";
    const char* s = "Done.\r\nLet me know if you have\r\nadditional questions.";
    CHECK_FALSE(check(kId, p, s, kRef));
    CHECK(check(kId, p, s, kPrecise));
    const char* a = R"({"end_phrase": "That's all."})";
    CHECK_FALSE(check(kId, a, "That\xE2\x80\x99s all.", kRef));
    CHECK(check(kId, a, "That\xE2\x80\x99s all.", kPrecise));
    CHECK_FALSE(check(kId, R"({"end_phrase": "GROSS"})", "zu gro\xC3\x9F", kRef));
    CHECK(check(kId, R"({"end_phrase": "GROSS"})", "zu gro\xC3\x9F", kPrecise));
    // Zero-width characters are ignored in precise.
    CHECK(check(kId, R"({"end_phrase": "bye"})",
                "b\xE2\x80\x8By"
                "e\xE2\x80\x8B",
                kPrecise));
  }
  SECTION("non-ASCII and final sigma") {
    CHECK(both(kId, R"({"end_phrase": "Grüße"})", "Viele GRÜSSE? no: grüße"));
    CHECK(both(kId, R"({"end_phrase": "ΟΔΟΣ"})", "στην ΟΔΟΣ"));
    CHECK(both(kId, R"({"end_phrase": "οδος"})", "\"στην ΟΔΟΣ\" "));
  }
  SECTION("markdown and invalid UTF-8") {
    CHECK_FALSE(both(kId, kw, "**Any other questions?**"));
    CHECK(both(kId, kw, "\xFF\xFE Any other questions?"));
    CHECK_FALSE(both(kId, kw, "Any other questions?\xFF"));
  }
  SECTION("empty phrase: reference passes every non-blank response, precise refuses it") {
    CHECK(check(kId, R"({"end_phrase": ""})", "anything", kRef));
    CHECK(check(kId, R"({"end_phrase": "  "})", "anything", kRef));
    CHECK_FALSE(build_error(kId, R"({"end_phrase": ""})", kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "startend:end_checker", *precis::parse_json(R"({"end_phrase": "x"})"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"end_phrase": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"end_phrase": ["a"]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"end_phrase": "a", "phrase": "b"})", s).ok());
    }
  }
}
