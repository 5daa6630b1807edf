#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* word, int n, const char* rel) {
  return std::string(R"({"keyword": ")") + word + R"(", "frequency": )" + std::to_string(n) +
         R"(, "relation": ")" + rel + R"("})";
}
}  // namespace

TEST_CASE("keywords:frequency", "[keywords]") {
  constexpr auto kId = "keywords:frequency";
  SECTION("pass and fail, boundaries") {
    const char* s = "War is war. WAR!";
    CHECK(both(kId, kw("war", 3, "at least"), s));
    CHECK_FALSE(both(kId, kw("war", 4, "at least"), s));
    CHECK(both(kId, kw("war", 4, "less than"), s));
    CHECK_FALSE(both(kId, kw("war", 3, "less than"), s));
    CHECK(both(kId, kw("war", 0, "at least"), "peace"));
    CHECK_FALSE(both(kId, kw("war", 0, "less than"), "peace"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("war", 5, "less than"), ""));
    CHECK_FALSE(both(kId, kw("war", 5, "less than"), "  \r\n"));
  }
  SECTION("substrings count in reference only") {
    const char* s = "software award wars war";
    CHECK(check(kId, kw("war", 4, "at least"), s, kRef));
    CHECK_FALSE(check(kId, kw("war", 2, "at least"), s, kPrecise));
    CHECK(check(kId, kw("war", 1, "at least"), s, kPrecise));
  }
  SECTION("hyphenated words and possessives count in precise") {
    CHECK(both(kId, kw("war", 3, "at least"), "post-war, war's end, war"));
    CHECK_FALSE(check(kId, kw("war", 2, "at least"), "postwar warfare wars war", kPrecise));
  }
  SECTION("non-overlapping counts") {
    CHECK(check(kId, kw("aa", 2, "at least"), "aaaa", kRef));
    CHECK_FALSE(check(kId, kw("aa", 3, "at least"), "aaaaa", kRef));
    CHECK(check(kId, kw("ha ha", 2, "at least"), "ha ha ha ha", kPrecise));
    CHECK_FALSE(check(kId, kw("ha ha", 3, "at least"), "ha ha ha ha ha", kPrecise));
  }
  SECTION("Python's IGNORECASE classes in reference") {
    CHECK(check(kId, kw("i", 4, "at least"), "i I \xC4\xB0 \xC4\xB1", kRef));
    CHECK_FALSE(check(kId, kw("i", 5, "at least"), "i I \xC4\xB0 \xC4\xB1", kRef));
  }
  SECTION("keyword is stripped") {
    CHECK(both(kId, kw("  war ", 2, "at least"), "war, war"));
  }
  SECTION("non-ASCII and invalid UTF-8") {
    CHECK(both(kId, kw("über", 2, "at least"), "Über alles, ÜBER alles"));
    CHECK(both(kId, kw("cat", 2, "at least"), "cat \xFF cat \xC3"));
    CHECK(check(kId, kw("strasse", 2, "at least"), "Straße STRASSE", kPrecise));
    CHECK_FALSE(check(kId, kw("strasse", 2, "at least"), "Straße STRASSE", kRef));
  }
  SECTION("markdown and CRLF") {
    CHECK(both(kId, kw("peace", 2, "at least"), "**Peace**\r\n- peace\r\n"));
  }
  SECTION("whitespace-only keyword: reference counts len+1 empty matches, precise refuses") {
    CHECK(check(kId, kw("  ", 4, "at least"), "abc", kRef));
    CHECK_FALSE(check(kId, kw("  ", 5, "at least"), "abc", kRef));
    CHECK_FALSE(build_error(kId, kw("  ", 4, "at least"), kPrecise).ok());
  }
  SECTION("regex kwargs") {
    CHECK(check(kId, kw("w.r", 2, "at least"), "war wor", kRef));
    CHECK(build_error(kId, kw("wa+r", 1, "at least"), kRef).message().find("metacharacter '+'") !=
          std::string::npos);
    CHECK_FALSE(build_error(kId, kw("w.r", 1, "at least"), kPrecise).ok());
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "keywords:frequency",
        *precis::parse_json(R"({"keyword": "cat", "frequency": 1, "relation": "less than"})"),
        kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"keyword": "a", "frequency": 1})", s).message().find("relation") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"frequency": 1, "relation": "at least"})", s)
                .message()
                .find("keyword") != std::string::npos);
      CHECK_FALSE(build_error(kId, kw("a", 1, "at most"), s).ok());
      CHECK_FALSE(build_error(kId, kw("a", -1, "at least"), s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword": "a", "frequency": "2", "relation": "at least"})", s)
              .ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword": "", "frequency": 2, "relation": "at least"})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"keyword": "a", "frequency": 2, "relation": "at least", "k": 1})", s)
              .ok());
      CHECK(build_error(kId, R"({"keyword": "a", "frequency": 2.0, "relation": "at least"})", s)
                .ok());
    }
  }
}
