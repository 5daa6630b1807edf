#include <catch2/catch.hpp>

#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "detectable_format:sentence_hyphens";

// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("detectable_format:sentence_hyphens", "[detectable_format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Red is warm.-Blue is cool.-Green is calm."));
    CHECK(both(kId, "{}", "Is it late?-Yes!-Go home now."));
    CHECK(both(kId, "{}", "Wait...-Okay, fine."));
    CHECK(both(kId, "{}", "Mr. Smith came in.-He sat down."));
    CHECK_FALSE(both(kId, "{}", "Red is warm. Blue is cool."));
    CHECK_FALSE(both(kId, "{}", "Red is warm.- Blue is cool."));
    CHECK_FALSE(both(kId, "{}", "Red is warm. -Blue is cool."));
    CHECK_FALSE(both(kId, "{}", "Red is warm.-Blue is cool. Green is calm."));
    CHECK_FALSE(both(kId, "{}", "Hello there-General Kenobi"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "  \r\n"));
  }
  SECTION("non-ASCII text; dashes are not hyphens") {
    CHECK(both(kId, "{}", "Ça va bien.-Très bien.-À demain."));
    CHECK_FALSE(both(kId, "{}", "Ça va bien.\xE2\x80\x94Très bien."));  // em dash
    CHECK_FALSE(both(kId, "{}", "Ça va bien.\xE2\x80\x93Très bien."));  // en dash
  }
  SECTION("sentences on separate lines are not joined") {
    CHECK_FALSE(both(kId, "{}", "Line one.\n-Line two."));
    CHECK_FALSE(both(kId, "{}", "Line one.-\r\nLine two."));
    CHECK_FALSE(both(kId, "{}", "Here you go:\nRed is warm.-Blue is cool."));
  }
  SECTION("precise: hyphenated words are not separators") {
    const char* s = "A well-known fact.-It is true.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: one sentence is not enough") {
    CHECK(check(kId, "{}", "Only one sentence here.", kRef));
    CHECK_FALSE(check(kId, "{}", "Only one sentence here.", kPrecise));
  }
  SECTION("precise: a trailing hyphen fails") {
    CHECK(check(kId, "{}", "Red is warm.-Blue is cool.-", kRef));
    CHECK_FALSE(check(kId, "{}", "Red is warm.-Blue is cool.-", kPrecise));
  }
  SECTION("precise: a closing quote may precede the hyphen") {
    const char* s = "He said \"hi.\"-She left.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", "She said (yes.)-Then she left.", kPrecise));
  }
  SECTION("precise: U+2010 and U+2011 are hyphens") {
    CHECK_FALSE(check(kId, "{}", "One.\xE2\x80\x90Two.", kRef));
    CHECK(check(kId, "{}", "One.\xE2\x80\x90Two.", kPrecise));
    CHECK(check(kId, "{}", "One.\xE2\x80\x91Two.", kPrecise));
  }
  SECTION("precise: whitespace at the edges of the response is ignored") {
    CHECK_FALSE(check(kId, "{}", "One.-Two.\r\n", kRef));
    CHECK(check(kId, "{}", "One.-Two.\r\n", kPrecise));
    CHECK_FALSE(check(kId, "{}", " One.-Two.", kRef));
    CHECK(check(kId, "{}", " One.-Two.", kPrecise));
  }
  SECTION("precise: sentences come from Punkt, not the regex splitter") {
    // The regex splitter protects any single capital letter before a period ("B."); Punkt
    // does not know "B." as an abbreviation and finds two sentences joined by a space.
    CHECK(check(kId, "{}", "One.-Plan B. Then two.", kRef));
    CHECK_FALSE(check(kId, "{}", "One.-Plan B. Then two.", kPrecise));
  }
  SECTION("precise: blank responses fail by themselves") {
    CHECK_FALSE(ungated("", kPrecise));
    CHECK_FALSE(ungated("\xE2\x80\x8B", kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}", "Bad \xFF byte.-Good byte."));
  }
  SECTION("bad kwargs: none accepted") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(build_error(kId, R"({"sep": "-"})", s).ok());
  }
}
