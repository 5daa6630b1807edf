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
  auto c = precis::Registry::global().build("punctuation:punctuation_exclamation",
                                            *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("punctuation:punctuation_exclamation", "[punctuation]") {
  constexpr auto kId = "punctuation:punctuation_exclamation";
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Calm words. Questions? Yes, fine."));
    CHECK_FALSE(both(kId, "{}", "Wow!"));
    CHECK_FALSE(both(kId, "{}", "!"));
    CHECK_FALSE(both(kId, "{}", "if (x != y) return;"));
    CHECK_FALSE(both(kId, "{}", "Hey!!!"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n  "));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Привет\r\nмир"));
    CHECK_FALSE(both(kId, "{}", "Привет\r\nмир!"));
  }
  SECTION("precise: look-alike exclamation marks fail") {
    for (const char* s :
         {"\xC2\xA1Hola amigos", "click \xC7\x83", "wow \xE2\x80\xBC", "what \xE2\x80\xBD",
          "what \xE2\x81\x88", "what \xE2\x81\x89", "note \xE2\x9D\x95", "note \xE2\x9D\x97",
          "note \xE2\x9D\xA2", "vertical \xEF\xB8\x95", "small \xEF\xB9\x97",
          "\xE3\x81\x99\xE3\x81\x94\xE3\x81\x84\xEF\xBC\x81"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("precise: a response of zero-width characters fails") {
    const char* zw = "\xE2\x80\x8D";
    CHECK(check(kId, "{}", zw, kRef));
    CHECK_FALSE(check(kId, "{}", zw, kPrecise));
  }
  SECTION("precise fails a blank response by itself") {
    CHECK_FALSE(ungated("", kPrecise));
    CHECK(ungated("", kRef));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(build_error(kId, R"({"x": "!"})", s).ok());
  }
}
