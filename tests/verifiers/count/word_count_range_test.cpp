#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:word_count_range";
constexpr auto kTwoThree = R"({"min_words": 2, "max_words": 3})";
}  // namespace

TEST_CASE("count:word_count_range", "[count]") {
  SECTION("pass, fail and boundaries") {
    CHECK_FALSE(both(kId, kTwoThree, "One"));
    CHECK(both(kId, kTwoThree, "One two"));
    CHECK(both(kId, kTwoThree, "One, two, three."));
    CHECK_FALSE(both(kId, kTwoThree, "One two three four"));
    CHECK(both(kId, R"({"min_words": 0, "max_words": 0})", "..."));
    CHECK(both(kId, R"({"min_words": 1, "max_words": 1})", "hello"));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, kTwoThree, "alpha beta gamma", kRef, v));
      CHECK_FALSE(check(kId, kTwoThree, "alpha", kRef, v));
    }
  }
  SECTION("precise: contractions and hyphenated words are one word") {
    auto two = R"({"min_words": 2, "max_words": 2})";
    CHECK_FALSE(check(kId, two, "don't stop", kRef));  // don, t, stop
    CHECK(check(kId, two, "don't stop", kPrecise));
    CHECK_FALSE(check(kId, kTwoThree, "a well-known fact", kRef));
    CHECK(check(kId, kTwoThree, "a well-known fact", kPrecise));
  }
  SECTION("precise: zero-width characters do not split a word") {
    const char* s = "wo\xE2\x80\x8Brd one";
    CHECK_FALSE(check(kId, R"({"min_words": 2, "max_words": 2})", s, kRef));
    CHECK(check(kId, R"({"min_words": 2, "max_words": 2})", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, kTwoThree, "# Title\r\n\r\n* item\r\n"));
    CHECK(both(kId, kTwoThree, "**bold** text\r\n"));
  }
  SECTION("non-ASCII") {
    CHECK(both(kId, kTwoThree, "Caf\xC3\xA9 cr\xC3\xA8me"));
    CHECK(both(kId, kTwoThree,
               "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, R"({"min_words": 0, "max_words": 5})", ""));
    CHECK_FALSE(both(kId, R"({"min_words": 0, "max_words": 5})", " \r\n"));
    CHECK_FALSE(check(kId, R"({"min_words": 0, "max_words": 5})", "\xE2\x80\x8B", kPrecise));
    CHECK(check(kId, R"({"min_words": 0, "max_words": 5})", "\xE2\x80\x8B", kRef));
  }
  SECTION("kwargs") {
    CHECK(build_error(kId, R"({"min_words": 5, "max_words": 2})", kRef).ok());
    CHECK_FALSE(check(kId, R"({"min_words": 5, "max_words": 2})", "a b c", kRef));
    auto e = build_error(kId, R"({"min_words": 5, "max_words": 2})", kPrecise);
    CHECK(e.message().find("max_words") != std::string::npos);
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"min_words": 2})", s).message().find("max_words") !=
            std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"min_words": -1, "max_words": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"min_words": "2", "max_words": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"min_words": 1, "max_words": 2, "N": 3})", s).ok());
    }
  }
}
