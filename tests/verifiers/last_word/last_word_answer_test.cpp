#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "last_word:last_word_answer";

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

TEST_CASE("last_word:last_word_answer", "[last_word]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw("home"), "At last we came home."));
    CHECK(both(kId, kw("HOME"), "We came HOME?!"));
    CHECK(both(kId, kw("home"), "home"));
    CHECK(both(kId, kw("home"), "Going (home)"));
    CHECK(both(kId, kw("home"), "We said \xE2\x80\x9Chome\xE2\x80\x9D"));
    CHECK_FALSE(both(kId, kw("home"), "Home is where we went."));
    CHECK_FALSE(both(kId, kw("home"), "We came home. Good night."));
    CHECK_FALSE(both(kId, kw("home"), "We came homeward"));
  }
  SECTION("the kwarg is stripped") {
    CHECK(both(kId, kw(" home "), "We came home."));
  }
  SECTION("trailing whitespace and CRLF") {
    CHECK(both(kId, kw("home"), "We came home.\r\n\r\n  "));
    CHECK(both(kId, kw("home"), "We came\r\nhome"));
  }
  SECTION("non-ASCII last words") {
    CHECK(both(kId, kw("caf\xC3\xA9"), "On va au CAF\xC3\x89!"));
    CHECK(both(kId, kw("\xD0\xB4\xD0\xBE\xD0\xBC"),
               "\xD0\x98\xD0\xB4\xD1\x83 \xD0\x94\xD0\x9E\xD0\x9C."));
  }
  SECTION("precise: markdown after the last word does not count") {
    for (const char* s : {"We came home\n---", "We came _home_", "We came home\n\n***",
                          "We came home :)", "We came home\n```", "On rentre home !"}) {
      INFO(s);
      CHECK_FALSE(check(kId, kw("home"), s, kRef));
      CHECK(check(kId, kw("home"), s, kPrecise));
    }
    CHECK(both(kId, kw("home"), "We came **home**."));
  }
  SECTION("an emoji or other symbol after the last word fails") {
    CHECK_FALSE(both(kId, kw("home"), "We came home \xF0\x9F\x8F\xA0"));
    // reference removes a symbol attached to the token
    CHECK(check(kId, kw("home"), "We came home\xF0\x9F\x8F\xA0", kRef));
    CHECK_FALSE(check(kId, kw("home"), "We came home\xF0\x9F\x8F\xA0", kPrecise));
    CHECK(check(kId, kw("home"), "We came home\xE2\x84\xA2", kRef));
    CHECK_FALSE(check(kId, kw("home"), "We came home\xE2\x84\xA2", kPrecise));
  }
  SECTION("precise: a hyphenated word is one word") {
    // reference removes the hyphen: "homemade"
    CHECK_FALSE(both(kId, kw("made"), "It is home-made"));
    CHECK(check(kId, kw("homemade"), "It is home-made", kRef));
    CHECK_FALSE(check(kId, kw("homemade"), "It is home-made", kPrecise));
    CHECK_FALSE(check(kId, kw("home-made"), "It is home-made", kRef));
    CHECK(check(kId, kw("home-made"), "It is home-made", kPrecise));
    CHECK(check(kId, kw("isn't"), "It isn't.", kPrecise));
    CHECK_FALSE(check(kId, kw("t"), "It isn't.", kPrecise));
  }
  SECTION("precise: full case folding") {
    CHECK_FALSE(check(kId,
                      kw("stra\xC3\x9F"
                         "e"),
                      "Die STRASSE", kRef));
    CHECK(check(kId,
                kw("stra\xC3\x9F"
                   "e"),
                "Die STRASSE", kPrecise));
  }
  SECTION("precise: a phrase is matched as the last words") {
    CHECK_FALSE(check(kId, kw("the end"), "This is the end.", kRef));
    CHECK(check(kId, kw("the end"), "This is the end.", kPrecise));
    CHECK(check(kId, kw("the end"), "This is *the* end.", kPrecise));
    CHECK_FALSE(check(kId, kw("the end"), "This is another end.", kPrecise));
    CHECK_FALSE(check(kId, kw("the end"), "end", kPrecise));
    CHECK_FALSE(check(kId, kw("made"), "It is home-made", kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw("home"), "\xFF home"));
    CHECK_FALSE(both(kId, kw("home"), "home \xFF"));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, kw("home"), ""));
    CHECK_FALSE(both(kId, kw("home"), "\n\n"));
    CHECK_FALSE(ungated(kw("home"), "\xE2\x80\x8B", kPrecise));
    CHECK_FALSE(ungated(kw("home"), "", kPrecise));
    CHECK_FALSE(ungated(kw("home"), "", kRef));
    CHECK_FALSE(both(kId, kw("home"), "!!!"));
  }
  SECTION("reference: a whitespace-only last_word matches a last token without word characters") {
    CHECK(check(kId, kw("  "), "We came home ...", kRef));
    CHECK_FALSE(check(kId, kw("  "), "We came home", kRef));
    CHECK_FALSE(build_error(kId, kw("  "), kPrecise).ok());
  }
  SECTION("a last_word with punctuation: reference never matches, precise refuses it") {
    CHECK_FALSE(check(kId, kw("home."), "We came home.", kRef));
    auto e = build_error(kId, kw("home."), kPrecise);
    CHECK(e.message().find("last_word") != std::string::npos);
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto e = build_error(kId, kw(""), s);
      CHECK(e.message().find("last_word") != std::string::npos);
      CHECK(e.message().find("random") != std::string::npos);
      CHECK(e.message().find(kId) != std::string::npos);
      CHECK(build_error(kId, "{}", s).message().find("last_word") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"last_word": 2.5})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"last_word": "a", "first_word": "a"})", s).ok());
    }
  }
}
