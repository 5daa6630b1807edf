#include <catch2/catch.hpp>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "ratio:sentence_balance";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("ratio:sentence_balance", "[ratio]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "It rains. Will it stop? What a storm!"));
    CHECK(both(kId, "{}", "Cats sleep. Dogs bark? Birds sing! Fish swim. Cows moo? Pigs oink!"));
    CHECK_FALSE(both(kId, "{}", "It rains. Will it stop?"));
    CHECK_FALSE(both(kId, "{}", "It rains. It pours. Will it stop? What a storm!"));
  }
  SECTION("precise: no vacuous pass") {
    CHECK(check(kId, "{}", "no punctuation at all", kRef));
    CHECK_FALSE(check(kId, "{}", "no punctuation at all", kPrecise));
    CHECK(check(kId, "{}", "Hmm, well, maybe;", kRef));
    CHECK_FALSE(check(kId, "{}", "Hmm, well, maybe;", kPrecise));
  }
  SECTION("precise: end marks behind quotes, markdown and emoji") {
    const char* s = "She shouted \"Run!\" It was late. Why run?";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* e = "\"It was late.\" Why run? Run! \xF0\x9F\x8F\x83";
    CHECK_FALSE(check(kId, "{}", e, kRef));
    CHECK(check(kId, "{}", e, kPrecise));
  }
  SECTION("precise: list items end a sentence") {
    const char* s = "- one item\n- It rains. Why? Wow!";
    CHECK(both(kId, "{}", s));
  }
  SECTION("both IFBench versions") {
    const char* s = "It rains. Will it stop? What a storm!";
    CHECK(check(kId, "{}", s, kRef, kPaper));
    // The regex splitter turns a newline into a space and splits after every mark.
    CHECK(check(kId, "{}", "It rains.\nWill it?\nWow!", kRef, kPaper));
    // Punkt knows "Prof." as an abbreviation; the regex splitter splits after it.
    const char* p = "I met Prof. Smith today. Why? Wow!";
    CHECK(check(kId, "{}", p, kRef));
    CHECK_FALSE(check(kId, "{}", p, kRef, kPaper));
    CHECK(check(kId, "{}", p, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", "\xC3\x89t\xC3\xA9.\r\nPourquoi?\r\nOl\xC3\xA9!"));
  }
  SECTION("empty and blank") {
    CHECK_FALSE(check(kId, "{}", "", kPrecise));
    CHECK_FALSE(check(kId, "{}", " \xE2\x80\x8B ", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"x": 1})", kRef).ok());
  }
}
