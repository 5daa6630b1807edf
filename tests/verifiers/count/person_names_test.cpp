#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:person_names";
constexpr auto kPaper = IfbenchVersion::kPaper;
constexpr auto kHead = IfbenchVersion::kHead;
}  // namespace

TEST_CASE("count:person_names", "[count]") {
  SECTION("pass, fail and boundaries") {
    const char* s = "Emma met Liam and Sophia; Emma left.";
    CHECK(both(kId, R"({"N": 3})", s));
    CHECK_FALSE(both(kId, R"({"N": 4})", s));
    CHECK_FALSE(both(kId, R"({"N": 1})", "Alice met Bob."));
    CHECK(both(kId, R"({"N": 0})", "Alice met Bob."));
    CHECK(both(kId, R"({"N": 2})", "Christopher and Jonathan"));
  }
  SECTION("reference versions: head needs word boundaries, paper takes substrings") {
    const char* s = "Avatar and Leonardo";
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kHead));
    CHECK(check(kId, R"({"N": 2})", s, kRef, kPaper));
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kPrecise));
    CHECK(check(kId, R"({"N": 2})", "Emma's and Noah_x Ava", kRef, kPaper));
    CHECK(check(kId, R"({"N": 2})", "Emma's and Noah_x Ava", kRef, kHead));  // `_` is \w
    CHECK_FALSE(check(kId, R"({"N": 3})", "Emma's and Noah_x Ava", kRef, kHead));
    // Unicode \w: an accented letter glued to the name blocks \b.
    CHECK_FALSE(check(kId, R"({"N": 1})", "Emma\xC3\xA9", kRef, kHead));
    CHECK(check(kId, R"({"N": 1})", "Emma\xC3\xA9", kRef, kPaper));
  }
  SECTION("precise: whole words; apostrophes and hyphens split") {
    CHECK(check(kId, R"({"N": 2})", "Emma's friend Mary-Leo", kPrecise));
    CHECK(check(kId, R"({"N": 2})", "Emma's friend Mary-Leo", kRef));
  }
  SECTION("precise: case-insensitive, but a name starts with a capital") {
    CHECK_FALSE(check(kId, R"({"N": 1})", "EMMA", kRef));
    CHECK(check(kId, R"({"N": 1})", "EMMA", kPrecise));
    CHECK_FALSE(check(kId, R"({"N": 1})", "with grace and a lily", kPrecise));
    CHECK_FALSE(check(kId, R"({"N": 1})", "with grace and a lily", kRef));
  }
  SECTION("precise: zero-width characters are ignored") {
    const char* s = "Em\xE2\x80\x8Bma";
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef));
    CHECK(check(kId, R"({"N": 1})", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, R"({"N": 2})", "**Emma**\r\n- Liam\r\n"));
  }
  SECTION("non-ASCII text around names") {
    CHECK(both(kId, R"({"N": 2})", "\xC2\xABZoe\xC2\xBB et Chlo\xC3\xA9 avec Chloe"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, R"({"N": 0})", ""));
    CHECK_FALSE(both(kId, R"({"N": 0})", "\r\n"));
    CHECK(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("N") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"N": -1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1, "names": ["Emma"]})", s).ok());
    }
  }
}
