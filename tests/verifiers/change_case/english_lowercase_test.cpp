#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "change_case:english_lowercase";

bool raw_check(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("change_case:english_lowercase", "[change_case]") {
  SECTION("English in lowercase passes, other case or languages fail") {
    CHECK(both(kId, "{}", "cat was too busy chasing a mouse."));
    CHECK(both(kId, "{}", "what are the two young boys holding?"));
    CHECK_FALSE(both(kId, "{}", "Cat was too busy chasing a mouse."));
    CHECK_FALSE(both(kId, "{}", "cat was too busy chasing a mouse. I think."));
    CHECK_FALSE(both(kId, "{}", "ceci est une phrase en français sur le temps qu'il fait."));
  }
  SECTION("Greek and Turkish lowercase are not English") {
    CHECK_FALSE(both(kId, "{}", "καλημέρα σε όλους τους φίλους μας σήμερα το πρωί"));
    CHECK_FALSE(both(kId, "{}", "istanbul çok güzel bir şehir ve herkes orayı seviyor"));
  }
  SECTION("a titlecase letter is neither upper nor lower") {
    CHECK_FALSE(both(kId, "{}", "the \u01C5 letter is in this english sentence about the sea"));
  }
  SECTION("too little text to detect a language fails (upstream key 202)") {
    CHECK_FALSE(both(kId, "{}", "etchings"));
  }
  SECTION("no cased letter fails") {
    CHECK_FALSE(both(kId, "{}", "123 !!!"));
  }
  SECTION("markdown and CRLF") {
    CHECK(both(kId, "{}",
               "# title\r\n\r\n* item one about the weather today\r\n* item two about the ocean "
               "and the waves"));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}", "this is \xFF a long english sentence about the weather and the sea."));
  }
  SECTION("mixed languages: CLD2 reports the other language, both semantics fail") {
    const char* mixed =
        "the weather is very nice today and we are going for a walk in the park with our friends "
        "and family. we will bring sandwiches. das wetter ist heute schön und wir gehen im park "
        "spazieren.";
    CHECK_FALSE(both(kId, "{}", mixed));
  }
  SECTION("no letters to detect from: reference passes (LangDetectException), precise fails") {
    // Circled small letters are lowercase (Other_Lowercase) but give a detector nothing to use.
    const char* circled = "\u24D7\u24D4\u24DB\u24DB\u24DE \u24E6\u24DE\u24E1\u24DB\u24D3";
    CHECK(check(kId, "{}", circled, kRef));
    CHECK_FALSE(check(kId, "{}", circled, kPrecise));
  }
  SECTION("blank text: precise fails by itself") {
    CHECK_FALSE(raw_check("\t", kPrecise));
    CHECK_FALSE(both(kId, "{}", " "));
  }
  SECTION("bad kwargs") {
    CHECK(build_error(kId, R"({"language": "en"})", kPrecise).code() ==
          precis::StatusCode::kInvalidArgument);
  }
}
