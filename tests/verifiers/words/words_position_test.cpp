#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:words_position";
constexpr auto kKw = R"({"keyword": "despite"})";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("words:words_position", "[words]") {
  SECTION("pass and fail, head reference and precise") {
    const char* ok = "Yet despite everything, we carried on despite it.";
    CHECK(check(kId, kKw, ok, kRef));
    CHECK(check(kId, kKw, ok, kPrecise));
    const char* no = "Yet because of everything, we carried on despite it.";
    CHECK_FALSE(check(kId, kKw, no, kRef));
    CHECK_FALSE(check(kId, kKw, no, kPrecise));
    CHECK_FALSE(both(kId, kKw, "Yet despite everything, we carried on anyway."));
    CHECK(both(kId, kKw, "Yet despite everything we carried on despite it"));
  }
  SECTION("paper era: token -2 before the final punctuation, case-sensitive") {
    const char* head_ok = "Yet despite everything, we carried on despite it.";
    CHECK_FALSE(check(kId, kKw, head_ok, kRef, kPaper));
    const char* paper_ok = "We despite them despite !";
    CHECK(check(kId, kKw, paper_ok, kRef, kPaper));
    CHECK_FALSE(check(kId, kKw, paper_ok, kRef));  // head skips "!" and compares "them"
    const char* upper = "Yet Despite everything we carried on DESPITE it";
    CHECK(check(kId, kKw, upper, kRef));
    CHECK_FALSE(check(kId, kKw, upper, kRef, kPaper));
    CHECK(check(kId, kKw, upper, kPrecise));
  }
  SECTION("boundaries: too few tokens or words") {
    CHECK_FALSE(both(kId, kKw, "despite"));
    CHECK_FALSE(check(kId, kKw, "Hi.", kRef));  // 2 tokens ending with punctuation
    CHECK_FALSE(check(kId, kKw, "Hi.", kRef, kPaper));
    // Two words: the second is also the second to last.
    CHECK(both(kId, kKw, "despite despite"));
    // Three words: word 2 is both positions.
    CHECK(both(kId, kKw, "I despite you"));
    CHECK_FALSE(both(kId, kKw, ""));
    CHECK_FALSE(both(kId, kKw, "   \r\n "));
  }
  SECTION("precise: punctuation is not a word") {
    const char* comma = "Yes, despite the rain, we stayed despite it.";
    CHECK_FALSE(check(kId, kKw, comma, kRef));
    CHECK(check(kId, kKw, comma, kPrecise));
    const char* quoted = "\"Yet despite all, we stayed despite it.\"";
    CHECK_FALSE(check(kId, kKw, quoted, kRef));  // ends with `.` and `''`
    CHECK(check(kId, kKw, quoted, kPrecise));
    const char* bold = "**Yet** despite all, we stayed **despite** it.";
    CHECK_FALSE(check(kId, kKw, bold, kRef));
    CHECK(check(kId, kKw, bold, kPrecise));
  }
  SECTION("precise: a contraction is one word") {
    const char* s = "Don't despite me, just despite it.";
    CHECK_FALSE(check(kId, kKw, s, kRef));  // Do n't
    CHECK(check(kId, kKw, s, kPrecise));
  }
  SECTION("precise: full case folding in both versions") {
    const char* s = "Yet DESPITE all, we stayed Despite it.";
    CHECK(check(kId, kKw, s, kPrecise));
    CHECK(check(kId, kKw, s, kPrecise, kPaper));
    CHECK(check(kId, kKw, s, kRef));
    CHECK_FALSE(check(kId, kKw, s, kRef, kPaper));
  }
  SECTION("non-ASCII and CRLF") {
    const char* kw = R"({"keyword": "café"})";
    CHECK(both(kId, kw, "Un café noir, café noir."));
    CHECK(check(kId, kw, "UN CAFÉ NOIR CAFÉ NOIR", kRef));
    CHECK(check(kId, kw, "UN CAFÉ NOIR CAFÉ NOIR", kPrecise));
    CHECK_FALSE(check(kId, kw, "UN CAFÉ NOIR CAFÉ NOIR", kRef, kPaper));
    CHECK(both(kId, kKw, "Yet despite all\r\nwe stay despite it\r\n"));
  }
  SECTION("precise: zero-width-only response fails") {
    CHECK_FALSE(check(kId, kKw, "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs") {
    CHECK(build_error(kId, kKw, kRef).ok());
    CHECK(build_error(kId, kKw, kPrecise).ok());
    CHECK_FALSE(build_error(kId, "{}", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"keyword": "despite", "n": 2})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"keyword": 3})", kRef).ok());
    // precise needs one word; reference accepts and never matches.
    CHECK_FALSE(build_error(kId, R"({"keyword": "in spite"})", kPrecise).ok());
    CHECK_FALSE(build_error(kId, R"({"keyword": ""})", kPrecise).ok());
    CHECK(build_error(kId, R"({"keyword": "in spite"})", kRef).ok());
    CHECK_FALSE(check(kId, R"({"keyword": "in spite"})", "I in spite in spite you", kRef));
    CHECK(build_error(kId, R"({"keyword": " despite "})", kPrecise).ok());
    CHECK(check(kId, R"({"keyword": " despite "})", "Yet despite all despite it", kRef));
  }
}
