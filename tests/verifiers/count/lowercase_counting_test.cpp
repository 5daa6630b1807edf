#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "count:lowercase_counting";

std::string kw(int n) {
  return R"({"N": )" + std::to_string(n) + "}";
}

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(const std::string& kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("count:lowercase_counting", "[count]") {
  SECTION("pass, fail and the boundary") {
    CHECK(both(kId, kw(1), "ALL CAPS HERE."));
    CHECK(both(kId, kw(1), "Proper Nouns Only"));
    CHECK(both(kId, kw(3), "The cat sat down."));
    CHECK_FALSE(both(kId, kw(2), "The cat sat down."));
    CHECK(both(kId, kw(4), "The cat sat on mats."));
    CHECK_FALSE(both(kId, kw(3), "The cat sat on mats."));
  }
  SECTION("markdown and punctuation do not join words") {
    CHECK(both(kId, kw(3), "**bold**, *it*; `code`"));
    CHECK_FALSE(both(kId, kw(2), "**bold**, *it*; `code`"));
  }
  SECTION("CRLF") {
    CHECK(both(kId, kw(3), "one\r\ntwo\r\nthree\r\n"));
    CHECK_FALSE(both(kId, kw(2), "one\r\ntwo\r\nthree\r\n"));
  }
  SECTION("precise: words with non-ASCII lowercase letters count") {
    CHECK(check(kId, kw(1),
                "na\xC3\xAFve caf\xC3\xA9 \xC3\xBC"
                "ber",
                kRef));
    CHECK_FALSE(check(kId, kw(2),
                      "na\xC3\xAFve caf\xC3\xA9 \xC3\xBC"
                      "ber",
                      kPrecise));
    CHECK(check(kId, kw(3),
                "na\xC3\xAFve caf\xC3\xA9 \xC3\xBC"
                "ber",
                kPrecise));
  }
  SECTION("precise: words with digits count, underscores separate") {
    CHECK(check(kId, kw(1), "abc123 XYZ", kRef));  // abc123 is not [a-z]+ between \b
    CHECK(check(kId, kw(1), "abc123 XYZ", kPrecise));
    CHECK_FALSE(check(kId, kw(1), "abc123 xyz", kPrecise));
    CHECK(check(kId, kw(1), "snake_case", kRef));
    CHECK_FALSE(check(kId, kw(1), "snake_case", kPrecise));
  }
  SECTION("precise: hyphens and apostrophes stay inside words") {
    CHECK_FALSE(check(kId, kw(2), "well-known don't", kRef));
    CHECK(check(kId, kw(2), "well-known don't", kPrecise));
  }
  SECTION("caseless and mixed-case words are not lowercase") {
    CHECK(both(kId, kw(1), "\xE4\xB8\xAD\xE6\x96\x87 iPhone McDonald ok"));
  }
  SECTION("invalid UTF-8 separates words") {
    CHECK(both(kId, kw(2),
               "ab\xFF"
               "cd"));
    CHECK_FALSE(both(kId, kw(1),
                     "ab\xFF"
                     "cd\xC3"));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw(5), ""));
    CHECK_FALSE(both(kId, kw(5), " \r\n"));
    CHECK_FALSE(ungated(kw(5), "\xE2\x80\x8B", kPrecise));
    CHECK(ungated(kw(5), "\xE2\x80\x8B", kRef));
    CHECK(both(kId, kw(1), "123 !!!"));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto zero = build_error(kId, kw(0), s);
      CHECK(zero.message().find(kId) != std::string::npos);
      CHECK(zero.message().find("\"N\"") != std::string::npos);
      CHECK_FALSE(build_error(kId, kw(-2), s).ok());
      CHECK(build_error(kId, "{}", s).message().find("\"N\"") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"N": "3"})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2.5})", s).ok());
      CHECK(build_error(kId, R"({"N": 2.0})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2, "relation": "at most"})", s).ok());
    }
  }
}
