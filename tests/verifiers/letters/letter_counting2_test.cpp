#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "letters:letter_counting2";

std::string kw(const char* letter, int n, const char* rel) {
  return std::string(R"({"letter": ")") + letter + R"(", "let_frequency": )" + std::to_string(n) +
         R"(, "let_relation": ")" + rel + R"("})";
}
}  // namespace

TEST_CASE("letters:letter_counting2", "[letters]") {
  SECTION("pass and fail, boundaries") {
    const char* s = "Banana bread, anyone?";  // 5 a's
    CHECK(both(kId, kw("a", 5, "at least"), s));
    CHECK_FALSE(both(kId, kw("a", 6, "at least"), s));
    CHECK(both(kId, kw("a", 6, "less than"), s));
    CHECK_FALSE(both(kId, kw("a", 5, "less than"), s));
    CHECK(both(kId, kw("A", 5, "at least"), s));
    CHECK(both(kId, kw("q", 0, "at least"), s));
    CHECK_FALSE(both(kId, kw("q", 0, "less than"), s));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, kw("a", 3, "less than"), ""));
    CHECK_FALSE(both(kId, kw("a", 3, "less than"), "\r\n \t"));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, kw("t", 4, "at least"), "**Tt**\r\n- tT\r\n"));
    CHECK_FALSE(both(kId, kw("t", 5, "at least"), "**Tt**\r\n- tT\r\n"));
  }
  SECTION("non-ASCII text") {
    CHECK(both(kId, kw("u", 2, "at least"), "Über uns: u"));
    CHECK_FALSE(both(kId, kw("u", 3, "at least"), "Über uns: u"));
  }
  SECTION("precise: full case folding (the Kelvin sign is a k in both)") {
    CHECK(both(kId, kw("k", 1, "at least"), "\xE2\x84\xAA"));
    // İ lowercases to i + U+0307: reference counts an i, precise does not.
    CHECK(check(kId, kw("i", 1, "at least"), "\xC4\xB0", kRef));
    CHECK_FALSE(check(kId, kw("i", 1, "at least"), "\xC4\xB0", kPrecise));
  }
  SECTION("precise: composed comparison, e + U+0301 is not an e") {
    CHECK(check(kId, kw("e", 1, "at least"), "cafe\xCC\x81", kRef));
    CHECK_FALSE(check(kId, kw("e", 1, "at least"), "cafe\xCC\x81", kPrecise));
  }
  SECTION("precise counts any one character; reference refuses what upstream randomizes") {
    for (const char* letter : {"#", "é", " ", "1"}) {
      INFO(letter);
      auto e = build_error(kId, kw(letter, 1, "at least"), kRef);
      CHECK(e.message().find("\"letter\"") != std::string::npos);
      CHECK(e.message().find("random") != std::string::npos);
      CHECK(e.message().find(kId) != std::string::npos);
      CHECK(build_error(kId, kw(letter, 1, "at least"), kPrecise).ok());
    }
    CHECK(check(kId, kw("#", 2, "at least"), "# one # two", kPrecise));
    CHECK(check(kId, kw("é", 2, "at least"), "Émile et café", kPrecise));
  }
  SECTION("precise: a response of zero-width characters fails") {
    CHECK(check(kId, kw("a", 1, "less than"), "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, kw("a", 1, "less than"), "\xE2\x80\x8B", kPrecise));
  }
  SECTION("upstream's random letter is an error in both semantics") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, kw("ab", 1, "at least"), s).message().find("letter") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, kw("", 1, "at least"), s).ok());
    }
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"letter": "a", "let_frequency": 1})", s)
                .message()
                .find("let_relation") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"let_frequency": 1, "let_relation": "at least"})", s).ok());
      CHECK_FALSE(build_error(kId, kw("a", -1, "at least"), s).ok());
      CHECK_FALSE(build_error(kId, kw("a", 1, "at most"), s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"letter": "a", "let_frequency": "1", "let_relation": "at least"})",
                      s)
              .ok());
      CHECK_FALSE(build_error(kId,
                              R"({"letter": "a", "let_frequency": 1, "let_relation": "at least",
                                  "N": 2})",
                              s)
                      .ok());
    }
  }
}
