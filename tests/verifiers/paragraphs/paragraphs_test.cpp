#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("paragraphs:paragraphs", "[paragraphs]") {
  constexpr auto kId = "paragraphs:paragraphs";
  SECTION("exactly two paragraphs") {
    CHECK(both(kId, "{}", "First paragraph.\n***\nSecond paragraph."));
    CHECK_FALSE(both(kId, "{}", "Only one paragraph."));
    CHECK_FALSE(both(kId, "{}", "One.\n***\nTwo.\n***\nThree."));
    CHECK(both(kId, "{}", "\n***\nOne.\n***\nTwo.\n***\n"));  // empty ends are not counted
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Erster Teil über Regen.\r\n***\r\nZweiter Teil."));
  }
  SECTION("blank lines do not separate paragraphs") {
    CHECK_FALSE(both(kId, "{}", "One.\n\nTwo."));
  }
  SECTION("precise: only divider lines separate; `---` and `* * *` are dividers") {
    CHECK(check(kId, "{}", "One ***really*** good.\n***\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One ***really*** good.\n***\nTwo.", kRef));
    CHECK(check(kId, "{}", "One.***Two.", kRef));
    CHECK_FALSE(check(kId, "{}", "One.***Two.", kPrecise));
    CHECK(check(kId, "{}", "One.\n* * *\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n* * *\nTwo.", kRef));
    CHECK(check(kId, "{}", "One.\n---\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n---\nTwo.", kRef));
  }
  SECTION("precise: empty paragraphs between dividers are skipped") {
    CHECK(check(kId, "{}", "One.\n***\n***\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n***\n***\nTwo.", kRef));
  }
  SECTION("precise: a paragraph of zero-width characters is empty") {
    const char* s = "One.\n***\n\xE2\x80\x8B\n***\nTwo.";
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", s, kRef));
  }
  SECTION("the same metadata as length_constraints:number_paragraphs") {
    const auto* mine = precis::Registry::global().find(kId);
    const auto* base = precis::Registry::global().find("length_constraints:number_paragraphs");
    REQUIRE(mine);
    REQUIRE(base);
    CHECK(mine->suite == "IFEvalG");
    CHECK(mine->kwargs.empty());
    CHECK(mine->precise_differences == base->precise_differences);
  }
  SECTION("bad kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"num_paragraphs": 2})", s).ok());
      CHECK(build_error(kId, R"({"num_paragraphs": null})", s).ok());
    }
  }
}
