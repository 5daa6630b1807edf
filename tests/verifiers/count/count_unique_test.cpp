#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "count:count_unique";

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("count:count_unique", "[count]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Every single term appears once"));
    CHECK(both(kId, "{}", "Red fox jumps; blue bird sings!"));
    CHECK_FALSE(both(kId, "{}", "one fish two fish"));
    CHECK_FALSE(both(kId, "{}", "Stop, stop now: stop"));
  }
  SECTION("precise: punctuation is not a word") {
    const char* s = "Apples, pears, plums.";
    CHECK_FALSE(check(kId, "{}", s, kRef));  // two commas
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", "Rain. Snow.", kRef));
    CHECK(check(kId, "{}", "Rain. Snow.", kPrecise));
  }
  SECTION("precise: contractions stay whole") {
    CHECK_FALSE(check(kId, "{}", "Don't say you didn't", kRef));  // n't twice
    CHECK(check(kId, "{}", "Don't say you didn't", kPrecise));
    CHECK(both(kId, "{}", "\"Quoted\" words here"));
  }
  SECTION("precise: comparison ignores case") {
    CHECK(check(kId, "{}", "The dog chased the cat", kRef));
    CHECK_FALSE(check(kId, "{}", "The dog chased the cat", kPrecise));
    CHECK(check(kId, "{}", "Hello hello", kRef));
    CHECK_FALSE(check(kId, "{}", "Hello hello", kPrecise));
    CHECK(check(kId, "{}",
                "Stra\xC3\x9F"
                "e STRASSE",
                kRef));
    CHECK_FALSE(check(kId, "{}",
                      "Stra\xC3\x9F"
                      "e STRASSE",
                      kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, "{}", "# Title\r\n\r\nSome text\r\n"));
    CHECK_FALSE(both(kId, "{}", "word\r\nword"));
  }
  SECTION("non-ASCII") {
    CHECK(both(kId, "{}", "Caf\xC3\xA9 th\xC3\xA9 et chocolat"));
    CHECK_FALSE(both(kId, "{}", "\xC3\xA9t\xC3\xA9 et \xC3\xA9t\xC3\xA9"));
  }
  SECTION("zero-width characters cannot hide a repeat in precise") {
    CHECK(check(kId, "{}",
                "cat c\xE2\x80\x8B"
                "at",
                kRef));
    CHECK_FALSE(check(kId, "{}",
                      "cat c\xE2\x80\x8B"
                      "at",
                      kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}",
               "ab\xFF"
               "cd \xC3"));
    CHECK(check(kId, "{}",
                "ab\xFF"
                "ab",
                kRef));  // one token
    CHECK_FALSE(check(kId, "{}",
                      "ab\xFF"
                      "ab",
                      kPrecise));  // the word "ab" twice
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
    CHECK_FALSE(ungated("\xE2\x80\x8B", kPrecise));
    CHECK(check(kId, "{}", "?!", kRef));
    CHECK_FALSE(check(kId, "{}", "?!", kPrecise));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK(build_error(kId, R"({"N": null})", s).ok());
      CHECK(build_error(kId, R"({"N": 2})", s).message().find("no kwargs") != std::string::npos);
    }
  }
}
