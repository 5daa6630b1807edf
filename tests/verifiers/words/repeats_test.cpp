#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:repeats";
constexpr auto kTwo = R"({"small_n": 2})";
constexpr auto kOne = R"({"small_n": 1})";
}  // namespace

TEST_CASE("words:repeats", "[words]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kTwo, "the cat and the dog"));
    CHECK_FALSE(both(kId, kTwo, "the cat saw the dog and the bird"));
  }
  SECTION("boundaries: small_n occurrences pass, one more fails") {
    CHECK(both(kId, kTwo, "cat cat dog"));
    CHECK_FALSE(both(kId, kTwo, "cat cat cat"));
    CHECK_FALSE(both(kId, R"({"small_n": 0})", "cat"));
  }
  SECTION("case and ASCII punctuation") {
    CHECK_FALSE(both(kId, kTwo, "Cat, CAT. cat!"));
    CHECK(both(kId, kTwo, "Cat, CAT. dog!"));
  }
  SECTION("CRLF") {
    CHECK_FALSE(both(kId, kOne, "cat\r\ncat"));
    CHECK(both(kId, kOne, "cat\r\ndog\r\n"));
  }
  SECTION("non-ASCII words") {
    CHECK_FALSE(both(kId, kOne, "\xC3\xA9t\xC3\xA9 \xC3\x89T\xC3\x89"));
    CHECK(both(kId, kOne, "\xC3\xA9t\xC3\xA9 et"));
  }
  SECTION("precise: punctuation outside ASCII is not part of a word") {
    const char* s =
        "\xE2\x80\x9C"
        "cat\xE2\x80\x9D cat\xE2\x80\x94 cat";
    CHECK(check(kId, kTwo, s, kRef));
    CHECK_FALSE(check(kId, kTwo, s, kPrecise));
  }
  SECTION("precise: ASCII punctuation between letters separates words") {
    CHECK(check(kId, kOne, "cat,cat", kRef));
    CHECK_FALSE(check(kId, kOne, "cat,cat", kPrecise));
  }
  SECTION("precise: full case folding and zero-width characters") {
    const char* s =
        "Stra\xC3\x9F"
        "e STRASSE";
    CHECK(check(kId, kOne, s, kRef));
    CHECK_FALSE(check(kId, kOne, s, kPrecise));
    const char* z =
        "cat c\xE2\x80\x8B"
        "at";
    CHECK(check(kId, kOne, z, kRef));
    CHECK_FALSE(check(kId, kOne, z, kPrecise));
  }
  SECTION("precise: a response without words fails") {
    CHECK(check(kId, kOne, "...", kRef));
    CHECK_FALSE(check(kId, kOne, "...", kPrecise));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kTwo, ""));
    CHECK_FALSE(both(kId, kTwo, "\r\n"));
  }
  SECTION("the paper-era reference is the same") {
    CHECK(check(kId, kTwo, "cat cat dog", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, kTwo, "cat cat cat", kRef, IfbenchVersion::kPaper));
  }
  SECTION("kwargs: small_n is required, a whole number, at least 0") {
    for (auto s : {kRef, kPrecise}) {
      for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
        CHECK(build_error(kId, kTwo, s, v).ok());
        CHECK(build_error(kId, R"({"small_n": 2.0})", s, v).ok());
        CHECK(build_error(kId, R"({"small_n": 0})", s, v).ok());
        auto missing = build_error(kId, "{}", s, v);
        CHECK_FALSE(missing.ok());
        CHECK(missing.message().find("small_n") != std::string::npos);
        CHECK(build_error(kId, R"({"small_n": null})", s, v).message().find("small_n") !=
              std::string::npos);
        CHECK_FALSE(build_error(kId, R"({"small_n": -1})", s, v).ok());
        CHECK_FALSE(build_error(kId, R"({"small_n": "2"})", s, v).ok());
        CHECK_FALSE(build_error(kId, R"({"small_n": 2, "N": 1})", s, v).ok());
      }
    }
  }
}
