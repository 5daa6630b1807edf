#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "count:counting_composition";

std::string kw(int n_sent, int n_words) {
  return R"({"n_sent": )" + std::to_string(n_sent) + R"(, "n_words": )" + std::to_string(n_words) +
         "}";
}

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(const std::string& kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("count:counting_composition", "[count]") {
  // One sentence without final punctuation per paragraph: tokens and words agree.
  const char* three = "Cats sleep now\n***\nDogs bark loud\n***\nBirds sing well";
  SECTION("pass and fail") {
    CHECK(both(kId, kw(1, 3), three));
    CHECK_FALSE(both(kId, kw(1, 2), three));
    CHECK_FALSE(both(kId, kw(2, 3), three));
    CHECK_FALSE(both(kId, kw(1, 3), "Cats sleep now\n***\nDogs bark loud"));
    CHECK_FALSE(both(kId, kw(1, 3),
                     "Cats sleep now\n***\nDogs bark loud\n***\nBirds sing "
                     "well\n***\nFish swim fast"));
    CHECK_FALSE(both(kId, kw(1, 3), "Cats sleep now\n***\nDogs bark loud\n***\nBirds sing"));
  }
  SECTION("CRLF around the dividers") {
    CHECK(both(kId, kw(1, 3), "Cats sleep now\r\n***\r\nDogs bark loud\r\n***\r\nBirds sing well"));
  }
  SECTION("non-ASCII words") {
    CHECK(both(kId, kw(1, 2),
               "Caf\xC3\xA9 ouvert\n***\nTh\xC3\xA9 chaud\n***\n\xC3\x89t\xC3\xA9 doux"));
  }
  SECTION("precise: punctuation is not a word") {
    const char* s =
        "Cats sleep. Dogs bark.\n***\nBirds sing. Fish swim.\n***\nCows moo. Bees buzz.";
    CHECK_FALSE(check(kId, kw(2, 2), s, kRef));  // "Cats sleep." is 3 tokens
    CHECK(check(kId, kw(2, 2), s, kPrecise));
    CHECK(check(kId, kw(2, 3), s, kRef));
    CHECK_FALSE(check(kId, kw(2, 3), s, kPrecise));
    const char* c = "Don't go, Sam.\n***\nWell-known, it is.\n***\nO'Neil came, too.";
    CHECK(check(kId, kw(1, 3), c, kPrecise));
  }
  SECTION("precise: only divider lines of asterisks separate paragraphs") {
    const char* spaced = "Cats sleep now\n* * *\nDogs bark loud\n* * *\nBirds sing well";
    CHECK_FALSE(check(kId, kw(1, 3), spaced, kRef));  // the prompt's divider never splits
    CHECK(check(kId, kw(1, 3), spaced, kPrecise));
    const char* inline_stars = "Cats sleep now *** Dogs bark loud *** Birds sing well";
    CHECK(check(kId, kw(1, 3), inline_stars, kRef));
    CHECK_FALSE(check(kId, kw(1, 3), inline_stars, kPrecise));
    CHECK_FALSE(check(kId, kw(1, 3), "Cats sleep now\n---\nDogs bark loud\n---\nBirds sing well",
                      kPrecise));
    CHECK(check(kId, kw(1, 3), "Cats sleep now\n*****\nDogs bark loud\n  ***  \nBirds sing well",
                kPrecise));
  }
  SECTION("precise: empty paragraphs are ignored") {
    const char* s = "***\nCats sleep now\n***\nDogs bark loud\n***\nBirds sing well\n***\n";
    CHECK_FALSE(check(kId, kw(1, 3), s, kRef));
    CHECK(check(kId, kw(1, 3), s, kPrecise));
    const char* m = "Cats sleep now\n***\n\n***\nDogs bark loud\n***\nBirds sing well";
    CHECK_FALSE(check(kId, kw(1, 3), m, kRef));
    CHECK(check(kId, kw(1, 3), m, kPrecise));
  }
  SECTION("precise: a line break ends a sentence") {
    const char* s = "Cats sleep\nDogs bark\n***\nBirds sing\nFish swim\n***\nCows moo\nBees buzz";
    CHECK_FALSE(check(kId, kw(2, 2), s, kRef));  // one regex sentence of 4 tokens each
    CHECK(check(kId, kw(2, 2), s, kPrecise));
    const char* lead = "Here:\nCats sleep now.\n***\nDogs bark loud.\n***\nBirds sing well.";
    CHECK_FALSE(both(kId, kw(1, 3), lead));
  }
  SECTION("a paragraph with the wrong number of sentences fails") {
    const char* s =
        "Cats sleep now. Dogs bark loud.\n***\nBirds sing well.\n***\nCows moo "
        "loud. Bees buzz much.";
    CHECK_FALSE(both(kId, kw(2, 3), s));
  }
  SECTION("invalid UTF-8 does not crash") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(check(kId, kw(1, 3), "\xFF\xFE ***\n\xC3\n***\n\xE2\x80", s));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw(1, 3), ""));
    CHECK_FALSE(both(kId, kw(1, 3), "\r\n\r\n"));
    CHECK_FALSE(ungated(kw(1, 3), "\xE2\x80\x8B", kPrecise));
    CHECK_FALSE(both(kId, kw(1, 3), "***\n***\n***"));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      for (const char* k : {R"({"n_sent": 0, "n_words": 3})", R"({"n_sent": 2, "n_words": 0})"}) {
        auto e = build_error(kId, k, s);
        CHECK(e.message().find(kId) != std::string::npos);
        CHECK(e.message().find(">= 1") != std::string::npos);
      }
      CHECK(build_error(kId, kw(0, 3), s).message().find("n_sent") != std::string::npos);
      CHECK(build_error(kId, kw(2, 0), s).message().find("n_words") != std::string::npos);
      CHECK_FALSE(build_error(kId, kw(-1, 3), s).ok());
      CHECK(build_error(kId, R"({"n_sent": 2})", s).message().find("n_words") != std::string::npos);
      CHECK(build_error(kId, R"({"n_words": 2})", s).message().find("n_sent") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"n_sent": "2", "n_words": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"n_sent": 2, "n_words": 3, "N": 3})", s).ok());
    }
  }
}
