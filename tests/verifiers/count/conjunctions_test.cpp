#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:conjunctions";
}  // namespace

TEST_CASE("count:conjunctions", "[count]") {
  SECTION("pass, fail and boundaries") {
    const char* s = "I came and saw, but left; so it goes.";
    CHECK(both(kId, R"({"small_n": 3})", s));
    CHECK_FALSE(both(kId, R"({"small_n": 4})", s));
    CHECK(both(kId, R"({"small_n": 7})", "and but for nor or so yet"));
    CHECK_FALSE(both(kId, R"({"small_n": 1})", "Nothing to join here."));
    CHECK_FALSE(both(kId, R"({"small_n": 1})", "android salsa forty"));  // only inside words
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, R"({"small_n": 2})", "tea or coffee, yet both", kRef, v));
      CHECK_FALSE(check(kId, R"({"small_n": 3})", "tea or coffee, yet both", kRef, v));
    }
  }
  SECTION("precise: case and punctuation variants are one conjunction") {
    const char* s = "and And and, AND";
    CHECK(check(kId, R"({"small_n": 3})", s, kRef));
    CHECK_FALSE(check(kId, R"({"small_n": 2})", s, kPrecise));
    CHECK(check(kId, R"({"small_n": 1})", s, kPrecise));
  }
  SECTION("precise: words are split at punctuation") {
    CHECK_FALSE(check(kId, R"({"small_n": 2})", "salt and/or pepper", kRef));
    CHECK(check(kId, R"({"small_n": 2})", "salt and/or pepper", kPrecise));
  }
  SECTION("precise: zero-width characters are ignored") {
    const char* s = "a\xE2\x80\x8Bnd but";
    CHECK_FALSE(check(kId, R"({"small_n": 2})", s, kRef));
    CHECK(check(kId, R"({"small_n": 2})", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, R"({"small_n": 2})", "**and**\r\n- or\r\n"));
  }
  SECTION("non-ASCII") {
    CHECK_FALSE(both(kId, R"({"small_n": 1})", "\xC3\xA5nd caf\xC3\xA9"));
    CHECK(both(kId, R"({"small_n": 2})", "caf\xC3\xA9 and th\xC3\xA9 or \xC3\xA9t\xC3\xA9"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, R"({"small_n": 0})", ""));
    CHECK_FALSE(both(kId, R"({"small_n": 0})", "\r\n"));
    CHECK(check(kId, R"({"small_n": 0})", "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, R"({"small_n": 0})", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("small_n") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"small_n": -1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"small_n": 2, "N": 2})", s).ok());
      CHECK(build_error(kId, R"({"small_n": 5.0})", s).ok());
    }
  }
}
