#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:thesis";
}  // namespace

TEST_CASE("format:thesis", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "<i>Cats rule.</i> They sleep a lot."));
    CHECK(both(kId, "{}", "<em>Cats rule.</em>\n\nThey sleep a lot."));
    CHECK(
        both(kId, "{}", "# One\n<i>Thesis one.</i> Body.\n\n# Two\n<i>Thesis two.</i> More body."));
    CHECK_FALSE(both(kId, "{}", "*Cats rule.* They sleep a lot."));
    CHECK_FALSE(both(kId, "{}", "<i>Cats rule.</i>"));
    CHECK_FALSE(both(kId, "{}", "<i>  </i> Body."));
    CHECK_FALSE(both(kId, "{}", "<i>Cats rule. Body."));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "<i>Grüße aus Köln.</i>\r\n東京タワー."));
    CHECK(
        both(kId, "{}", "## Eins\r\n<i>These.</i> Text.\r\n## Zwei\r\n<em>Noch eine.</em> Text."));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "<i>T.</i> Body.", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "<i>T.</i>", kRef, IfbenchVersion::kPaper));
  }
  SECTION("reference: <em> offsets are fitted to <i>") {
    CHECK(check(kId, "{}", "<em></em>", kRef));
    CHECK_FALSE(check(kId, "{}", "<em></em>", kPrecise));
  }
  SECTION("precise: every section begins with a thesis") {
    const char* s = "# One\n<i>Thesis.</i> Body.\n\n# Two\nNo thesis here.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    const char* mid = "Intro text. <i>Thesis.</i> Body.";
    CHECK(check(kId, "{}", mid, kRef));
    CHECK_FALSE(check(kId, "{}", mid, kPrecise));
  }
  SECTION("precise: the closing tag matches the opening one") {
    const char* s = "<em>Thesis.</i> Body.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: text follows the thesis in its section") {
    const char* s = "<em>Thesis.</em>";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("bold-only lines are headings in precise") {
    CHECK(check(kId, "{}", "**One**\n<i>T1.</i> B1.\n**Two**\n<i>T2.</i> B2.", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
