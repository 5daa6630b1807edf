#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"
#include "text/syllables.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:odd_even_syllables";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("words:odd_even_syllables", "[words]") {
  if (!precis::text::syllapy_dict().ok()) {
    WARN("SKIPPED: syllapy/data.csv is not in the data folder");
    CHECK(build_error(kId, "{}", kRef).code() == precis::StatusCode::kNotFound);
    return;
  }
  // cat 1, table 2, dog 1, apple 2, run 1
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "cat table dog apple run"));
    CHECK(both(kId, "{}", "Cat, table! Dog; apple. Run?"));
    CHECK_FALSE(both(kId, "{}", "cat dog table"));
    CHECK_FALSE(both(kId, "{}", "table apple"));
  }
  SECTION("the same in both IFBench versions") {
    CHECK(check(kId, "{}", "cat table dog", kRef, kPaper));
    CHECK_FALSE(check(kId, "{}", "cat dog", kRef, kPaper));
  }
  SECTION("boundaries") {
    CHECK(both(kId, "{}", "cat table"));
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "   "));
  }
  SECTION("precise: fewer than two words fail") {
    CHECK(check(kId, "{}", "cat", kRef));
    CHECK_FALSE(check(kId, "{}", "cat", kPrecise));
    CHECK(check(kId, "{}", "... !", kRef));
    CHECK_FALSE(check(kId, "{}", "... !", kPrecise));
  }
  SECTION("precise: non-ASCII punctuation is not a word") {
    const char* s = "cat \xE2\x80\x94 table";  // cat — table
    CHECK_FALSE(check(kId, "{}", s, kRef));    // — counts one syllable
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: words glued by punctuation are separate") {
    const char* s = "cat table/dog";
    CHECK_FALSE(check(kId, "{}", s, kRef));  // cat 1, tabledog 3
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: hyphenated words sum their parts") {
    // time-table: time 1 + table 2 = 3 (odd); reference counts "timetable" with the heuristic.
    CHECK(precis::text::syllapy_heuristic("timetable") == 4);
    const char* s = "table time-table table";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: accented letters count as their base letters") {
    // "résumé": reference sees r-s-m vowels u only -> 1; precise counts "resume".
    int ref = precis::text::syllapy_heuristic("r\xC3\xA9sum\xC3\xA9");
    CHECK(ref == 1);
    const char* s = "cat r\xC3\xA9sum\xC3\xA9";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", "table r\xC3\xA9sum\xC3\xA9", kRef));
    CHECK(check(kId, "{}", s, kPrecise) != check(kId, "{}", s, kRef));
  }
  SECTION("precise: numbers in digits fail") {
    const char* s = "cat 42 table";
    CHECK(check(kId, "{}", "cat 42", kRef));  // 42 counts 0 (even)
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", "cat \xD0\xBA\xD0\xBE\xD1\x82", kPrecise));  // Cyrillic
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, "{}", "cat\r\ntable\r\ndog\r\n"));
    CHECK(both(kId, "{}", "**Cat** table\n\n- dog apple"));
  }
  SECTION("precise: zero-width-only response fails") {
    CHECK_FALSE(check(kId, "{}", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs: none") {
    CHECK(build_error(kId, "{}", kRef).ok());
    CHECK(build_error(kId, "{}", kPrecise).ok());
    CHECK_FALSE(build_error(kId, R"({"N": 2})", kRef).ok());
  }
}
