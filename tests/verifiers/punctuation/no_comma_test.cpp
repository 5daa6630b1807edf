#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;

TEST_CASE("punctuation:no_comma", "[punctuation]") {
  constexpr auto kId = "punctuation:no_comma";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", "No commas here. None at all."));
    CHECK_FALSE(both(kId, "{}", "One, two"));
    CHECK_FALSE(both(kId, "{}", ","));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \n\t"));
  }
  SECTION("look-alike commas: reference allows, precise rejects") {
    for (const char* s :
         {"一，二", "واحد، اثنان", "一、二", "a\xEF\xB9\x90 b", "a\xE2\x80\x9A b"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("non-ASCII and invalid UTF-8") {
    CHECK(both(kId, "{}", "Grüße aus Köln. Ça va."));
    CHECK(both(kId, "{}", "bad \xFF\xFE bytes"));
    CHECK_FALSE(both(kId, "{}", "bad \xFF, bytes"));
  }
  SECTION("bad kwargs") {
    CHECK(build_error(kId, R"({"x": 1})", kRef).code() == precis::StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"x": 1})", kPrecise).message().find("takes no kwargs") !=
          std::string::npos);
    CHECK(build_error(kId, R"({"x": null})", kPrecise).ok());
  }
}
