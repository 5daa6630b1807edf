#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:prime_lengths";
}  // namespace

TEST_CASE("words:prime_lengths", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "to be or not"));
    CHECK(both(kId, "{}", "Hello, world!"));
    CHECK_FALSE(both(kId, "{}", "This is"));  // 4
  }
  SECTION("boundaries: one letter fails, two and seven pass, nine fails") {
    CHECK_FALSE(both(kId, "{}", "A cat"));
    CHECK_FALSE(both(kId, "{}", "I am"));
    CHECK(both(kId, "{}", "we amazing"));
    CHECK_FALSE(both(kId, "{}", "wonderful"));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "to be\r\nor not\r\n"));
    CHECK_FALSE(both(kId, "{}", "to be\r\nthis"));
  }
  SECTION("non-ASCII letters count once each") {
    CHECK(both(kId, "{}", "caf\xC3\xA9s"));       // 5
    CHECK_FALSE(both(kId, "{}", "caf\xC3\xA9"));  // 4
  }
  SECTION("precise: punctuation outside ASCII is not a word") {
    CHECK_FALSE(check(kId, "{}", "Go \xE2\x80\x94 now", kRef));
    CHECK(check(kId, "{}", "Go \xE2\x80\x94 now", kPrecise));
    const char* quoted = "\xE2\x80\x9Cis\xE2\x80\x9D";
    CHECK_FALSE(check(kId, "{}", quoted, kRef));
    CHECK(check(kId, "{}", quoted, kPrecise));
  }
  SECTION("precise: ASCII punctuation between letters separates words") {
    CHECK_FALSE(check(kId, "{}", "is,it", kRef));
    CHECK(check(kId, "{}", "is,it", kPrecise));
  }
  SECTION("precise: combining marks do not count") {
    const char* s = "cafe\xCC\x81";  // cafe + U+0301
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a response without words fails") {
    CHECK(check(kId, "{}", "...", kRef));
    CHECK_FALSE(check(kId, "{}", "...", kPrecise));
  }
  SECTION("precise: any prime length counts") {
    std::string s(101, 'a');
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(both(kId, "{}", std::string(97, 'b')));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, "{}", "to be or not", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "is,it", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
