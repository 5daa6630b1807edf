#include <catch2/catch.hpp>

#include <string_view>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "detectable_format:bigram_wrapping";

// Checks without the evaluation's blank-response gate.
bool ungated(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("detectable_format:bigram_wrapping", "[detectable_format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "<<I am>> <<at home>> <<with my>> <<cute dog>>"));
    CHECK(both(kId, "{}", "<<I am.>> <<Done now!>>"));
    CHECK(both(kId, "{}", "<<<I am>>> <<at home>>"));
    CHECK_FALSE(both(kId, "{}", "<<I am>> at home"));
    CHECK_FALSE(both(kId, "{}", "I am>> <<at home>>"));
    CHECK_FALSE(both(kId, "{}", "<<a b>> <<c d e>>"));
    CHECK_FALSE(both(kId, "{}", "<I am> <at home>"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\t\r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "<<Je suis>>\r\n<<très content>>"));
    CHECK_FALSE(both(kId, "{}", "\xC2\xABJe suis\xC2\xBB \xC2\xABtr\xC3\xA8s content\xC2\xBB"));
  }
  SECTION("precise: an odd last word must be wrapped too") {
    CHECK(check(kId, "{}", "<<I am>> <<at home>> dog", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I am>> <<at home>> dog", kPrecise));
    CHECK(both(kId, "{}", "<<I am>> <<at home>> <<dog>>"));
  }
  SECTION("precise: each group holds two words, only the last may hold one") {
    CHECK(check(kId, "{}", "<<I>> <<am>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I>> <<am>>", kPrecise));
    CHECK(check(kId, "{}", "<<I>> <<am>> <<at>> <<home>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I>> <<am>> <<at>> <<home>>", kPrecise));
    CHECK(check(kId, "{}", "<<I am/at>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I am/at>>", kPrecise));
    CHECK(check(kId, "{}", "<<well-known facts>> <<don't lie>>", kPrecise));
  }
  SECTION("precise: punctuation and markdown may stand outside the groups") {
    for (const char* s : {"* <<I am>> <<at home>>", "<<I am>>, <<at home>>.",
                          "**<<I am>>** <<at home>>", "- <<I am>>\n- <<at home>>"}) {
      INFO(s);
      CHECK_FALSE(check(kId, "{}", s, kRef));
      CHECK(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("precise: groups may not nest, must close and must wrap words") {
    CHECK(check(kId, "{}", "<<I <<am>> at>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I <<am>> at>>", kPrecise));
    CHECK(check(kId, "{}", "<<I am>> <<at home>> <<dog", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I am>> <<at home>> <<dog", kPrecise));
    CHECK(check(kId, "{}", "<<I am>> <<>> <<>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<I am>> <<>> <<>>", kPrecise));
  }
  SECTION("precise: fewer than two words fail") {
    CHECK(check(kId, "{}", "<<Hello>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<Hello>>", kPrecise));
    CHECK(check(kId, "{}", "Hello", kRef));
    CHECK_FALSE(check(kId, "{}", "Hello", kPrecise));
  }
  SECTION("precise: blank responses fail by themselves") {
    CHECK_FALSE(ungated("", kPrecise));
    CHECK(ungated("", kRef));  // vacuous: the evaluation's blank gate fails it
    CHECK_FALSE(ungated("\xE2\x80\x8B \xE2\x80\x8B", kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}",
               "<<\xFF"
               "a b\xC3>>"));
  }
  SECTION("bad kwargs: none accepted") {
    for (auto s : {kRef, kPrecise})
      CHECK_FALSE(build_error(kId, R"({"n": 2})", s).ok());
  }
}
