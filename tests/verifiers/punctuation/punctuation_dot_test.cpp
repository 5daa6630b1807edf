#include <catch2/catch.hpp>

#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c =
      precis::Registry::global().build("punctuation:punctuation_dot", *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("punctuation:punctuation_dot", "[punctuation]") {
  constexpr auto kId = "punctuation:punctuation_dot";
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "No dots here, none at all"));
    CHECK_FALSE(both(kId, "{}", "One dot."));
    CHECK_FALSE(both(kId, "{}", "."));
    CHECK_FALSE(both(kId, "{}", "Pi is 3.14"));
    CHECK_FALSE(both(kId, "{}", "see example.com for more"));
    CHECK_FALSE(both(kId, "{}", "1. first item\n2. second item"));
    CHECK(both(kId, "{}", "Other marks: fine; yes! no? maybe - ok"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n\t"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Grüße aus Köln\r\nund Zürich"));
    CHECK_FALSE(both(kId, "{}", "Grüße aus Köln.\r\nund Zürich"));
    CHECK(both(kId, "{}", "middle dot \xC2\xB7 is not a full stop"));  // U+00B7
  }
  SECTION("precise: look-alike dots fail") {
    for (const char* s : {"end\xE2\x80\xA4", "wait\xE2\x80\xA5", "wait for it\xE2\x80\xA6",
                          "\xE4\xBD\xA0\xE5\xA5\xBD\xE3\x80\x82", "small\xEF\xB9\x92",
                          "wide\xEF\xBC\x8E", "half\xEF\xBD\xA1"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("precise: a response of zero-width characters fails") {
    const char* zw = "\xE2\x80\x8B\xEF\xBB\xBF";
    CHECK(check(kId, "{}", zw, kRef));
    CHECK_FALSE(check(kId, "{}", zw, kPrecise));
  }
  SECTION("precise fails a blank response by itself") {
    CHECK_FALSE(ungated("", kPrecise));
    CHECK_FALSE(ungated(" \n", kPrecise));
    CHECK(ungated(" \n", kRef));  // reference leaves it to the blank gate
  }
  SECTION("invalid UTF-8 is no dot") {
    CHECK(both(kId, "{}", "bad \xFF\xC3 bytes"));
    CHECK_FALSE(both(kId, "{}", "bad \xFF\xC3. bytes"));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"N": 1})", s).ok());
      CHECK(build_error(kId, R"({"N": null})", s).ok());
    }
  }
}
