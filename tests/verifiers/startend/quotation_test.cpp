#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("startend:quotation", "[startend]") {
  constexpr auto kId = "startend:quotation";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", "\"Hello world.\""));
    CHECK(both(kId, "{}", "  \n\"Hello world.\"\r\n"));
    CHECK(both(kId, "{}", "\"He said \"hi\" to me.\""));
    CHECK(both(kId, "{}", "\"She said, \"Hello.\"\""));
    CHECK(both(kId, "{}", "\"Use ‘single’ and “double” quotes.\""));
    CHECK_FALSE(both(kId, "{}", "Hello world."));
    CHECK_FALSE(both(kId, "{}", "\"Hello world."));
    CHECK_FALSE(both(kId, "{}", "Hello world.\""));
    CHECK_FALSE(both(kId, "{}", "\""));
    CHECK_FALSE(both(kId, "{}", "'Hello'"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("empty quotation: reference passes, precise fails") {
    for (const char* s : {"\"\"", "\"  \"", "\"\xE2\x80\x8B\""}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("several quotations: reference passes, precise fails") {
    for (const char* s :
         {"\"A\" and \"B\"", "\"First paragraph.\"\n\n\"Second paragraph.\"", "\"He said \"hi\""}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("typographic quotes: precise only") {
    CHECK_FALSE(check(kId, "{}", "“Hello world.”", kRef));
    CHECK(check(kId, "{}", "“Hello world.”", kPrecise));
    CHECK(check(kId, "{}", "“Nested “inner” quote.”", kPrecise));
    CHECK_FALSE(check(kId, "{}", "“A” and “B”", kPrecise));
    // Mismatched pair.
    CHECK_FALSE(check(kId, "{}", "“Hello world.\"", kPrecise));
  }
  SECTION("non-ASCII, markdown, CRLF and invalid UTF-8") {
    CHECK(both(kId, "{}", "\"Grüße aus Köln — 東京.\""));
    CHECK(both(kId, "{}", "\"# Title\r\n\r\n* **point**\r\n\""));
    CHECK(both(kId, "{}", "\"bad \xFF bytes\""));
    CHECK_FALSE(both(kId, "{}", "\xFF\"bad bytes\""));
  }
  SECTION("zero-width characters around the quotes") {
    const char* s = "\xE2\x80\x8B\"Hello.\"";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c =
        precis::Registry::global().build("startend:quotation", *precis::parse_json("{}"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, R"({"x": 1})", s).message().find("takes no kwargs") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"x": null})", s).ok());
    }
  }
}
