#include <catch2/catch.hpp>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "ratio:sentence_words";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("ratio:sentence_words", "[ratio]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Red fox ran. Big owl hid. Old cow ate."));
    CHECK(both(kId, "{}", "  Red fox ran.\nBig owl hid.\n\nOld cow ate.\n"));
    CHECK_FALSE(both(kId, "{}", "Red fox ran. Big owl hid."));                    // 2 sentences
    CHECK_FALSE(both(kId, "{}", "Red fox ran. Big owl hid. Old cow ate. Yes."));  // 4
    CHECK_FALSE(both(kId, "{}", "Red fox ran. Big owl hid. Old cow ate it."));    // 15 chars
  }
  SECTION("precise: the words must differ") {
    const char* s = "The cat sat. The dog ran. The hen hid.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", "Red fox ran. Big owl hid. RED cow ate.", kPrecise));
    CHECK(check(kId, "{}", "Red fox ran. Big owl hid. RED cow ate.", kRef));
    // A word repeated inside one sentence is allowed.
    CHECK(check(kId, "{}", "Go go now. Run fast. Eat it.", kPrecise) ==
          check(kId, "{}", "Go go now. Run fast. Eat it.", kRef));
  }
  SECTION("precise: zero-width characters are not characters") {
    const char* s =
        "Red fox ran. Big owl hid. Old cow\xE2\x80\x8B"
        " ate.";
    // 13 code points in the third sentence for reference, 12 visible ones.
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a heading is a sentence of its own") {
    const char* s = "## Foxes run\nBig owl hid. Old cow ate.";
    CHECK_FALSE(check(kId, "{}", s, kRef));  // Punkt: 2 sentences
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", "## Foxes run\r\nBig owl hid. Old cow ate.", kPrecise));
  }
  SECTION("both IFBench versions") {
    const char* s = "Red fox ran. Big owl hid. Old cow ate.";
    CHECK(check(kId, "{}", s, kRef, kPaper));
    // The regex splitter protects "Dr." and keeps "Dr. Ox" in one sentence.
    const char* dr = "Dr. Ox ran. Big owl hid. Old cow ate.";
    CHECK_FALSE(check(kId, "{}", dr, kRef, kPaper));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", "\xC3\x89t\xC3\xA9 vif.\r\nLac net.\r\nFeu dur."));
  }
  SECTION("empty and blank") {
    CHECK_FALSE(check(kId, "{}", "", kPrecise));
    CHECK_FALSE(check(kId, "{}", "\n\n", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 3})", kRef).ok());
  }
}
