#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("keywords:forbidden_words", "[keywords]") {
  constexpr auto kId = "keywords:forbidden_words";
  const char* kw = R"({"forbidden_words": ["rock", "can"]})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "Stones and pebbles only."));
    CHECK_FALSE(both(kId, kw, "We ROCK."));
    CHECK_FALSE(both(kId, kw, "yes we can"));
    CHECK_FALSE(both(kId, kw, "rock"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, "\t \n"));
  }
  SECTION("word boundaries") {
    // Not inside longer words, in both semantics.
    CHECK(both(kId, kw, "rocks cannot rocket; canny scan"));
    // '_' is a word character for Python's \b; `_can_` (markdown emphasis) is the word `can`.
    CHECK(check(kId, kw, "_can_", kRef));
    CHECK_FALSE(check(kId, kw, "_can_", kPrecise));
    // Contractions and hyphenated words: both find the part.
    CHECK_FALSE(both(kId, kw, "I can't"));
    CHECK_FALSE(both(kId, kw, "rock-solid"));
    CHECK_FALSE(both(kId, kw, "caf\xC3\xA9 can"));
    CHECK_FALSE(both(kId, kw, "(rock)"));
  }
  SECTION("precise also finds hyphenated or spaced-out forbidden compounds") {
    const char* hy = R"({"forbidden_words": ["well-known"]})";
    CHECK_FALSE(both(kId, hy, "a well-known fact"));
    CHECK(check(kId, hy, "a well known fact", kRef));
    CHECK_FALSE(check(kId, hy, "a well known fact", kPrecise));
    const char* ph = R"({"forbidden_words": ["ice cream"]})";
    CHECK(check(kId, ph, "ice\n\ncream", kRef));
    CHECK_FALSE(check(kId, ph, "ice\n\ncream", kPrecise));
  }
  SECTION("zero-width characters do not hide a word in precise") {
    const char* s =
        "we ro\xE2\x80\x8B"
        "ck";
    CHECK(check(kId, kw, s, kRef));
    CHECK_FALSE(check(kId, kw, s, kPrecise));
  }
  SECTION("non-ASCII: case folding and Unicode boundaries") {
    const char* de = R"({"forbidden_words": ["straße"]})";
    CHECK_FALSE(both(kId, de, "Die STRAẞE"));
    CHECK(check(kId, de, "DIE STRASSE", kRef));
    CHECK_FALSE(check(kId, de, "DIE STRASSE", kPrecise));
    // \w is Unicode: "rock" inside "rockä" is no word in either.
    CHECK(both(kId, kw, "rock\xC3\xA4 \xC3\xA4rock"));
    // A combining mark ends a word for Python's \b, not for precise words.
    const char* e = R"({"forbidden_words": ["cafe"]})";
    CHECK_FALSE(check(kId, e, "cafe\xCC\x81", kRef));
    CHECK(check(kId, e, "cafe\xCC\x81", kPrecise));
    // Kelvin sign folds to k in both.
    CHECK_FALSE(both(kId, R"({"forbidden_words": ["kilo"]})", "\xE2\x84\xAAILO"));
  }
  SECTION("Python's IGNORECASE classes in reference") {
    CHECK_FALSE(check(kId, R"({"forbidden_words": ["i"]})", "x \xC4\xB0 y", kRef));
    CHECK(check(kId, R"({"forbidden_words": ["i"]})", "x \xC4\xB0z y", kRef));
  }
  SECTION("CRLF and markdown") {
    CHECK_FALSE(both(kId, kw, "# Title\r\n* **Rock**\r\n"));
    CHECK(both(kId, kw, "# Title\r\n* **Stone**\r\n"));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw, "\xFF\xFE stone \xC3"));
    CHECK_FALSE(both(kId, kw, "\xFFrock\xFE"));
  }
  SECTION("overlapping candidates are all tried in reference") {
    // "aa" at 0 is followed by 'a' (no \b); at 1 it ends the word but starts inside it.
    CHECK(check(kId, R"({"forbidden_words": ["aa"]})", "aaa", kRef));
    CHECK_FALSE(check(kId, R"({"forbidden_words": ["aa"]})", "baaa aa", kRef));
  }
  SECTION("empty word: reference finds a boundary in any text with a word character") {
    CHECK_FALSE(check(kId, R"({"forbidden_words": [""]})", "x", kRef));
    CHECK(check(kId, R"({"forbidden_words": [""]})", "...", kRef));
    CHECK_FALSE(build_error(kId, R"({"forbidden_words": [""]})", kPrecise).ok());
  }
  SECTION("regex kwargs") {
    CHECK_FALSE(check(kId, R"({"forbidden_words": ["r.ck"]})", "we rack", kRef));
    // \b after a trailing '.' needs a word character next.
    CHECK(check(kId, R"({"forbidden_words": ["U\\.S\\."]})", "the U.S. is big", kRef));
    CHECK_FALSE(check(kId, R"({"forbidden_words": ["U\\.S\\."]})", "the U.S.A", kRef));
    CHECK(build_error(kId, R"({"forbidden_words": ["a*"]})", kRef).code() ==
          precis::StatusCode::kInvalidArgument);
    CHECK_FALSE(build_error(kId, R"({"forbidden_words": ["#tag"]})", kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "keywords:forbidden_words", *precis::parse_json(R"({"forbidden_words": ["cat"]})"),
        kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"forbidden_words": "rock"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"forbidden_words": []})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"forbidden_words": [null]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"forbidden_words": ["a"], "keywords": ["b"]})", s).ok());
      CHECK(build_error(kId, R"({"forbidden_words": ["a", "a"]})", s).ok());
    }
  }
}
