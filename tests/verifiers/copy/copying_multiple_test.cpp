#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* prompt, int n) {
  return std::string(R"({"prompt_to_repeat": ")") + prompt + R"(", "N": )" + std::to_string(n) +
         "}";
}
}  // namespace

TEST_CASE("copy:copying_multiple", "[copy]") {
  constexpr auto kId = "copy:copying_multiple";
  const std::string two = kw("Name a red fruit.", 2);
  const std::string three = kw("Name a red fruit.", 3);
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, two, "Name a red fruit.\n******\nName a red fruit."));
    CHECK(both(kId, two, "Name a red fruit.******name a red fruit."));
    CHECK(both(kId, three, "Name a red fruit. ****** NAME A RED FRUIT. ****** Name a red fruit."));
    CHECK(both(kId, kw("Name a red fruit.", 1), "Name a red fruit."));
    CHECK_FALSE(both(kId, three, "Name a red fruit.\n******\nName a red fruit."));
    CHECK_FALSE(both(kId, two,
                     "Name a red fruit.\n******\nName a red fruit.\n******\n"
                     "Name a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n******\nName a green fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n******\nName a red fruit.\nApple."));
    CHECK_FALSE(both(kId, two, "Sure:\nName a red fruit.\n******\nName a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\nName a red fruit."));
  }
  SECTION("separator boundaries: exactly six asterisks") {
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n*****\nName a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n*******\nName a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n************\nName a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n* * * * * *\nName a red fruit."));
    CHECK_FALSE(both(kId, two, "Name a red fruit.\n******\nName a red fruit.\n******"));
    CHECK_FALSE(both(kId, two, "******"));
    CHECK_FALSE(both(kId, two, "******\nName a red fruit.\n******\nName a red fruit."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, two, ""));
    CHECK_FALSE(both(kId, two, "\r\n"));
  }
  SECTION("CRLF and whitespace runs inside a copy: precise only") {
    const std::string lines = kw("Name a fruit.\\nName a tree.", 2);
    CHECK(both(kId, lines, "Name a fruit.\nName a tree.\n******\nName a fruit.\nName a tree."));
    const char* crlf = "Name a fruit.\r\nName a tree.\r\n******\r\nName a fruit.\r\nName a tree.";
    CHECK_FALSE(check(kId, lines, crlf, kRef));
    CHECK(check(kId, lines, crlf, kPrecise));
    CHECK_FALSE(check(kId, two, "Name a  red fruit.\n******\nName a red fruit.", kRef));
    CHECK(check(kId, two, "Name a  red fruit.\n******\nName a red fruit.", kPrecise));
  }
  SECTION("non-ASCII text, case folding") {
    const std::string de = kw("Nenne eine Straße.", 2);
    CHECK_FALSE(check(kId, de, "nenne eine straße.\n******\nNENNE EINE STRASSE.", kRef));
    CHECK(check(kId, de, "nenne eine straße.\n******\nNENNE EINE STRASSE.", kPrecise));
    CHECK(both(kId, de, "Nenne eine Straße.\n******\nnenne eine straße."));
    CHECK(both(kId, kw("Ответь кратко.", 2), "ОТВЕТЬ КРАТКО.\n******\nответь кратко."));
  }
  SECTION("typographic quotes and zero-width characters: precise only") {
    const std::string q = kw("Say \\\"hi\\\".", 2);
    const char* s = "Say “hi”.\n******\nSay \"hi\".";
    CHECK_FALSE(check(kId, q, s, kRef));
    CHECK(check(kId, q, s, kPrecise));
    const char* z = "Name a red fr\xE2\x80\x8Buit.\n******\nName a red fruit.";
    CHECK_FALSE(check(kId, two, z, kRef));
    CHECK(check(kId, two, z, kPrecise));
  }
  SECTION("a prompt containing the separator: precise matches copy by copy") {
    const std::string sep = kw("A ****** B", 2);
    const char* s = "A ****** B\n******\nA ****** B";
    CHECK_FALSE(check(kId, sep, s, kRef));
    CHECK(check(kId, sep, s, kPrecise));
    CHECK_FALSE(check(kId, sep, "A ****** B", kPrecise));
    // A prompt ending in an asterisk next to a separator without spaces: reference splits at
    // the first six of the seven asterisks.
    const std::string star = kw("Use *bold*", 2);
    CHECK_FALSE(check(kId, star, "Use *bold*******Use *bold*", kRef));
    CHECK(check(kId, star, "Use *bold*******Use *bold*", kPrecise));
    CHECK(both(kId, star, "Use *bold*\n******\nUse *bold*"));
  }
  SECTION("blank prompt: reference accepts bare separators, precise refuses it") {
    CHECK(check(kId, kw("  ", 2), " ****** ", kRef));
    CHECK_FALSE(build_error(kId, kw("  ", 2), kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(kId, *precis::parse_json(two), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xEF\xBB\xBF");
    CHECK_FALSE((*c)->check(t, nullptr));
  }
  SECTION("N = 0 would be random upstream: an error in both semantics") {
    for (auto s : {kRef, kPrecise}) {
      auto st = build_error(kId, kw("a", 0), s);
      CHECK_FALSE(st.ok());
      CHECK(st.message().find("\"N\"") != std::string::npos);
      CHECK(st.message().find("copy:copying_multiple") != std::string::npos);
      CHECK(st.message().find(">= 1") != std::string::npos);
    }
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
      CHECK_FALSE(build_error(kId, kw("a", -2), s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a", "N": "2"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a", "N": 2.5})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "", "N": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a", "N": 2, "n": 2})", s).ok());
      CHECK(build_error(kId, R"({"prompt_to_repeat": "a", "N": 2.0})", s).ok());
    }
  }
  SECTION("reasons") {
    auto c = precis::Registry::global().build(kId, *precis::parse_json(three), kRef);
    REQUIRE(c.ok());
    precis::Text t("Name a red fruit.\n******\nName a red fruit.");
    CHECK((*c)->verdict(t).reason == "splitting at \"******\" gives 2 parts; expected 3");
    auto p = precis::Registry::global().build(kId, *precis::parse_json(three), kPrecise);
    REQUIRE(p.ok());
    CHECK((*p)->verdict(t).reason ==
          "copy 2 is not followed by a \"******\" separator; expected 3 copies");
  }
}
