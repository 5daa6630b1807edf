#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:title";

bool direct(std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, precis::Value::dict({}), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

}  // namespace

TEST_CASE("detectable_format:title", "[detectable_format]") {
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, "{}", "<<Poem of Joy>>\nThe sun is up."));
    CHECK(both(kId, "{}", "Text first\n\n<<A Title>>"));
    CHECK(both(kId, "{}", "<<<x>>>"));
    CHECK(both(kId, "{}", "<<>> and <<y>>"));
    CHECK(both(kId, "{}", "<<a>>>"));
    CHECK(both(kId, "{}", "<<!>>"));
    CHECK_FALSE(both(kId, "{}", "No title here."));
    CHECK_FALSE(both(kId, "{}", "<<>>"));
    CHECK_FALSE(both(kId, "{}", "<< >>"));
    CHECK_FALSE(both(kId, "{}", "<<\xC2\xA0\t>>"));
    CHECK_FALSE(both(kId, "{}", "<<a>"));
    CHECK_FALSE(both(kId, "{}", "<a>>"));
    CHECK_FALSE(both(kId, "{}", ">>a<<"));
    CHECK_FALSE(both(kId, "{}", "<<a\nb>>"));
    CHECK_FALSE(both(kId, "{}", "<<<>>>"));
  }
  SECTION("reference spans from the first << to the last >> of a line") {
    CHECK(check(kId, "{}", "<<>> and <<>>", kRef));
    CHECK_FALSE(check(kId, "{}", "<<>> and <<>>", kPrecise));
    CHECK(check(kId, "{}", "<< >> x << >>", kRef));
    CHECK_FALSE(check(kId, "{}", "<< >> x << >>", kPrecise));
  }
  SECTION("invisible characters count only in reference") {
    CHECK(check(kId, "{}", "<<\xE2\x80\x8B>>", kRef));  // U+200B
    CHECK_FALSE(check(kId, "{}", "<<\xE2\x80\x8B>>", kPrecise));
    CHECK(check(kId, "{}", "<<\xEF\xBB\xBF>>", kRef));  // U+FEFF
    CHECK_FALSE(check(kId, "{}", "<<\xEF\xBB\xBF>>", kPrecise));
    CHECK(check(kId, "{}", "<< < >>", kRef));
    CHECK_FALSE(check(kId, "{}", "<< < >>", kPrecise));
  }
  SECTION("non-ASCII, CRLF, markdown, invalid UTF-8") {
    CHECK(both(kId, "{}", "<<Заголовок>>\nТекст"));
    CHECK(both(kId, "{}", "<<春の歌>>"));
    CHECK(both(kId, "{}", "<<Title>>\r\nBody\r\n"));
    CHECK(both(kId, "{}", "# <<Title>>\n\n**Body**"));
    CHECK(both(kId, "{}", "<<\xFF>>"));
    CHECK_FALSE(both(kId, "{}", "<<\r>>"));
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \n "));
    CHECK_FALSE(direct(" \n ", kRef));
    CHECK_FALSE(direct(" \n ", kPrecise));
  }
  SECTION("large inputs stay linear") {
    std::string opens;
    for (int i = 0; i < 1'000'000; ++i)
      opens += "<<";
    CHECK_FALSE(both(kId, "{}", opens));
    std::string empties;
    for (int i = 0; i < 500'000; ++i)
      empties += "<<>> ";
    CHECK(check(kId, "{}", empties, kRef));
    CHECK_FALSE(check(kId, "{}", empties, kPrecise));
    std::string lines;
    for (int i = 0; i < 300'000; ++i)
      lines += "<< >>\n";
    CHECK(both(kId, "{}", lines + "<<end>>x"));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto err = build_error(kId, R"({"title": "x"})", s);
      CHECK(err.code() == precis::StatusCode::kInvalidArgument);
      CHECK(err.message().find("takes no kwargs") != std::string::npos);
    }
  }
}
