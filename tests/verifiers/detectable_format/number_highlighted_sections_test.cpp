#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:number_highlighted_sections";

std::string n(int k) {
  return "{\"num_highlights\": " + std::to_string(k) + "}";
}

bool direct(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto kw = precis::parse_json(kwargs);
  REQUIRE(kw.ok());
  auto c = precis::Registry::global().build(kId, *kw, s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

// The number of highlights `s` sees: the largest k that passes ("at least N").
int count(std::string_view response, precis::Semantics s) {
  int k = 0;
  while (k < 50 && check(kId, n(k + 1), response, s))
    ++k;
  return k;
}

}  // namespace

TEST_CASE("detectable_format:number_highlighted_sections", "[detectable_format]") {
  SECTION("pass, fail and the boundary") {
    const char* r = "Here is *one* and *two* and **three**.";
    CHECK(both(kId, n(3), r));
    CHECK_FALSE(both(kId, n(4), r));
    CHECK(both(kId, n(0), "nothing highlighted"));
    CHECK_FALSE(both(kId, n(1), "nothing highlighted"));
  }
  SECTION("the spec's examples, reference") {
    CHECK(count("*a*", kRef) == 1);
    CHECK(count("**a**", kRef) == 1);
    CHECK(count("***a***", kRef) == 2);
    CHECK(count("*a* **b**", kRef) == 2);
    CHECK(count("*a*b*c*", kRef) == 2);
    CHECK(count("* a\n* b", kRef) == 0);
    CHECK(count("** **", kRef) == 0);
    CHECK(count("*a\nb*", kRef) == 0);
    CHECK(count("**a*", kRef) == 0);
    CHECK(count("****", kRef) == 0);
  }
  SECTION("the same examples, precise") {
    CHECK(count("*a*", kPrecise) == 1);
    CHECK(count("**a**", kPrecise) == 1);
    CHECK(count("***a***", kPrecise) == 1);
    CHECK(count("*a* **b**", kPrecise) == 2);
    CHECK(count("*a*b*c*", kPrecise) == 2);
    CHECK(count("* a\n* b", kPrecise) == 0);
    CHECK(count("** **", kPrecise) == 0);
    CHECK(count("*a\nb*", kPrecise) == 0);
  }
  SECTION("differences") {
    CHECK(count("*a**", kRef) == 1);  // unequal runs
    CHECK(count("*a**", kPrecise) == 0);
    CHECK(count("* a * b *", kRef) == 1);  // whitespace inside the delimiters
    CHECK(count("* a * b *", kPrecise) == 0);
    CHECK(count("*\xE2\x80\x8B*", kRef) == 1);  // only a zero-width space
    CHECK(count("*\xE2\x80\x8B*", kPrecise) == 0);
    CHECK(count("*\xC2\xA0*", kRef) == 0);  // NBSP is Python whitespace
    CHECK(count("****a****", kPrecise) == 0);
    CHECK(count("* This is *important*", kPrecise) == 1);
    CHECK(count("* This is *important*", kRef) == 1);
  }
  SECTION("non-ASCII, CRLF, markdown, invalid UTF-8") {
    CHECK(both(kId, n(2), "*важно* и **срочно**"));
    CHECK(both(kId, n(2), "*a*\r\n*b*\r\n"));
    CHECK(both(kId, n(2), "# Title\n\n**Bold** and *italic* text.\n\n* bullet"));
    CHECK(both(kId, n(1), "*\xFF*"));
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, n(0), ""));
    CHECK_FALSE(both(kId, n(0), "\n\n"));
    CHECK(direct(n(0), "\n\n", kRef));
    CHECK_FALSE(direct(n(0), "\n\n", kPrecise));
  }
  SECTION("large inputs stay linear") {
    std::string stars(3'000'000, '*');
    CHECK_FALSE(both(kId, n(1), stars));
    std::string open;
    for (int i = 0; i < 500'000; ++i)
      open += "**a\n";
    CHECK_FALSE(both(kId, n(1), open));
    std::string many;
    for (int i = 0; i < 300'000; ++i)
      many += "*x* ";
    CHECK(both(kId, n(300'000), many));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("num_highlights") != std::string::npos);
      CHECK(build_error(kId, R"({"num_highlights": true})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_highlights": -1})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_highlights": 1, "num": 1})", s)
                .message()
                .find("unknown kwarg") != std::string::npos);
    }
  }
}
