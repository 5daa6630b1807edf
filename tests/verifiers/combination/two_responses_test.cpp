#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("combination:two_responses", "[combination]") {
  constexpr auto kId = "combination:two_responses";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", "Answer one.\n******\nAnswer two."));
    CHECK(both(kId, "{}", "Answer one.\r\n******\r\nAnswer two.\r\n"));
    CHECK(both(kId, "{}", "******\nA\n******\nB\n******"));
    CHECK_FALSE(both(kId, "{}", "Only one answer."));
    CHECK_FALSE(both(kId, "{}", "Same.\n******\nSame."));
    CHECK_FALSE(both(kId, "{}", "  Same.\n******\nSame.  "));
    CHECK_FALSE(both(kId, "{}", "A\n******\nB\n******\nC"));
    CHECK_FALSE(both(kId, "{}", "A\n******\n\n******\nB"));
    CHECK_FALSE(both(kId, "{}", "A\n******\n"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \n "));
    CHECK_FALSE(both(kId, "{}", "******"));
  }
  SECTION("separators inside a line: reference splits, precise does not") {
    for (const char* s : {"A ****** B", "A ******* B", "**A** ****** **B**"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
    // Twelve asterisks: an empty part in the middle for reference; not a separator for precise.
    CHECK_FALSE(both(kId, "{}", "A ************ B"));
    CHECK_FALSE(check(kId, "{}", "A\n************\nB", kRef));
  }
  SECTION("responses that differ only in case or whitespace: precise rejects") {
    for (const char* s :
         {"Hello there.\n******\nHELLO THERE.", "Hello  there.\n******\nHello\nthere.",
          "It’s fine.\n******\nIt's fine.", "Straße\n******\nSTRASSE"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("non-ASCII, markdown, invalid UTF-8") {
    CHECK(both(kId, "{}", "**Grüße**\n******\n*Ciao*"));
    CHECK(both(kId, "{}", "\xFF a\n******\n\xFE b"));
    CHECK(both(kId, "{}", "  ******  \nx\n  ******\ny"));
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build("combination:two_responses",
                                              *precis::parse_json("{}"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise})
      CHECK(build_error(kId, R"({"separator": "***"})", s).code() ==
            precis::StatusCode::kInvalidArgument);
  }
}
