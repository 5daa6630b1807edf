#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "repeat:repeat_change";
constexpr auto kKw = R"({"prompt_to_repeat": "Write a python program to sort a list."})";
}  // namespace

TEST_CASE("repeat:repeat_change", "[repeat]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kKw, "Create a python program to sort a list."));
    CHECK(both(kId, kKw, "Draft   a python\nprogram to sort a list."));
    CHECK_FALSE(both(kId, kKw, "Write a python program to sort a list."));
    CHECK_FALSE(both(kId, kKw, "Create a python program to sort a list"));
    CHECK_FALSE(both(kId, kKw, "Create a program to sort a list."));
    CHECK_FALSE(both(kId, kKw, "Here: Create a python program to sort a list."));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, kKw, "Code a python program to sort a list.", kRef, v));
      CHECK_FALSE(check(kId, kKw, "Write a python program to sort a list.", kRef, v));
    }
  }
  SECTION("precise: the first word must really change") {
    const char* same_nl = "Write a python program to sort a list.\n";
    CHECK(check(kId, kKw, same_nl, kRef));
    CHECK_FALSE(check(kId, kKw, same_nl, kPrecise));
    const char* same_case = "WRITE a python program to sort a list.";
    CHECK(check(kId, kKw, same_case, kRef));
    CHECK_FALSE(check(kId, kKw, same_case, kPrecise));
  }
  SECTION("precise: the rest is compared case-insensitively") {
    const char* s = "Create a Python program to sort a list.";
    CHECK_FALSE(check(kId, kKw, s, kRef));
    CHECK(check(kId, kKw, s, kPrecise));
    const char* z =
        "Create a py\xE2\x80\x8B"
        "thon program to sort a list.";
    CHECK_FALSE(check(kId, kKw, z, kRef));
    CHECK(check(kId, kKw, z, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, kKw, "Create a python program\r\nto sort a list.\r\n"));
    const char* kw = R"({"prompt_to_repeat": "Écris un programme."})";
    CHECK(both(kId, kw, "Rédige un programme."));
    CHECK_FALSE(check(kId, kw, "écris un programme.", kPrecise));
    CHECK(check(kId, kw, "écris un programme.", kRef));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, kKw, ""));
    CHECK_FALSE(both(kId, kKw, "\r\n "));
  }
  SECTION("kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, kKw, s).ok());
      CHECK_FALSE(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": ""})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": 3})", s).ok());
    }
    auto st = build_error(kId, R"({"prompt_to_repeat": " \u200b "})", kPrecise);
    CHECK(st.message().find("prompt_to_repeat") != std::string::npos);
  }
}
