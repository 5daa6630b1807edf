#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_content:number_placeholders";

std::string n(int k) {
  return "{\"num_placeholders\": " + std::to_string(k) + "}";
}

// The verdict of the constraint itself, without the evaluation's blank-response gate.
bool direct(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto kw = precis::parse_json(kwargs);
  REQUIRE(kw.ok());
  auto c = precis::Registry::global().build(kId, *kw, s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

// The number of placeholders `semantics` sees: the largest k that passes.
int count(std::string_view response, precis::Semantics s) {
  int k = 0;
  while (k < 50 && check(kId, n(k + 1), response, s))
    ++k;
  return k;
}

}  // namespace

TEST_CASE("detectable_content:number_placeholders", "[detectable_content]") {
  SECTION("pass, fail and the boundary") {
    const char* r = "Dear [name], we will meet at [address] on [date].";
    CHECK(both(kId, n(3), r));
    CHECK(both(kId, n(2), r));
    CHECK_FALSE(both(kId, n(4), r));
    CHECK(both(kId, n(0), "no placeholders"));
    CHECK_FALSE(both(kId, n(1), "no placeholders"));
  }
  SECTION("reference follows re.findall(r\"\\[.*?\\]\")") {
    CHECK(count("[[a]]", kRef) == 1);
    CHECK(count("[a\nb]", kRef) == 0);
    CHECK(count("[a] [b] [c]", kRef) == 3);
    CHECK(count("[a [b] c]", kRef) == 1);
    CHECK(count("[ [ [ ]", kRef) == 1);
    CHECK(count("]a[", kRef) == 0);
    CHECK(count("[unclosed\n[x]", kRef) == 1);
  }
  SECTION("empty brackets: reference counts them, precise does not") {
    CHECK(count("a [] b", kRef) == 1);
    CHECK(count("a [] b", kPrecise) == 0);
    CHECK(count("a [   ] b", kRef) == 1);
    CHECK(count("a [   ] b", kPrecise) == 0);
    CHECK(count("a [\xE2\x80\x8B] b", kRef) == 1);  // U+200B
    CHECK(count("a [\xE2\x80\x8B] b", kPrecise) == 0);
    CHECK(count("[a []]", kRef) == 1);
    CHECK(count("[a []]", kPrecise) == 0);
  }
  SECTION("innermost pairs in precise") {
    CHECK(count("[[a]]", kPrecise) == 1);
    CHECK(count("[a [b] c]", kPrecise) == 1);
    CHECK(count("[a\nb]", kPrecise) == 0);
  }
  SECTION("markdown links are not placeholders in precise") {
    const char* r = "See [the docs](https://example.com) and [your name].";
    CHECK(count(r, kRef) == 2);
    CHECK(count(r, kPrecise) == 1);
  }
  SECTION("non-ASCII, CRLF, markdown, invalid UTF-8") {
    CHECK(both(kId, n(2), "Sehr geehrte(r) [Name], Ihre [Straße] ist"));
    CHECK(both(kId, n(2), "[名前]と[住所]"));
    CHECK(both(kId, n(2), "[a]\r\n[b]\r\n"));
    CHECK_FALSE(both(kId, n(1), "[a\r\nb]"));
    CHECK(both(kId, n(2), "* **[Company]** at [City]"));
    CHECK(both(kId, n(1), "[\xFF]"));
    CHECK(both(kId, n(1), "\xFF[x]\xFE"));
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, n(0), ""));
    CHECK_FALSE(both(kId, n(0), " \n\t"));
    CHECK(direct(n(0), " \n", kRef));  // reference leaves blank text to the evaluation's gate
    CHECK_FALSE(direct(n(0), " \n", kPrecise));
  }
  SECTION("a reason is given") {
    auto kw = precis::parse_json(n(3));
    auto c = precis::Registry::global().build(kId, *kw, kPrecise);
    REQUIRE(c.ok());
    precis::Text t("[a] [b]");
    auto v = (*c)->verdict(t);
    CHECK_FALSE(v.pass);
    CHECK(v.reason == "2 placeholders; expected at least 3");
  }
  SECTION("large inputs stay linear") {
    std::string big(4'000'000, '[');
    CHECK_FALSE(both(kId, n(1), big));
    std::string lines;
    for (int i = 0; i < 200'000; ++i)
      lines += "[[[[[[[[[[ x\n";
    CHECK_FALSE(both(kId, n(1), lines));
    std::string many;
    for (int i = 0; i < 500'000; ++i)
      many += "[p] ";
    CHECK(both(kId, n(500'000), many));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).code() == precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, "{}", s).message().find("num_placeholders") != std::string::npos);
      CHECK(build_error(kId, R"({"num_placeholders": "2"})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_placeholders": 1.5})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_placeholders": -1})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_placeholders": 2, "extra": 1})", s)
                .message()
                .find("unknown kwarg") != std::string::npos);
      CHECK(build_error(kId, R"({"num_placeholders": 2.0})", s).ok());
    }
  }
}
