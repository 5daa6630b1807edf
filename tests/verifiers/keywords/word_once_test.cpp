#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* word) {
  return std::string(R"({"keyword": ")") + word + R"("})";
}
}  // namespace

TEST_CASE("keywords:word_once", "[keywords][kw2]") {
  constexpr auto kId = "keywords:word_once";
  SECTION("exactly once passes; zero or two times fail") {
    CHECK(both(kId, kw("lantern"), "A lantern hung by the door."));
    CHECK_FALSE(both(kId, kw("lantern"), "No light here."));
    CHECK_FALSE(both(kId, kw("lantern"), "One lantern, two lanterns... no: lantern again."));
    CHECK_FALSE(both(kId, kw("lantern"), "Lantern and LANTERN."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("lantern"), ""));
    CHECK_FALSE(both(kId, kw("lantern"), " \r\n\t"));
    CHECK(both(kId, kw("lantern"), "\xE2\x80\x8B lantern"));
    CHECK_FALSE(check(kId, kw("lantern"), "\xE2\x80\x8B\xEF\xBB\xBF", kPrecise));
  }
  SECTION("precise: substrings do not count") {
    CHECK(check(kId, kw("lamp"), "The lampshade is red.", kRef));
    CHECK_FALSE(check(kId, kw("lamp"), "The lampshade is red.", kPrecise));
    // reference counts two, precise one
    CHECK_FALSE(check(kId, kw("lamp"), "A lamp and a lampshade.", kRef));
    CHECK(check(kId, kw("lamp"), "A lamp and a lampshade.", kPrecise));
    CHECK(check(kId, kw("lamp"), "The lamp-post.", kPrecise));
    CHECK(check(kId, kw("lamp"), "The lamp's glow.", kPrecise));
  }
  SECTION("non-overlapping matches in reference") {
    CHECK_FALSE(check(kId, kw("oo"), "A moooo sound.", kRef));
    CHECK(check(kId, kw("oo"), "A mooo sound.", kRef));
  }
  SECTION("precise: a phrase across line breaks and punctuation") {
    CHECK_FALSE(check(kId, kw("apple pie"), "Some apple\r\npie.", kRef));
    CHECK(check(kId, kw("apple pie"), "Some apple\r\npie.", kPrecise));
    CHECK(both(kId, kw("apple pie"), "Some apple pie."));
  }
  SECTION("precise: full case folding") {
    CHECK(check(kId, kw("grüße"), "Viele GRÜSSE aus Wien.", kPrecise));
    CHECK_FALSE(check(kId, kw("grüße"), "Viele GRÜSSE aus Wien.", kRef));
    CHECK(both(kId, kw("ÉTÉ"), "Un été chaud."));
  }
  SECTION("precise: zero-width characters inside a word are ignored") {
    CHECK(check(kId, kw("secret"), "The sec\xE2\x80\x8Bret is out.", kPrecise));
    CHECK_FALSE(check(kId, kw("secret"), "The sec\xE2\x80\x8Bret is out.", kRef));
  }
  SECTION("keyword is stripped") {
    CHECK(both(kId, kw("  lantern \\n"), "a lantern"));
  }
  SECTION("reference reads the keyword as a regex; precise takes it literally") {
    CHECK_FALSE(check(kId, kw("a.c"), "abc and a.c", kRef));
    CHECK(check(kId, kw("a.c"), "only abc", kRef));
    CHECK_FALSE(build_error(kId, kw("a.c"), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw("a+"), kRef).ok());
  }
  SECTION("whitespace-only keyword: reference never passes, precise refuses") {
    CHECK_FALSE(check(kId, kw("   "), "x", kRef));
    CHECK_FALSE(build_error(kId, kw("   "), kPrecise).ok());
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto empty = build_error(kId, kw(""), s);
      CHECK_FALSE(empty.ok());
      CHECK(empty.message().find("keywords:word_once") != std::string::npos);
      CHECK(empty.message().find("\"keyword\"") != std::string::npos);
      CHECK(empty.message().find("random") != std::string::npos);
      CHECK(build_error(kId, "{}", s).message().find("keyword") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"keyword": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "a", "frequency": 1})", s).ok());
      CHECK(build_error(kId, R"({"keyword": "a", "x": null})", s).ok());
    }
  }
}
