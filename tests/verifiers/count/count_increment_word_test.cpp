#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "count:count_increment_word";

std::string kw(const std::string& k1, const std::string& k2) {
  return R"({"keyword1": ")" + k1 + R"(", "keyword2": ")" + k2 + R"("})";
}

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(const std::string& kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("count:count_increment_word", "[count]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw("cat", "dog"), "A cat, a dog and another dog."));
    CHECK(both(kId, kw("CAT", "Dog"), "cat DOG dog"));
    CHECK_FALSE(both(kId, kw("cat", "dog"), "A cat and a dog."));
    CHECK_FALSE(both(kId, kw("cat", "dog"), "A cat, a dog, a dog, a dog."));
    CHECK_FALSE(both(kId, kw("cat", "dog"), "Two cats? No: cat and cat, dog and dog."));
    CHECK_FALSE(both(kId, kw("cat", "dog"), "No pets here."));
  }
  SECTION("the keywords are stripped") {
    CHECK(both(kId, kw(" cat ", "\\tdog"), "cat dog dog"));
  }
  SECTION("precise: only whole words count") {
    const char* s = "A catalog, a cat, a dog and a dogma, and one more dog.";
    CHECK_FALSE(check(kId, kw("cat", "dog"), s, kRef));  // catalog, dogma count
    CHECK(check(kId, kw("cat", "dog"), s, kPrecise));
    CHECK(check(kId, kw("sun", "moon"), "Sunday: moon, moon.", kRef));
    CHECK_FALSE(check(kId, kw("sun", "moon"), "Sunday: moon, moon.", kPrecise));
  }
  SECTION("precise: hyphens and apostrophes separate words") {
    CHECK(both(kId, kw("cat", "dog"), "cat-like dog's dog"));
  }
  SECTION("markdown and CRLF") {
    CHECK(both(kId, kw("cat", "dog"), "**cat**\r\n- *dog*\r\n- dog\r\n"));
  }
  SECTION("non-ASCII and case folding") {
    CHECK(both(kId, kw("\xC3\xA9t\xC3\xA9", "caf\xC3\xA9"),
               "\xC3\x89T\xC3\x89: caf\xC3\xA9, CAF\xC3\x89."));
    const char* s =
        "Stra\xC3\x9F"
        "e, strasse und STRASSE; Weg.";
    CHECK(check(kId, kw("weg", "strasse"), s, kRef));  // re.IGNORECASE keeps ß apart: two
    CHECK_FALSE(check(kId, kw("weg", "strasse"), s, kPrecise));  // three with folding
    CHECK(check(kId, kw("weg", "strasse"),
                "Stra\xC3\x9F"
                "e und Weg und STRASSE",
                kPrecise));
    CHECK_FALSE(check(kId, kw("weg", "strasse"),
                      "Stra\xC3\x9F"
                      "e und Weg und STRASSE",
                      kRef));
  }
  SECTION("precise: phrases") {
    CHECK(both(kId, kw("big cat", "red dog"), "A big cat. A red dog, another red dog."));
    CHECK(check(kId, kw("big cat", "red dog"), "A big\ncat. A red dog, a red\r\ndog.", kPrecise));
  }
  SECTION("reference: a keyword is a regex; precise: literal words only") {
    CHECK(check(kId, kw("c.t", "dog"), "cut dog dog", kRef));
    CHECK_FALSE(build_error(kId, kw("c.t", "dog"), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw("ca+t", "dog"), kRef).ok());  // refused: fail closed
  }
  SECTION("reference: a whitespace-only keyword counts len+1 empty matches; precise refuses it") {
    CHECK(check(kId, kw("x", "  "), "x", kRef));  // "x": 2 empty matches
    CHECK_FALSE(check(kId, kw("x", "  "), "x y", kRef));
    CHECK_FALSE(build_error(kId, kw("x", "  "), kPrecise).ok());
  }
  SECTION("keyword1 inside keyword2: reference always fails, precise refuses it") {
    CHECK_FALSE(check(kId, kw("ice", "ice cream"), "ice ice cream ice cream", kRef));
    auto e = build_error(kId, kw("ice", "ice cream"), kPrecise);
    CHECK(e.message().find("keyword1") != std::string::npos);
    CHECK(e.message().find("never") != std::string::npos);
    CHECK_FALSE(build_error(kId, kw("Dog", "dog"), kPrecise).ok());
    CHECK_FALSE(check(kId, kw("dog", "dog"), "dog dog", kRef));
    // keyword2 inside keyword1 can be satisfied
    CHECK(check(kId, kw("ice cream", "ice"), "ice cream and ice", kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw("cat", "dog"),
               "\xFF"
               "cat\xFE"
               "dog\xC3"
               "dog"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("cat", "dog"), ""));
    CHECK_FALSE(both(kId, kw("cat", "dog"), "  \n"));
    CHECK_FALSE(ungated(kw("cat", "dog"), "\xE2\x80\x8B", kPrecise));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      for (const char* k :
           {R"({"keyword1": "", "keyword2": "dog"})", R"({"keyword1": "cat", "keyword2": ""})"}) {
        auto e = build_error(kId, k, s);
        CHECK(e.message().find(kId) != std::string::npos);
        CHECK(e.message().find("random") != std::string::npos);
      }
      CHECK(build_error(kId, R"({"keyword1": "cat"})", s).message().find("keyword2") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"keyword2": "cat"})", s).message().find("keyword1") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"keyword1": "cat", "keyword2": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword1": ["cat"], "keyword2": "dog"})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword1": "cat", "keyword2": "dog", "keyword3": "x"})", s).ok());
    }
  }
}
