#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:pronouns";
constexpr auto kHead = IfbenchVersion::kHead;
constexpr auto kPaper = IfbenchVersion::kPaper;

bool all3(const char* kwargs, const char* s) {
  bool h = check(kId, kwargs, s, kRef, kHead);
  bool p = check(kId, kwargs, s, kRef, kPaper);
  bool q = check(kId, kwargs, s, kPrecise);
  INFO("head=" << h << " paper=" << p << " precise=" << q << " on: " << s);
  CHECK(h == p);
  CHECK(h == q);
  return h;
}
}  // namespace

TEST_CASE("count:pronouns", "[count]") {
  SECTION("pass, fail and boundaries") {
    const char* s = "She gave him her book, and they thanked us.";
    CHECK(all3(R"({"N": 5})", s));
    CHECK_FALSE(all3(R"({"N": 6})", s));
    CHECK(all3(R"({"N": 0})", "No such words here."));
    CHECK_FALSE(all3(R"({"N": 1})", "No such words here."));
  }
  SECTION("slashes separate pronoun sets") {
    CHECK(all3(R"({"N": 3})", "Pronouns: she/her/hers."));
  }
  SECTION("reference head: demonstrative, interrogative and indefinite pronouns count") {
    const char* s = "What is that? Everyone knows this.";
    CHECK(check(kId, R"({"N": 4})", s, kRef, kHead));
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kPaper));
  }
  SECTION("reference paper: punctuation is deleted inside tokens") {
    CHECK(check(kId, R"({"N": 1})", "it's", kRef, kPaper));       // "its"
    CHECK_FALSE(check(kId, R"({"N": 1})", "I'm", kRef, kPaper));  // "im"
    CHECK(check(kId, R"({"N": 1})", "I'm", kRef, kHead));         // "i", "'m"
    CHECK(check(kId, R"({"N": 1})", "I'm", kPrecise));
  }
  SECTION("precise: words often used as determiners do not count") {
    const char* s = "I think that this plan helps all teams; each one works.";
    CHECK(check(kId, R"({"N": 5})", s, kRef, kHead));  // I that this all each
    CHECK_FALSE(check(kId, R"({"N": 2})", s, kPrecise));
    CHECK(check(kId, R"({"N": 1})", s, kPrecise));
  }
  SECTION("precise: relative and indefinite pronouns count (not in the paper-era set)") {
    const char* s = "Someone who knows nothing.";
    CHECK(check(kId, R"({"N": 3})", s, kPrecise));
    CHECK(check(kId, R"({"N": 3})", s, kRef, kHead));
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kPaper));
  }
  SECTION("precise: typographic apostrophes split contractions") {
    const char* s = "I\xE2\x80\x99m sure it\xE2\x80\x99s fine";
    CHECK(check(kId, R"({"N": 2})", s, kPrecise));
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kPaper));  // "i’m", "it’s"
  }
  SECTION("precise: zero-width characters are ignored") {
    const char* s =
        "th\xE2\x80\x8B"
        "ey";
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kHead));
    CHECK_FALSE(check(kId, R"({"N": 1})", s, kRef, kPaper));
    CHECK(check(kId, R"({"N": 1})", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(all3(R"({"N": 2})", "**We**\r\n- you\r\n"));
  }
  SECTION("non-ASCII") {
    CHECK(all3(R"({"N": 2})", "Caf\xC3\xA9? We love it."));
    CHECK_FALSE(all3(R"({"N": 1})", "Caf\xC3\xA9 cr\xC3\xA8me."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(all3(R"({"N": 0})", ""));
    CHECK_FALSE(all3(R"({"N": 0})", "\r\n"));
    CHECK(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, R"({"N": 0})", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("N") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"N": -1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1, "small_n": 1})", s).ok());
    }
  }
}
