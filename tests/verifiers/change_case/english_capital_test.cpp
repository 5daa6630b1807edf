#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "change_case:english_capital";

bool raw_check(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json("{}"), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("change_case:english_capital", "[change_case]") {
  SECTION("English in capitals passes, other case or languages fail") {
    CHECK(both(kId, "{}", "THIS IS A LONG ENGLISH SENTENCE ABOUT THE WEATHER AND THE OCEAN."));
    CHECK(both(kId, "{}", "FARE INSIGHT ANALYTICS"));
    CHECK_FALSE(both(kId, "{}", "THIS IS A LONG ENGLISH SENTENCE ABOUT THE WEATHEr."));
    CHECK_FALSE(both(kId, "{}", "This is a long English sentence about the weather."));
    CHECK_FALSE(
        both(kId, "{}", "CECI EST UNE PHRASE EN FRANÇAIS SUR LE TEMPS QU'IL FAIT AUJOURD'HUI."));
  }
  SECTION("Greek and Turkish capitals are not English") {
    CHECK_FALSE(both(kId, "{}", "ΚΑΛΗΜΕΡΑ ΣΕ ΟΛΟΥΣ ΤΟΥΣ ΦΙΛΟΥΣ ΜΑΣ ΣΗΜΕΡΑ"));
    CHECK_FALSE(both(kId, "{}", "İSTANBUL ÇOK GÜZEL BİR ŞEHİR VE HERKES ORAYI SEVİYOR"));
  }
  SECTION("too little text to detect a language fails (upstream keys 2341, 2571)") {
    CHECK_FALSE(both(kId, "{}", "YES"));
    CHECK_FALSE(both(kId, "{}", "A"));
  }
  SECTION("no cased letter fails") {
    CHECK_FALSE(both(kId, "{}", "123 !!!"));
    CHECK_FALSE(both(kId, "{}", "हिन्दी भाषा"));
  }
  SECTION("markdown and CRLF") {
    CHECK(both(kId, "{}",
               "# TITLE\r\n\r\n* ITEM ONE ABOUT THE WEATHER TODAY\r\n* ITEM TWO ABOUT THE OCEAN "
               "AND WAVES"));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, "{}", "THIS IS \xFF A LONG ENGLISH SENTENCE ABOUT THE WEATHER AND THE SEA."));
  }
  SECTION("no letters to detect from: reference passes (LangDetectException), precise fails") {
    // Circled letters are uppercase (Other_Uppercase) but give a detector nothing to use.
    const char* circled = "\u24BD\u24BA\u24C1\u24C1\u24C4 \u24CC\u24C4\u24C7\u24C1\u24B9";
    CHECK(check(kId, "{}", circled, kRef));
    CHECK_FALSE(check(kId, "{}", circled, kPrecise));
  }
  SECTION("mixed languages: CLD2 reports the other language, both semantics fail") {
    const char* mixed =
        "THE WEATHER IS VERY NICE TODAY AND WE ARE GOING FOR A WALK IN THE PARK WITH OUR FRIENDS "
        "AND FAMILY. WE WILL BRING SANDWICHES. DAS WETTER IST HEUTE SCHÖN UND WIR GEHEN IM PARK "
        "SPAZIEREN.";
    CHECK_FALSE(both(kId, "{}", mixed));
  }
  SECTION("blank text: precise fails by itself") {
    CHECK_FALSE(raw_check(" \n", kPrecise));
    CHECK_FALSE(both(kId, "{}", ""));
  }
  SECTION("bad kwargs") {
    CHECK(build_error(kId, R"({"language": "en"})", kRef).code() ==
          precis::StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"x": null})", kPrecise).ok());
  }
}
