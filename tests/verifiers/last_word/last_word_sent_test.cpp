#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "last_word:last_word_sent";

std::string kw(const std::string& word) {
  return R"({"last_word": ")" + word + R"("})";
}

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(const std::string& kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("last_word:last_word_sent", "[last_word]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw("goal"), "We near the goal. We reach the GOAL! Is this the goal?"));
    CHECK(both(kId, kw("GOAL"), "the goal"));
    CHECK_FALSE(both(kId, kw("goal"), "We near the goal. We reach it."));
    CHECK_FALSE(both(kId, kw("goal"), "Goals matter. We reach the goal."));
  }
  SECTION("abbreviations, decimals and quotes") {
    CHECK(both(kId, kw("goal"), "Mr. Smith saw the goal. It is 2.5 km to the goal."));
    CHECK(both(kId, kw("goal"), "He said \"the goal.\" We got the goal."));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, kw("goal"), "We near the goal.\r\nWe reach the goal.\r\n"));
    CHECK(both(kId, kw("caf\xC3\xA9"), "Un bon caf\xC3\xA9. Encore un CAF\xC3\x89!"));
  }
  SECTION("reference: ?! makes a sentence of its own; precise: Punkt keeps it") {
    CHECK_FALSE(check(kId, kw("goal"), "Is it the goal?! Yes, the goal.", kRef));
    CHECK(check(kId, kw("goal"), "Is it the goal?! Yes, the goal.", kPrecise));
  }
  SECTION("precise: full case folding") {
    const char* s =
        "Das ist die STRASSE. Das ist die Stra\xC3\x9F"
        "e.";
    CHECK_FALSE(check(kId,
                      kw("stra\xC3\x9F"
                         "e"),
                      s, kRef));
    CHECK(check(kId,
                kw("stra\xC3\x9F"
                   "e"),
                s, kPrecise));
  }
  SECTION("precise: a line break ends a sentence") {
    // reference reads one sentence, "Goal setting is our goal."
    CHECK(check(kId, kw("goal"), "Goal setting\nis our goal.", kRef));
    CHECK_FALSE(check(kId, kw("goal"), "Goal setting\nis our goal.", kPrecise));
    CHECK_FALSE(both(kId, kw("goal"), "We reach the goal.\n\nThanks for reading!"));
    CHECK(both(kId, kw("goal"), "# The goal\nWe reach the goal."));
  }
  SECTION("precise: lines without words are skipped, markdown after the word does not count") {
    CHECK(check(kId, kw("goal"), "We near the goal.\n***\nWe reach the goal.", kPrecise));
    CHECK_FALSE(check(kId, kw("goal"), "We near the _goal_. We reach the goal.", kRef));
    CHECK(check(kId, kw("goal"), "We near the _goal_. We reach the goal.", kPrecise));
    CHECK_FALSE(check(kId, kw("goal"), "We near the goal :). We reach the goal.", kRef));
    CHECK(check(kId, kw("goal"), "We near the goal :). We reach the goal.", kPrecise));
  }
  SECTION("an emoji after the last word fails") {
    CHECK_FALSE(both(kId, kw("goal"), "The goal \xF0\x9F\x8E\xAF. The goal."));
    CHECK(check(kId, kw("goal"), "The goal\xF0\x9F\x8E\xAF. The goal.", kRef));
    CHECK_FALSE(check(kId, kw("goal"), "The goal\xF0\x9F\x8E\xAF. The goal.", kPrecise));
  }
  SECTION("precise: a hyphenated word is one word") {
    CHECK_FALSE(both(kId, kw("made"), "It is home-made. All home-made."));
    CHECK(check(kId, kw("homemade"), "It is home-made.", kRef));
    CHECK_FALSE(check(kId, kw("homemade"), "It is home-made.", kPrecise));
    CHECK(check(kId, kw("home-made"), "It is home-made.", kPrecise));
  }
  SECTION("precise: a phrase") {
    CHECK_FALSE(check(kId, kw("the goal"), "We near the goal. We reach the goal.", kRef));
    CHECK(check(kId, kw("the goal"), "We near the goal. We reach the goal.", kPrecise));
    CHECK_FALSE(check(kId, kw("the goal"), "We near the goal. We reach a goal.", kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw("goal"), "\xFF the goal. The goal"));
    CHECK_FALSE(both(kId, kw("goal"), "The goal \xFF. The goal"));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, kw("goal"), ""));
    CHECK_FALSE(both(kId, kw("goal"), " \r\n"));
    CHECK_FALSE(ungated(kw("goal"), "\xE2\x80\x8D\n", kPrecise));
    CHECK_FALSE(ungated(kw("goal"), "", kPrecise));
    CHECK_FALSE(check(kId, kw("goal"), "?!", kPrecise));
  }
  SECTION("kwargs: whitespace-only and punctuation") {
    CHECK(check(kId, kw(" "), "We reach ... We go !", kRef));
    CHECK_FALSE(build_error(kId, kw(" "), kPrecise).ok());
    CHECK_FALSE(check(kId, kw("goal."), "We reach the goal.", kRef));
    CHECK_FALSE(build_error(kId, kw("goal."), kPrecise).ok());
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto e = build_error(kId, kw(""), s);
      CHECK(e.message().find("last_word") != std::string::npos);
      CHECK(e.message().find("random") != std::string::npos);
      CHECK(e.message().find(kId) != std::string::npos);
      CHECK(build_error(kId, "{}", s).message().find("last_word") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"last_word": true})", s).ok());
    }
  }
}
