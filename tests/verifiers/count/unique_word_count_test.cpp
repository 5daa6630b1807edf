#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:unique_word_count";
}  // namespace

TEST_CASE("count:unique_word_count", "[count]") {
  SECTION("pass, fail and boundaries") {
    CHECK(both(kId, R"({"N": 3})", "red green blue"));
    CHECK_FALSE(both(kId, R"({"N": 4})", "red green blue"));
    CHECK_FALSE(both(kId, R"({"N": 3})", "red red Red. green"));
    CHECK(both(kId, R"({"N": 2})", "red red Red. green"));
    CHECK(both(kId, R"({"N": 0})", "word"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, R"({"N": 3})", "one two three", kRef, v));
      CHECK_FALSE(check(kId, R"({"N": 3})", "one two two", kRef, v));
    }
  }
  SECTION("precise: punctuation is not a word") {
    CHECK(check(kId, R"({"N": 3})", "one two - ...", kRef));  // "" counts once
    CHECK_FALSE(check(kId, R"({"N": 3})", "one two - ...", kPrecise));
  }
  SECTION("precise: words are split at punctuation") {
    CHECK_FALSE(check(kId, R"({"N": 2})", "cats,dogs", kRef));
    CHECK(check(kId, R"({"N": 2})", "cats,dogs", kPrecise));
    CHECK(check(kId, R"({"N": 2})", "\xE2\x80\x9Cword\xE2\x80\x9D word", kRef));
    CHECK_FALSE(check(kId, R"({"N": 2})", "\xE2\x80\x9Cword\xE2\x80\x9D word", kPrecise));
  }
  SECTION("precise: full case folding and zero-width characters") {
    const char* s =
        "Stra\xC3\x9F"
        "e STRASSE";
    CHECK(check(kId, R"({"N": 2})", s, kRef));
    CHECK_FALSE(check(kId, R"({"N": 2})", s, kPrecise));
    const char* z =
        "cat c\xE2\x80\x8B"
        "at";
    CHECK(check(kId, R"({"N": 2})", z, kRef));
    CHECK_FALSE(check(kId, R"({"N": 2})", z, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, R"({"N": 3})", "**Alpha**\r\n- beta\r\n- gamma\r\n"));
    CHECK_FALSE(both(kId, R"({"N": 2})", "word\r\nWord\r\n"));
  }
  SECTION("non-ASCII") {
    CHECK(both(kId, R"({"N": 2})", "\xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9 caf\xC3\xA9"));
    CHECK_FALSE(both(kId, R"({"N": 2})", "\xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, R"({"N": 0})", ""));
    CHECK_FALSE(both(kId, R"({"N": 0})", "\r\n "));
    CHECK(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("N") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"N": -1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": "3"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 3, "small_n": 2})", s).ok());
      CHECK(build_error(kId, R"({"N": 3.0})", s).ok());
    }
  }
}
