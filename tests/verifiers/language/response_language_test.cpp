#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "language:response_language";

std::string kw(const char* code) {
  return std::string("{\"language\": \"") + code + "\"}";
}

bool raw_check(const char* code, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kw(code)), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("language:response_language", "[language]") {
  SECTION("the right language passes, another fails") {
    const char* de = "Das Wetter ist heute sehr schön und wir gehen im Park spazieren.";
    CHECK(both(kId, kw("de"), de));
    CHECK_FALSE(both(kId, kw("en"), de));
    CHECK_FALSE(both(kId, kw("fr"), de));
    CHECK(both(kId, kw("fr"), "Bonjour tout le monde, comment allez-vous aujourd'hui ?"));
    CHECK(both(kId, kw("ja"), "今日はとても良い天気ですね。公園に散歩に行きましょう。"));
    CHECK(both(kId, kw("ru"), "Сегодня очень хорошая погода, и мы идём гулять в парк."));
  }
  SECTION("Hindi with combining marks") {
    CHECK(both(kId, kw("hi"), "मैं आज बाज़ार जा रहा हूँ और वहाँ से फल और सब्ज़ियाँ खरीदूँगा।"));
    CHECK_FALSE(both(kId, kw("mr"), "मैं आज बाज़ार जा रहा हूँ और वहाँ से फल और सब्ज़ियाँ खरीदूँगा।"));
  }
  SECTION("Hebrew: CLD2's iw is reported as he") {
    CHECK(both(kId, kw("he"), "שלום לכולם, היום אנחנו הולכים לים ליהנות מהשמש החמה."));
  }
  SECTION("Greek and Turkish are not in IFEval's list but must not pass as something else") {
    CHECK_FALSE(both(kId, kw("en"), "Καλημέρα σε όλους τους φίλους μας σήμερα το πρωί."));
    CHECK_FALSE(both(kId, kw("de"), "İstanbul çok güzel bir şehir ve herkes orayı seviyor."));
  }
  SECTION("markdown and CRLF") {
    CHECK(both(kId, kw("es"),
               "# Título\r\n\r\n* El tiempo es muy bueno hoy.\r\n* Vamos a caminar por el parque "
               "con nuestros amigos."));
  }
  SECTION("too little text: an unreliable guess fails") {
    CHECK_FALSE(both(kId, kw("de"), "Hallo"));
  }
  SECTION("no letters: reference passes (LangDetectException), precise fails") {
    for (const char* s : {"12345 !!!", "😀😀", "3.14 + 2 = 5.14"}) {
      INFO(s);
      CHECK(check(kId, kw("de"), s, kRef));
      CHECK_FALSE(check(kId, kw("de"), s, kPrecise));
    }
  }
  SECTION("mixed languages: precise needs the language in most of the text") {
    const char* mixed =
        "The weather is very nice today and we are going for a walk in the park with our friends "
        "and family. Das Wetter ist heute sehr schön und wir gehen im Park spazieren.";
    CHECK(check(kId, kw("de"), mixed, kRef));
    CHECK_FALSE(check(kId, kw("de"), mixed, kPrecise));
    CHECK_FALSE(check(kId, kw("en"), mixed, kPrecise));
  }
  SECTION("invalid UTF-8") {
    CHECK(both(kId, kw("de"), "Das Wetter ist \xFF heute sehr schön und wir gehen spazieren."));
  }
  SECTION("blank text: precise fails by itself") {
    CHECK(raw_check("en", " \n", kRef));
    CHECK_FALSE(raw_check("en", " \n", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(build_error(kId, "{}", kRef).message().find("language") != std::string::npos);
    CHECK(build_error(kId, R"({"language": 1})", kRef).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw("xx"), kRef).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw("zh"), kPrecise).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw("iw"), kPrecise).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw("EN"), kRef).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"language": "en", "lang": "en"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    for (const char* code : {"en", "es", "pt", "ar", "hi", "fr", "ru", "de", "ja", "it",
                             "bn", "uk", "th", "ur", "ta", "te", "bg", "ko", "pl", "he",
                             "fa", "vi", "ne", "sw", "kn", "mr", "gu", "pa", "ml", "fi"}) {
      INFO(code);
      CHECK(build_error(kId, kw(code), kPrecise).ok());
    }
  }
}
