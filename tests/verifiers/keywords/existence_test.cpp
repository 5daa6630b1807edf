#include <catch2/catch.hpp>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

TEST_CASE("keywords:existence", "[keywords]") {
  constexpr auto kId = "keywords:existence";
  const char* kw = R"({"keywords": ["cat", "dog"]})";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw, "The cat chased the dog."));
    CHECK(both(kId, kw, "DOG and CAT"));
    CHECK_FALSE(both(kId, kw, "The cat sat alone."));
    CHECK_FALSE(both(kId, kw, "Nothing here."));
    CHECK(both(kId, R"({"keywords": ["ice cream"]})", "I like ice cream a lot."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw, ""));
    CHECK_FALSE(both(kId, kw, " \n\t"));
  }
  SECTION("substring matches: reference finds them, precise needs whole words") {
    for (const char* s : {"Category: hotdog", "The cats and dogs", "concatenate dogma"}) {
      INFO(s);
      CHECK(check(kId, kw, s, kRef));
      CHECK_FALSE(check(kId, kw, s, kPrecise));
    }
  }
  SECTION("hyphens and apostrophes separate words in precise") {
    const char* z = R"({"keywords": ["zelda", "quality"]})";
    CHECK(both(kId, z, "Zelda's high-quality lore"));
    CHECK(both(kId, z, "ZELDA\xE2\x80\x99S HIGH-QUALITY LORE"));
    CHECK_FALSE(check(kId, z, "Zeldas qualitys", kPrecise));
  }
  SECTION("phrases: precise matches consecutive words across any separator") {
    const char* ph = R"({"keywords": ["ice cream"]})";
    CHECK_FALSE(check(kId, ph, "ice\ncream", kRef));
    CHECK(check(kId, ph, "ice\ncream", kPrecise));
    CHECK(check(kId, ph, "**ice**  cream", kPrecise));
    CHECK_FALSE(check(kId, ph, "ice creams", kPrecise));
    CHECK(check(kId, ph, "ice creams", kRef));
    CHECK_FALSE(check(kId, ph, "ice cold cream", kPrecise));
  }
  SECTION("non-ASCII: case folding") {
    CHECK(both(kId, R"({"keywords": ["Köln"]})", "Wir fahren nach KÖLN."));
    CHECK(both(kId, R"({"keywords": ["σοφία"]})", "Η ΣΟΦΊΑ είναι"));
    // Full folding: ß == ss only in precise.
    CHECK_FALSE(check(kId, R"({"keywords": ["straße"]})", "DIE STRASSE", kRef));
    CHECK(check(kId, R"({"keywords": ["straße"]})", "DIE STRASSE", kPrecise));
    // Simple folding: the Kelvin sign is k in both.
    CHECK(both(kId, R"({"keywords": ["kilo"]})", "\xE2\x84\xAAILO"));
  }
  SECTION("Python's IGNORECASE classes in reference") {
    // re.search('istanbul', 'İSTANBUL', re.I) and re.search('ı', 'I', re.I) match in Python.
    CHECK(check(kId, R"({"keywords": ["istanbul"]})", "\xC4\xB0STANBUL", kRef));
    CHECK(check(kId, R"({"keywords": ["k\u0131rm\u0131z\u0131"]})", "KIRMIZI", kRef));
    CHECK(check(kId, R"({"keywords": ["\u0130"]})", "i", kRef));
    CHECK(check(kId, R"({"keywords": ["\ufb05"]})", "\xEF\xAC\x86", kRef));
    CHECK_FALSE(check(kId, R"({"keywords": ["\ufb06"]})", "ST", kRef));
    CHECK_FALSE(check(kId, R"({"keywords": ["istanbul"]})", "\xC4\xB0STANBU", kRef));
  }
  SECTION("zero-width characters inside a word") {
    const char* s =
        "a c\xE2\x80\x8B"
        "at sat";
    CHECK_FALSE(check(kId, R"({"keywords": ["cat"]})", s, kRef));
    CHECK(check(kId, R"({"keywords": ["cat"]})", s, kPrecise));
  }
  SECTION("CRLF and markdown") {
    CHECK(both(kId, kw, "# Cat\r\n\r\n* **dog**\r\n"));
  }
  SECTION("invalid UTF-8 is handled") {
    CHECK(both(kId, kw,
               "\xFF"
               "cat \xC3 dog\xFE"));
    CHECK_FALSE(both(kId, kw, "\xFF\xFE\xC3"));
  }
  SECTION("empty keyword: reference always finds it, precise refuses it") {
    CHECK(check(kId, R"({"keywords": [""]})", "anything", kRef));
    CHECK_FALSE(build_error(kId, R"({"keywords": [""]})", kPrecise).ok());
  }
  SECTION("regex kwargs") {
    // '.' and escaped punctuation are reproduced in reference.
    CHECK(check(kId, R"({"keywords": ["c.t"]})", "a cut", kRef));
    CHECK_FALSE(check(kId, R"({"keywords": ["c.t"]})", "c\nt", kRef));
    CHECK(check(kId, R"({"keywords": ["U\\.S\\."]})", "the u.s. economy", kRef));
    CHECK_FALSE(check(kId, R"({"keywords": ["U\\.S\\."]})", "the USA economy", kRef));
    // Other regex syntax fails closed in reference.
    for (const char* k : {R"({"keywords": ["C++"]})", R"({"keywords": ["a|b"]})",
                          R"j({"keywords": ["(x)"]})j", R"({"keywords": ["\\w+"]})"}) {
      INFO(k);
      auto st = build_error(kId, k, kRef);
      CHECK(st.code() == precis::StatusCode::kInvalidArgument);
      CHECK(st.message().find("keywords") != std::string::npos);
    }
    // precise: literal words only.
    CHECK(build_error(kId, R"({"keywords": ["C++"]})", kPrecise).message().find("outside a word") !=
          std::string::npos);
    CHECK(build_error(kId, R"({"keywords": ["well-known"]})", kPrecise).ok());
    CHECK(check(kId, R"({"keywords": ["well-known"]})", "a well-known fact", kPrecise));
    CHECK(check(kId, R"({"keywords": ["well-known"]})", "a well known fact", kPrecise));
    CHECK(check(kId, R"({"keywords": ["don't"]})", "I DON\xE2\x80\x99T know", kPrecise));
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(
        "keywords:existence", *precis::parse_json(R"({"keywords": ["cat"]})"), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B \xEF\xBB\xBF\n");
    CHECK_FALSE((*c)->check(t, nullptr));
    precis::Text e("");
    CHECK_FALSE((*c)->check(e, nullptr));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("missing required kwarg \"keywords\"") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"keywords": "cat"})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"keywords": [1]})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"keywords": []})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"keywords": ["a"], "x": 1})", s).message().find("unknown kwarg") !=
            std::string::npos);
    }
  }
}
