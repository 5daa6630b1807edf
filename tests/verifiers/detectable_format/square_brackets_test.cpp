#include <catch2/catch.hpp>

#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "detectable_format:square_brackets";

// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("detectable_format:square_brackets", "[detectable_format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "[I] [like] [green] [tea]"));
    CHECK(both(kId, "{}", "[I,] [like] [tea.]"));
    CHECK(both(kId, "{}", "[[nested]] [ok]"));
    CHECK_FALSE(both(kId, "{}", "[I] like [tea]"));
    CHECK_FALSE(both(kId, "{}", "[I like tea]"));
    CHECK_FALSE(both(kId, "{}", "(I) (like) (tea)"));
    CHECK_FALSE(both(kId, "{}", "[I] [like] [tea"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "[Grüße]\r\n[aus]\r\n[Köln]"));
    CHECK(both(kId, "{}", "[東京] [タワー]"));
    CHECK_FALSE(both(kId, "{}", "[Grüße] aus"));
  }
  SECTION("a no-break space splits no token in precise, but words are still checked") {
    CHECK_FALSE(both(kId, "{}",
                     "[a\xC2\xA0"
                     "b]"));
  }
  SECTION("precise: punctuation and markdown may stand outside the brackets") {
    for (const char* s : {"[Hello], [world].", "* [apples]\n* [pears]", "**[bold]** [word]",
                          "[one] - [two] \xE2\x80\x94 [three]!", "# [Title]\n\n[body]"}) {
      INFO(s);
      CHECK_FALSE(check(kId, "{}", s, kRef));
      CHECK(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("precise: every word needs its own brackets, inside tokens too") {
    CHECK(check(kId, "{}", "[a]x[b]", kRef));
    CHECK_FALSE(check(kId, "{}", "[a]x[b]", kPrecise));
    CHECK(check(kId, "{}", "[a][b]c]", kRef));
    CHECK_FALSE(check(kId, "{}", "[a][b]c]", kPrecise));
    CHECK(check(kId, "{}", "[a][b][c]", kPrecise));
    CHECK_FALSE(check(kId, "{}", "[[a] b]", kPrecise));
    CHECK(check(kId, "{}", "[[a] [b]]", kPrecise));
    CHECK(check(kId, "{}", "[well-known] [don't]", kPrecise));
  }
  SECTION("precise: full-width brackets count") {
    const char* s =
        "\xEF\xBC\xBB\xE5\x85\xA8\xE8\xA7\x92\xEF\xBC\xBD "
        "\xEF\xBC\xBB\xE6\x8B\xAC\xE5\xBC\xA7\xEF\xBC\xBD";  // ［全角］ ［括弧］
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: no vacuous pass without words") {
    CHECK(check(kId, "{}", "[] [...]", kRef));
    CHECK_FALSE(check(kId, "{}", "[] [...]", kPrecise));
  }
  SECTION("precise: every [ must be closed") {
    CHECK(check(kId, "{}", "[a] [b] [[]", kRef));
    CHECK_FALSE(check(kId, "{}", "[a] [b] [[]", kPrecise));
  }
  SECTION("precise: deep nesting fails instead of overflowing") {
    std::string deep(100, '[');
    deep += "a";
    deep += std::string(100, ']');
    CHECK(check(kId, "{}", deep, kRef));
    CHECK_FALSE(check(kId, "{}", deep, kPrecise));
  }
  SECTION("precise: blank responses fail by themselves") {
    CHECK_FALSE(ungated("", kPrecise));
    CHECK(ungated("", kRef));  // vacuous: the evaluation's blank gate fails it
    CHECK_FALSE(ungated("\xE2\x80\x8B", kPrecise));
    CHECK_FALSE(ungated("\xE2\x80\x8B", kRef));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}", "[\xFF] [a\xC3]"));
  }
  SECTION("bad kwargs: none accepted") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(build_error(kId, R"({"n": 1})", s).ok());
  }
}
