#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:keywords_multiple";
constexpr auto kKw =
    R"({"keyword1": "cat", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";

std::string repeat(const std::string& w, int n) {
  std::string s;
  for (int i = 0; i < n; ++i)
    s += w + " ";
  return s;
}

std::string good() {
  return "cat " + repeat("dog", 2) + repeat("owl", 3) + repeat("bee", 5) + repeat("elk", 7);
}
}  // namespace

TEST_CASE("count:keywords_multiple", "[count]") {
  SECTION("pass, fail and boundaries") {
    CHECK(both(kId, kKw, good()));
    CHECK_FALSE(both(kId, kKw, good() + "cat"));   // keyword1 twice
    CHECK_FALSE(both(kId, kKw, "owl " + good()));  // keyword3 four times
    CHECK_FALSE(both(kId, kKw, "Nothing relevant."));
    CHECK(both(
        kId, kKw,
        "CAT. " + repeat("Dog,", 2) + repeat("OWL!", 3) + repeat("bee", 5) + repeat("Elk", 7)));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, kKw, good(), kRef, v));
      CHECK_FALSE(check(kId, kKw, good() + "dog", kRef, v));
    }
  }
  SECTION("precise: whole words only") {
    std::string s = good() + "category";  // `cat` as a substring
    CHECK_FALSE(check(kId, kKw, s, kRef));
    CHECK(check(kId, kKw, s, kPrecise));
    std::string t = "cats " + good().substr(4);  // `cat` only inside `cats`
    CHECK(check(kId, kKw, t, kRef));
    CHECK_FALSE(check(kId, kKw, t, kPrecise));
  }
  SECTION("precise: a phrase spans punctuation and line breaks") {
    auto kw =
        R"({"keyword1": "ice cream", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    std::string s = "ice\r\ncream " + good().substr(4);
    CHECK_FALSE(check(kId, kw, s, kRef));
    CHECK(check(kId, kw, s, kPrecise));
  }
  SECTION("precise: full case folding and zero-width characters") {
    auto kw =
        R"({"keyword1": "stra\u00dfe", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    std::string s = "STRASSE " + good().substr(4);
    CHECK_FALSE(check(kId, kw, s, kRef));
    CHECK(check(kId, kw, s, kPrecise));
    std::string z =
        "c\xE2\x80\x8B"
        "at " +
        good().substr(4);
    CHECK_FALSE(check(kId, kKw, z, kRef));
    CHECK(check(kId, kKw, z, kPrecise));
  }
  SECTION("reference: substring counts are non-overlapping; keywords are stripped") {
    auto kw =
        R"({"keyword1": " aa ", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    CHECK(check(kId, kw, "aaa " + good().substr(4), kRef));  // "aaa".count("aa") == 1
  }
  SECTION("CRLF and markdown") {
    std::string s = "**cat**\r\n" + repeat("- dog\r\n", 2) + repeat("owl\r\n", 3) +
                    repeat("bee\r\n", 5) + repeat("elk\r\n", 7);
    CHECK(both(kId, kKw, s));
  }
  SECTION("non-ASCII keywords") {
    auto kw =
        R"({"keyword1": "caf\u00e9", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    CHECK(both(kId, kw, "CAF\xC3\x89 " + good().substr(4)));
    CHECK_FALSE(both(kId, kw, "cafe " + good().substr(4)));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kKw, ""));
    CHECK_FALSE(both(kId, kKw, "\r\n"));
  }
  SECTION("kwargs") {
    auto blank =
        R"({"keyword1": " ", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    CHECK(build_error(kId, blank, kRef).ok());
    CHECK_FALSE(check(kId, blank, good(), kRef));  // "" occurs len + 1 times
    auto e = build_error(kId, blank, kPrecise);
    CHECK(e.message().find("keyword1") != std::string::npos);
    auto regex =
        R"({"keyword1": "c.t", "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})";
    CHECK(build_error(kId, regex, kRef).ok());
    CHECK_FALSE(build_error(kId, regex, kPrecise).ok());
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"keyword1": "cat"})", s).message().find("keyword2") !=
            std::string::npos);
      CHECK_FALSE(
          build_error(
              kId,
              R"({"keyword1": 1, "keyword2": "dog", "keyword3": "owl", "keyword4": "bee", "keyword5": "elk"})",
              s)
              .ok());
    }
  }
}
