#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("combination:repeat_prompt", "[combination]") {
  constexpr auto kId = "combination:repeat_prompt";
  const char* kw = R"({"prompt_to_repeat": "Write a poem about the sea."})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "Write a poem about the sea. The sea is blue."));
    CHECK(both(kId, kw, "  \nWRITE A POEM ABOUT THE SEA.\nWaves..."));
    CHECK(both(kId, kw, "Write a poem about the sea."));
    CHECK_FALSE(both(kId, kw, "Sure! Write a poem about the sea. Waves..."));
    CHECK_FALSE(both(kId, kw, "Write a poem about the ocean."));
    CHECK_FALSE(both(kId, kw, "Write a poem"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, "\r\n"));
  }
  SECTION("the prompt kwarg is stripped") {
    CHECK(both(kId, R"({"prompt_to_repeat": "\n Hi there. "})", "Hi there. Hello!"));
  }
  SECTION("whitespace runs and typographic quotes: precise only") {
    const char* q = R"({"prompt_to_repeat": "Write about \"Sunnis ice cream\" and it's taste."})";
    const char* s = "Write about “Sunnis ice cream” and it’s taste. OK.";
    CHECK_FALSE(check(kId, q, s, kRef));
    CHECK(check(kId, q, s, kPrecise));
    const char* w = "Write a poem\nabout  the sea.";
    CHECK_FALSE(check(kId, kw, w, kRef));
    CHECK(check(kId, kw, w, kPrecise));
    CHECK(check(kId, kw,
                "Write a po\xE2\x80\x8B"
                "em about the sea.",
                kPrecise));
  }
  SECTION("running on into a longer word: precise rejects") {
    const char* p = R"({"prompt_to_repeat": "Write a poem"})";
    CHECK(check(kId, p, "Write a poems collection", kRef));
    CHECK_FALSE(check(kId, p, "Write a poems collection", kPrecise));
    CHECK(both(kId, p, "Write a poem: roses are red"));
  }
  SECTION("non-ASCII and case folding") {
    CHECK(both(kId, R"({"prompt_to_repeat": "Schreibe über Köln."})", "SCHREIBE ÜBER KÖLN. Ja."));
    const char* g = R"({"prompt_to_repeat": "Die Straße"})";
    CHECK_FALSE(check(kId, g, "DIE STRASSE ist lang", kRef));
    CHECK(check(kId, g, "DIE STRASSE ist lang", kPrecise));
  }
  SECTION("CRLF, markdown and invalid UTF-8") {
    const char* two = R"({"prompt_to_repeat": "Line one.\nLine two."})";
    CHECK(both(kId, two, "Line one.\nLine two.\nAnswer"));
    CHECK_FALSE(check(kId, two, "Line one.\r\nLine two.\r\nAnswer", kRef));
    CHECK(check(kId, two, "Line one.\r\nLine two.\r\nAnswer", kPrecise));
    CHECK_FALSE(both(kId, kw, "**Write a poem about the sea.**"));
    CHECK(both(kId, kw, "Write a poem about the sea.\xFF\xFE"));
    CHECK_FALSE(both(kId, kw, "\xFFWrite a poem about the sea."));
  }
  SECTION("blank prompt: reference passes everything, precise refuses it") {
    CHECK(check(kId, R"({"prompt_to_repeat": "   "})", "anything", kRef));
    CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "   "})", kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "combination:repeat_prompt", *precis::parse_json(R"({"prompt_to_repeat": "x"})"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": ""})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": 5})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a", "prompt": "a"})", s).ok());
    }
  }
}
