#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* word, int n, int m) {
  return std::string(R"({"keyword": ")") + word + R"(", "n": )" + std::to_string(n) + R"(, "m": )" +
         std::to_string(m) + "}";
}
}  // namespace

TEST_CASE("keywords:keyword_specific_position", "[keywords][kw2]") {
  constexpr auto kId = "keywords:keyword_specific_position";
  const char* text = "Birds sing at dawn. The fox sleeps in its den. Night falls.";
  SECTION("pass and fail, boundaries") {
    CHECK(both(kId, kw("Birds", 1, 1), text));
    CHECK(both(kId, kw("dawn", 1, 4), text));
    CHECK(both(kId, kw("fox", 2, 2), text));
    CHECK(both(kId, kw("den", 2, 6), text));
    CHECK(both(kId, kw("falls", 3, 2), text));
    CHECK_FALSE(both(kId, kw("fox", 2, 3), text));
    CHECK_FALSE(both(kId, kw("fox", 1, 2), text));
    CHECK_FALSE(both(kId, kw("falls", 4, 2), text));       // no 4th sentence
    CHECK_FALSE(check(kId, kw("den", 2, 8), text, kRef));  // `.` is token 7
    CHECK_FALSE(both(kId, kw("den", 2, 9), text));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("a", 1, 1), ""));
    CHECK_FALSE(both(kId, kw("a", 1, 1), "\r\n "));
    CHECK_FALSE(check(kId, kw("a", 1, 1), "\xE2\x80\x8B", kPrecise));
  }
  SECTION("precise: punctuation is not a word") {
    const char* s = "Sadly, the fox left.";
    CHECK(check(kId, kw("fox", 1, 4), s, kRef));
    CHECK_FALSE(check(kId, kw("fox", 1, 3), s, kRef));
    CHECK(check(kId, kw("fox", 1, 3), s, kPrecise));
    CHECK_FALSE(check(kId, kw("fox", 1, 4), s, kPrecise));
    CHECK(check(kId, kw(".", 1, 6), s, kRef));
  }
  SECTION("precise: a contraction is one word") {
    const char* s = "Can't you hear it?";
    CHECK(check(kId, kw("n't", 1, 2), s, kRef));
    CHECK(check(kId, kw("you", 1, 2), s, kPrecise));
    CHECK(check(kId, kw("can't", 1, 1), s, kPrecise));
    CHECK_FALSE(check(kId, kw("you", 1, 2), s, kRef));
  }
  SECTION("precise: case-insensitive") {
    CHECK_FALSE(check(kId, kw("the", 2, 1), text, kRef));
    CHECK(check(kId, kw("the", 2, 1), text, kPrecise));
    CHECK(check(kId, kw("STRASSE", 1, 2),
                "Die Stra\xC3\x9F"
                "e ist lang.",
                kPrecise));
  }
  SECTION("precise: headings, list items and blank lines end sentences") {
    const char* s = "# Forest Life\nThe fox sleeps.\n\nOwls hunt at night";
    CHECK_FALSE(check(kId, kw("fox", 2, 2), s, kRef));
    CHECK(check(kId, kw("fox", 2, 2), s, kPrecise));
    CHECK(check(kId, kw("Owls", 3, 1), s, kPrecise));
    const char* list = "Facts\r\n- foxes hunt\r\n- owls hunt\r\nThat is all";
    CHECK(check(kId, kw("owls", 3, 1), list, kPrecise));
    CHECK(check(kId, kw("That", 4, 1), list, kPrecise));
    CHECK(check(kId, kw("owls", 1, 6), list, kRef));  // Facts - foxes hunt - owls
  }
  SECTION("precise: a hard line break inside a sentence does not end it") {
    const char* s = "The fox\nsleeps in its den.";
    CHECK(both(kId, kw("sleeps", 1, 3), s));
  }
  SECTION("precise: a sentence without a word is not numbered") {
    const char* s = "The fox sleeps.\n\n***\n\nOwls hunt.";
    CHECK(check(kId, kw("Owls", 2, 1), s, kPrecise));
  }
  SECTION("the regex splitter in reference, Punkt in precise") {
    const char* s = "Dr. Smith sat. He slept.";
    CHECK(both(kId, kw("Smith", 1, 2), s));
    CHECK(both(kId, kw("slept", 2, 2), s));
  }
  SECTION("non-ASCII keyword") {
    CHECK(both(kId, kw("\xC3\xA9t\xC3\xA9", 1, 2), "Un \xC3\xA9t\xC3\xA9 chaud."));
  }
  SECTION("keyword is stripped") {
    CHECK(both(kId, kw("  fox ", 2, 2), text));
  }
  SECTION("precise: the keyword must be one word") {
    CHECK_FALSE(build_error(kId, kw("the fox", 2, 1), kPrecise).ok());
    CHECK_FALSE(check(kId, kw("the fox", 2, 1), text, kRef));
    CHECK_FALSE(build_error(kId, kw("fox.", 2, 1), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw("  ", 1, 1), kPrecise).ok());
    CHECK_FALSE(check(kId, kw("  ", 1, 1), text, kRef));
    CHECK(build_error(kId, kw("well-known", 1, 1), kPrecise).ok());
    CHECK(check(kId, kw("well-known", 1, 2), "A well-known fox.", kPrecise));
  }
  SECTION("bad kwargs: zero indices and empty keywords are errors, never random") {
    for (auto s : {kRef, kPrecise}) {
      auto n0 = build_error(kId, kw("fox", 0, 1), s);
      CHECK(n0.message().find("keywords:keyword_specific_position") != std::string::npos);
      CHECK(n0.message().find("\"n\"") != std::string::npos);
      CHECK(n0.message().find(">= 1") != std::string::npos);
      CHECK(build_error(kId, kw("fox", 1, 0), s).message().find("\"m\"") != std::string::npos);
      CHECK_FALSE(build_error(kId, kw("fox", -1, 1), s).ok());
      auto empty = build_error(kId, kw("", 1, 1), s);
      CHECK(empty.message().find("\"keyword\"") != std::string::npos);
      CHECK(empty.message().find("random") != std::string::npos);
      CHECK(build_error(kId, R"({"keyword": "fox", "n": 1})", s).message().find("\"m\"") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"keyword": "fox", "n": "1", "m": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "fox", "n": 1, "m": 1, "k": 1})", s).ok());
    }
  }
}
