#include <catch2/catch.hpp>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "ratio:sentence_type";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("ratio:sentence_type", "[ratio]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "It rains. The sky is grey. Will it stop?"));
    CHECK(both(kId, "{}", "A is one. B is two. Why? C is three. D is four. How?"));
    CHECK_FALSE(both(kId, "{}", "It rains. Will it stop?"));
    CHECK_FALSE(both(kId, "{}", "It rains. It pours. It floods. Will it stop?"));
    CHECK(both(kId, "{}", "It rains. The sky is grey! Wow. Will it stop?"));  // ! not counted
  }
  SECTION("precise: no vacuous pass") {
    CHECK(check(kId, "{}", "Wow! Amazing!", kRef));
    CHECK_FALSE(check(kId, "{}", "Wow! Amazing!", kPrecise));
    CHECK(check(kId, "{}", "no punctuation at all", kRef));
    CHECK_FALSE(check(kId, "{}", "no punctuation at all", kPrecise));
  }
  SECTION("precise: end marks behind quotes, markdown and emoji") {
    const char* s = "He said \"go.\" **I agree.** Did he ask \"why?\"";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* e = "It is sunny. We go out. Shall we swim? \xF0\x9F\x8F\x8A";
    CHECK(check(kId, "{}", e, kPrecise));
  }
  SECTION("precise: headings end a sentence") {
    const char* s = "## Plan\nWe start now. We stop later. Why wait?";
    CHECK(both(kId, "{}", s));
    CHECK(check(kId, "{}", "## Plan\r\nWe start now. We stop later. Why wait?", kPrecise));
  }
  SECTION("both IFBench versions") {
    // Punkt keeps "Mr. Smith" together; the regex splitter too (Mr is protected).
    const char* s = "Mr. Smith came. He sat. Why?";
    CHECK(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kRef, kPaper));
    // Punkt knows "Prof." as an abbreviation; the regex splitter splits after it.
    const char* p = "I met Prof. Smith today. Why?";
    CHECK_FALSE(check(kId, "{}", p, kRef));
    CHECK(check(kId, "{}", p, kRef, kPaper));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", "\xC3\x89t\xC3\xA9 chaud.\r\nHiver froid.\r\nPourquoi?"));
  }
  SECTION("empty and blank") {
    CHECK_FALSE(check(kId, "{}", "", kPrecise));
    CHECK_FALSE(check(kId, "{}", "   \n", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 3})", kRef).ok());
  }
}
