#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:constrained_response";

bool direct(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, precis::Value::dict({}), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

}  // namespace

TEST_CASE("detectable_format:constrained_response", "[detectable_format]") {
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", "My answer is yes."));
    CHECK(both(kId, "{}", "My answer is no."));
    CHECK(both(kId, "{}", "My answer is maybe."));
    CHECK(both(kId, "{}", "  Let me think.\n\nMy answer is maybe. It depends.  \n"));
    CHECK(both(kId, "{}", "\"My answer is no.\""));
    CHECK_FALSE(both(kId, "{}", "My answer is yes"));  // the period is required
    CHECK_FALSE(both(kId, "{}", "my answer is yes."));
    CHECK_FALSE(both(kId, "{}", "MY ANSWER IS YES."));
    CHECK_FALSE(both(kId, "{}", "My answer is  yes."));
    CHECK_FALSE(both(kId, "{}", "My answer is probably."));
    CHECK_FALSE(both(kId, "{}", "Yes."));
  }
  SECTION("two different options: reference passes, precise fails") {
    const char* hedge = "My answer is yes. Actually, My answer is no.";
    CHECK(check(kId, "{}", hedge, kRef));
    CHECK_FALSE(check(kId, "{}", hedge, kPrecise));
    CHECK(both(kId, "{}", "My answer is yes. Again: My answer is yes."));
  }
  SECTION("an option glued to a preceding word counts only in reference") {
    CHECK(check(kId, "{}", "TodayMy answer is yes.", kRef));
    CHECK_FALSE(check(kId, "{}", "TodayMy answer is yes.", kPrecise));
    CHECK(check(kId, "{}", "TodayMy answer is yes. My answer is yes.", kPrecise));
    CHECK(both(kId, "{}", "**My answer is no.**"));
    CHECK(both(kId, "{}", "Answer:My answer is no."));
  }
  SECTION("non-ASCII, CRLF, invalid UTF-8") {
    CHECK(both(kId, "{}", "Réponse : My answer is yes."));
    CHECK(both(kId, "{}", "考虑之后\r\nMy answer is no.\r\n"));
    CHECK(both(kId, "{}", "\xFF My answer is maybe. \xFE"));
    CHECK_FALSE(both(kId, "{}", "My answer is \xFFyes."));
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n\t "));
    CHECK_FALSE(direct(" ", kRef));
    CHECK_FALSE(direct(" ", kPrecise));
  }
  SECTION("large inputs stay linear") {
    std::string big;
    for (int i = 0; i < 200'000; ++i)
      big += "xMy answer is yes. ";
    CHECK(check(kId, "{}", big, kRef));
    CHECK_FALSE(check(kId, "{}", big, kPrecise));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto err = build_error(kId, R"({"options": "yes"})", s);
      CHECK(err.code() == precis::StatusCode::kInvalidArgument);
      CHECK(err.message().find("takes no kwargs") != std::string::npos);
      CHECK(build_error(kId, R"({"options": null})", s).ok());
      CHECK(build_error(kId, "{}", s).ok());
    }
  }
}
