#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:punctuation";
// Every mark precise asks for, and an interrobang.
constexpr auto kFull = "Wait?! Is it \"done\"? Yes: it's (mostly) well-made; fine, go! Done.";
}  // namespace

TEST_CASE("count:punctuation", "[count]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kFull));
    CHECK_FALSE(
        both(kId, "{}", "Wait? Is it \"done\"? Yes: it's (mostly) well-made; fine, go! Done."));
    CHECK_FALSE(both(kId, "{}", "Wait?! Is it done? Yes it's (mostly) well-made; fine, go!"));
  }
  SECTION("reference: the interrobang's own ? and ! do not count") {
    CHECK_FALSE(check(kId, "{}", "?! . , ; :", kRef));
    CHECK(check(kId, "{}", "?! . , ; : ? !", kRef));
    CHECK(check(kId, "{}", "!? . , ; : ? !", kRef));
    CHECK_FALSE(check(kId, "{}", "!? . , ; : ?", kRef));
    CHECK(check(kId, "{}", "\xE2\x80\xBD . , ; : ? !", kRef));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", "?! . , ; : ? !", kRef, v));
      CHECK_FALSE(check(kId, "{}", ". , ; : ? !", kRef, v));
    }
  }
  SECTION("precise: every standard mark is required") {
    const char* s = "Wait?! Is it done? Yes: fine; go, go! Done.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    // typographic apostrophe, quotes and dash count
    CHECK(check(kId, "{}",
                "Wait?! Is it \xE2\x80\x9C"
                "done\xE2\x80\x9D? Yes: it\xE2\x80\x99s (mostly) "
                "fine \xE2\x80\x94 go; now, go! Done.",
                kPrecise));
    CHECK_FALSE(check(kId, "{}",
                      "Wait?! Is it \"done\"? Yes: it's (mostly well-made; fine, go! Done.",
                      kPrecise));  // no `)`
  }
  SECTION("precise: with a \xE2\x80\xBD, a later ?! provides the ? and !") {
    std::string s = "\xE2\x80\xBD ?! . , ; : ' \" - ( )";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(
        kId, "{}",
        "**Wait?!**\r\n- Is it \"done\"?\r\n- Yes: it's (mostly) well-made; fine, go! Done.\r\n"));
  }
  SECTION("non-ASCII look-alikes are not the ASCII marks") {
    CHECK_FALSE(
        both(kId, "{}",
             "Wait?! Is it \"done\"? Yes\xEF\xBC\x9A it's (mostly) well-made; fine, go! Done."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
