#include <catch2/catch.hpp>

#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "paragraphs:paragraphs2";

// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("paragraphs:paragraphs2", "[paragraphs]") {
  SECTION("exactly two paragraphs") {
    CHECK(both(kId, "{}", "First paragraph.\n\nSecond paragraph."));
    CHECK(both(kId, "{}", "Line one\nline two.\n\nLine three\nline four."));
    CHECK_FALSE(both(kId, "{}", "One paragraph\nover two lines."));
    CHECK_FALSE(both(kId, "{}", "One.\n\nTwo.\n\nThree."));
    CHECK(both(kId, "{}", "\n\nOne.\n\nTwo.\n\n"));
    CHECK(both(kId, "{}", "One.\n\n\nTwo."));
    CHECK(both(kId, "{}", "One.\n***\n\nTwo."));  // *** is no separator
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n\n \n\n"));
  }
  SECTION("non-ASCII text") {
    CHECK(both(kId, "{}", "Première partie.\n\nDeuxième partie — fin."));
  }
  SECTION("precise: CRLF blank lines and whitespace-only lines separate") {
    CHECK(check(kId, "{}", "One.\r\n\r\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\r\n\r\nTwo.", kRef));
    CHECK(check(kId, "{}", "One.\n \t\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n \t\nTwo.", kRef));
    CHECK(check(kId, "{}", "One.\n\xE2\x80\x8B\nTwo.", kPrecise));
  }
  SECTION("precise: any number of blank lines separates") {
    CHECK(check(kId, "{}", "One.\n\n\n\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n\n\n\nTwo.", kRef));
    CHECK(check(kId, "{}", "One.\n\n \n\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "One.\n\n \n\nTwo.", kRef));
    CHECK(check(kId, "{}", "\n\n\n\nOne.\n\nTwo.", kPrecise));
    CHECK_FALSE(check(kId, "{}", "\n\n\n\nOne.\n\nTwo.", kRef));
    CHECK_FALSE(check(kId, "{}", "One.\n\n\n\nTwo.\n\n\nThree.", kPrecise));
  }
  SECTION("precise: blank responses fail by themselves") {
    CHECK_FALSE(ungated("\xE2\x80\x8B\n\n\xE2\x80\x8B", kPrecise));
    CHECK_FALSE(ungated("", kPrecise));
    CHECK_FALSE(ungated("", kRef));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}", "\xFF\n\n\xC3"));
  }
  SECTION("bad kwargs: none accepted") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(build_error(kId, R"({"num_paragraphs": 2})", s).ok());
  }
}
