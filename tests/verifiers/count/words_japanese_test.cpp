#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "count:words_japanese";
constexpr auto kTwo = R"({"N": 2})";
}  // namespace

TEST_CASE("count:words_japanese", "[count]") {
  SECTION("pass, fail and boundaries") {
    CHECK(both(kId, kTwo, "Hello \xE4\xB8\x96\xE7\x95\x8C my \xE5\x8F\x8B\xE9\x81\x94 end"));
    CHECK_FALSE(both(kId, kTwo, "Hello world my \xE5\x8F\x8B\xE9\x81\x94"));
    CHECK_FALSE(both(kId, kTwo, "Hello \xE4\xB8\x96\xE7\x95\x8C my friend"));
    CHECK(both(kId, R"({"N": 1})", "\xE3\x81\x93\xE3\x82\x93\xE3\x81\xAB\xE3\x81\xA1\xE3\x81\xAF"));
    CHECK(both(kId, kTwo, "Tea, \xE3\x81\x8A\xE8\x8C\xB6!"));  // punctuation stripped
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, kTwo, "Hello \xE4\xB8\x96\xE7\x95\x8C", kRef, v));
      CHECK_FALSE(check(kId, kTwo, "Hello world", kRef, v));
    }
  }
  SECTION("precise: punctuation tokens are not words") {
    const char* s = "Hello - world \xE6\x9D\xB1\xE4\xBA\xAC";
    CHECK(check(kId, kTwo, s, kRef));
    CHECK_FALSE(check(kId, kTwo, s, kPrecise));
  }
  SECTION("precise: mostly Japanese script, and a number is not Japanese") {
    const char* acronym = "ID\xE3\x81\xAE\xE5\x81\xBD\xE9\x80\xA0";  // IDの偽造
    CHECK(both(kId, R"({"N": 1})", acronym));
    const char* mixed = "Tokyo\xE6\x9D\xB1\xE4\xBA\xAC";
    CHECK(check(kId, R"({"N": 1})", mixed, kRef));
    CHECK_FALSE(check(kId, R"({"N": 1})", mixed, kPrecise));
    CHECK(check(kId, kTwo, "Year 2024", kRef));
    CHECK_FALSE(check(kId, kTwo, "Year 2024", kPrecise));
    CHECK(check(kId, R"({"N": 1})", "\xC2\xB2", kRef));  // str.isdigit() is true for ²
    CHECK_FALSE(check(kId, R"({"N": 1})", "\xC2\xB2", kPrecise));
    CHECK(both(kId, R"({"N": 1})", "3\xE6\x9C\x88"));  // 3月
  }
  SECTION("precise: more kana and kanji ranges") {
    const char* half = "\xEF\xBD\xB6\xEF\xBE\x80\xEF\xBD\xB6\xEF\xBE\x85";  // ｶﾀｶﾅ
    CHECK_FALSE(check(kId, R"({"N": 1})", half, kRef));
    CHECK(check(kId, R"({"N": 1})", half, kPrecise));
  }
  SECTION("precise: at least N words") {
    CHECK(check(kId, R"({"N": 5})", "Hello there", kRef));
    CHECK_FALSE(check(kId, R"({"N": 5})", "Hello there", kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, kTwo, "Hello\r\n\xE4\xB8\x96\xE7\x95\x8C\r\n"));
    CHECK(both(kId, kTwo, "**Hello** **\xE4\xB8\x96\xE7\x95\x8C**"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kTwo, ""));
    CHECK_FALSE(both(kId, kTwo, "\r\n"));
    CHECK(check(kId, kTwo, "\xE2\x80\x8B", kRef));
    CHECK_FALSE(check(kId, kTwo, "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"N": 0})", s).ok());  // upstream divides by zero
      CHECK(build_error(kId, "{}", s).message().find("N") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"N": -3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2, "small_n": 2})", s).ok());
    }
  }
}
