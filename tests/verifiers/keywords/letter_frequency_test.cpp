#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* letter, int n, const char* rel) {
  return std::string(R"({"letter": ")") + letter + R"(", "let_frequency": )" + std::to_string(n) +
         R"(, "let_relation": ")" + rel + R"("})";
}
}  // namespace

TEST_CASE("keywords:letter_frequency", "[keywords]") {
  constexpr auto kId = "keywords:letter_frequency";
  SECTION("pass and fail, boundaries, case-insensitive") {
    const char* s = "Tomato TOTAL";  // t: 4
    CHECK(both(kId, kw("t", 4, "at least"), s));
    CHECK_FALSE(both(kId, kw("t", 5, "at least"), s));
    CHECK(both(kId, kw("T", 5, "less than"), s));
    CHECK_FALSE(both(kId, kw("t", 4, "less than"), s));
    CHECK(both(kId, kw("z", 1, "less than"), s));
    CHECK(both(kId, kw("z", 0, "at least"), s));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("a", 3, "less than"), ""));
    CHECK_FALSE(both(kId, kw("a", 3, "less than"), " \n "));
  }
  SECTION("non-letters are counted literally") {
    CHECK(both(kId, kw("#", 3, "at least"), "# a\n## b"));
    CHECK_FALSE(both(kId, kw("!", 3, "at least"), "Hi! Yo!"));
    CHECK(both(kId, kw("*", 4, "at least"), "**bold**"));
  }
  SECTION("non-ASCII letters") {
    CHECK(both(kId, kw("é", 3, "at least"), "été É"));
    CHECK(both(kId, kw("ö", 2, "at least"), "Öl \xC3\xB6l"));
    CHECK(both(kId, kw("k", 2, "at least"), "k\xE2\x84\xAA"));  // Kelvin sign lowercases to k
  }
  SECTION("precise: canonical composition and full case folding") {
    // e + U+0301 is one é in precise, an e in reference.
    const char* nfd = "cafe\xCC\x81";
    CHECK(check(kId, kw("é", 1, "at least"), nfd, kPrecise));
    CHECK_FALSE(check(kId, kw("é", 1, "at least"), nfd, kRef));
    CHECK(check(kId, kw("e", 1, "at least"), nfd, kRef));
    CHECK_FALSE(check(kId, kw("e", 1, "at least"), nfd, kPrecise));
    // Capital sharp s folds to ss like ß (precise); reference lowercases ẞ to ß.
    CHECK(both(kId, kw("ß", 2, "at least"), "ß\xE1\xBA\x9E"));
    // İ lowercases to i + U+0307: an i for reference only.
    CHECK(check(kId, kw("i", 1, "at least"), "\xC4\xB0", kRef));
    CHECK_FALSE(check(kId, kw("i", 1, "at least"), "\xC4\xB0", kPrecise));
    // A decomposed letter kwarg is one character in precise only.
    CHECK(check(kId, kw("e\xCC\x81", 2, "at least"), "\xC3\xA9t\xC3\xA9", kPrecise));
    CHECK_FALSE(build_error(kId, kw("e\xCC\x81", 2, "at least"), kRef).ok());
  }
  SECTION("whitespace letter: reference strips it to nothing, precise counts it") {
    CHECK(check(kId, kw(" ", 1, "less than"), "a b c", kRef));
    CHECK_FALSE(check(kId, kw(" ", 1, "less than"), "a b c", kPrecise));
    CHECK(check(kId, kw(" ", 2, "at least"), "a b c", kPrecise));
  }
  SECTION("CRLF, markdown and invalid UTF-8") {
    CHECK(both(kId, kw("a", 2, "at least"), "**A**\r\n* a\r\n"));
    CHECK(both(kId, kw("a", 2, "at least"),
               "\xFF"
               "a\xC3 a\xE2\x82"));
    CHECK(both(kId, kw("a", 1, "less than"), "\xFF\xFE\xC3 b"));
  }
  SECTION("a letter that is not one character is refused (upstream would pick a random one)") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, kw("ab", 1, "at least"), s).message().find("one character") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, kw("", 1, "at least"), s).ok());
    }
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "keywords:letter_frequency",
        *precis::parse_json(R"({"letter": "a", "let_frequency": 1, "let_relation": "less than"})"),
        kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"letter": "a", "let_frequency": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"let_frequency": 1, "let_relation": "at least"})", s).ok());
      CHECK_FALSE(build_error(kId, kw("a", 1, "more than"), s).ok());
      CHECK_FALSE(build_error(kId, kw("a", -2, "at least"), s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"letter": 1, "let_frequency": 1, "let_relation": "at least"})", s)
              .ok());
      CHECK_FALSE(build_error(kId,
                              R"({"letter": "a", "let_frequency": 1, "let_relation": "at least",
                                  "relation": "at least"})",
                              s)
                      .ok());
    }
  }
}
