#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:number_bullet_lists";

std::string n(int k) {
  return "{\"num_bullets\": " + std::to_string(k) + "}";
}

bool direct(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto kw = precis::parse_json(kwargs);
  REQUIRE(kw.ok());
  auto c = precis::Registry::global().build(kId, *kw, s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

// The number of bullets `s` sees (the check is "exactly N").
int count(std::string_view response, precis::Semantics s) {
  for (int k = 0; k < 50; ++k)
    if (check(kId, n(k), response, s)) return k;
  return -1;
}

}  // namespace

TEST_CASE("detectable_format:number_bullet_lists", "[detectable_format]") {
  SECTION("pass and fail: exactly N") {
    const char* r = "Points:\n* This is point 1.\n* This is point 2";
    CHECK(both(kId, n(2), r));
    CHECK_FALSE(both(kId, n(1), r));
    CHECK_FALSE(both(kId, n(3), r));
    CHECK(both(kId, n(3), "- a\n- b\n- c"));
    CHECK(both(kId, n(0), "No list here."));
    CHECK(both(kId, n(2), "* a\n  * nested"));
    CHECK(both(kId, n(2), "\t- tab\n   - spaces"));
  }
  SECTION("what neither counts") {
    CHECK(count("**Bold** heading\n**Another**", kRef) == 0);
    CHECK(count("**Bold** heading\n**Another**", kPrecise) == 0);
    CHECK(count("• a\n• b\n1. c\n2) d", kRef) == 0);
    CHECK(count("• a\n• b\n1. c\n2) d", kPrecise) == 0);
    CHECK(count("text * not at start - either", kRef) == 0);
    CHECK(count("text * not at start - either", kPrecise) == 0);
  }
  SECTION("italic lines, rules and numbers count only in reference") {
    CHECK(count("*italic* line\n* a", kRef) == 2);
    CHECK(count("*italic* line\n* a", kPrecise) == 1);
    CHECK(count("* a\n---\n* b", kRef) == 3);
    CHECK(count("* a\n---\n* b", kPrecise) == 2);
    CHECK(count("* * *", kRef) == 1);
    CHECK(count("* * *", kPrecise) == 0);
    CHECK(count("- - -\n___\n***", kRef) == 1);
    CHECK(count("- - -\n___\n***", kPrecise) == 0);
    CHECK(count("-5 degrees\n-x", kRef) == 2);
    CHECK(count("-5 degrees\n-x", kPrecise) == 0);
  }
  SECTION("plus items count only in precise") {
    CHECK(count("+ a\n+ b", kRef) == 0);
    CHECK(count("+ a\n+ b", kPrecise) == 2);
  }
  SECTION("reference regex quirks: \\s* crosses lines, [^\\*] takes a newline") {
    CHECK(count("\n\n  * a", kRef) == 1);
    CHECK(count("*\nfoo\n* a", kRef) == 2);  // the lone `*` swallows "foo"
    CHECK(count("*\nfoo\n* a", kPrecise) == 1);
    CHECK(count("*\n\n* a", kRef) == 2);
    CHECK(count("*\n* a", kRef) == 1);  // `*\n` then `* a` is swallowed by `.*`
    CHECK(count("-", kRef) == 1);
    CHECK(count("-", kPrecise) == 0);
    CHECK(count("- ", kPrecise) == 0);
    CHECK(count("*", kRef) == 0);
    CHECK(count("**", kRef) == 0);
    CHECK(count("\xC2\xA0* nbsp\n\xE2\x80\xA8- ls", kRef) == 2);  // Python's \s
    CHECK(count("\x1c* a", kRef) == 1);
    CHECK(count("\xC2\xA0* nbsp", kPrecise) == 1);
  }
  SECTION("CRLF, markdown, non-ASCII, invalid UTF-8") {
    CHECK(both(kId, n(2), "* a\r\n* b\r\n"));
    CHECK(both(kId, n(2), "# Title\n\n* **Bold** item\n* item with `code`\n\nText."));
    CHECK(both(kId, n(3), "* 日本\n* 中国\n- Ελλάδα"));
    CHECK(both(kId, n(1), "* \xFF\xFE"));
    CHECK(check(kId, n(1), "*\xC3\xA9 x", kRef));  // reference: `*` then é
    CHECK(count("*\xC3\xA9 x", kPrecise) == 0);
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, n(0), ""));
    CHECK_FALSE(both(kId, n(0), "  \n "));
    CHECK(direct(n(0), "  \n ", kRef));
    CHECK_FALSE(direct(n(0), "  \n ", kPrecise));
  }
  SECTION("large inputs stay linear") {
    std::string ws(3'000'000, ' ');
    for (size_t i = 0; i < ws.size(); i += 3)
      ws[i] = '\n';
    CHECK(both(kId, n(0), ws + "x"));
    std::string stars;
    for (int i = 0; i < 300'000; ++i)
      stars += "*\n";
    CHECK(check(kId, n(150'000), stars, kRef));
    std::string items;
    for (int i = 0; i < 300'000; ++i)
      items += "* item\n";
    CHECK(both(kId, n(300'000), items));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("num_bullets") != std::string::npos);
      CHECK(build_error(kId, R"({"num_bullets": "3"})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_bullets": -2})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"num_bullets": 3, "relation": "at least"})", s)
                .message()
                .find("unknown kwarg") != std::string::npos);
    }
  }
}
