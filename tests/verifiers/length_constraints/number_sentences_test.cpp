#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "length_constraints:number_sentences";

std::string kw(int n, const char* relation) {
  return "{\"num_sentences\": " + std::to_string(n) + ", \"relation\": \"" + relation + "\"}";
}

bool count_is(int n, std::string_view response, precis::Semantics s) {
  return check(kId, kw(n, "at least"), response, s) &&
         !check(kId, kw(n + 1, "at least"), response, s) &&
         check(kId, kw(n + 1, "less than"), response, s) &&
         !check(kId, kw(n, "less than"), response, s);
}

bool raw_check(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("length_constraints:number_sentences", "[length_constraints]") {
  SECTION("nltk 3.8 Punkt counts (specs/ifeval.md section 2), both semantics") {
    struct Case {
      const char* text;
      int n;
    };
    for (const Case& c :
         {Case{"1. First item. 2. Second item.", 4}, Case{"Dr. Smith went home. He slept.", 2},
          Case{"e.g. this. i.e. that.", 4}, Case{"Wait... what? Yes!", 2},
          Case{"U.S.A. is big. Really.", 2}, Case{"Mr. X met Ms. Y.", 1},
          Case{"Line one\nLine two", 1}}) {
      INFO(c.text);
      CHECK(count_is(c.n, c.text, kRef));
      CHECK(count_is(c.n, c.text, kPrecise));
    }
  }
  SECTION("pass and fail") {
    CHECK(both(kId, kw(2, "at least"), "One. Two. Three."));
    CHECK_FALSE(both(kId, kw(3, "less than"), "One. Two. Three."));
  }
  SECTION("non-ASCII text") {
    CHECK(count_is(2, "Привет. Как дела?", kRef));
    CHECK(count_is(2, "Привет. Как дела?", kPrecise));
    CHECK(count_is(2, "Καλημέρα. Τι κάνεις;", kRef));
    CHECK(count_is(2, "Καλημέρα. Τι κάνεις;", kPrecise));
    CHECK(count_is(2, "नमस्ते दुनिया। यह एक वाक्य है. दूसरा वाक्य।", kRef));
  }
  SECTION("precise: a line break after a list item or heading ends a sentence") {
    const char* list = "Here are the fruits:\n- apple\n- banana\n- cherry";
    CHECK(count_is(1, list, kRef));
    CHECK(count_is(3, list, kPrecise));
    CHECK(count_is(1, "# Title\nBody text here.", kRef));
    CHECK(count_is(2, "# Title\nBody text here.", kPrecise));
    CHECK(count_is(1, "1) first\n2) second", kRef));
    CHECK(count_is(2, "1) first\n2) second", kPrecise));
    CHECK(count_is(1, "* one\r\n* two", kRef));
    CHECK(count_is(2, "* one\r\n* two", kPrecise));
  }
  SECTION("precise: no extra break where Punkt already ends the sentence, or for other lines") {
    CHECK(count_is(2, "- apple.\n- banana.", kRef));
    CHECK(count_is(2, "- apple.\n- banana.", kPrecise));
    CHECK(count_is(1, "#hashtag\nmore words", kPrecise));
    CHECK(count_is(1, "-5 degrees\nis cold", kPrecise));
    CHECK(count_is(1, "Plain line\nanother line", kPrecise));
    CHECK(count_is(1, "- \nword", kPrecise));  // an empty item
  }
  SECTION("blank text: precise fails by itself") {
    CHECK(raw_check(kw(1, "less than"), "  \n", kRef));
    CHECK_FALSE(raw_check(kw(1, "less than"), "  \n", kPrecise));
    CHECK_FALSE(both(kId, kw(1, "less than"), ""));
  }
  SECTION("invalid UTF-8") {
    CHECK(count_is(2, "Bad \xFF bytes. Still fine.", kRef));
    CHECK(count_is(2, "Bad \xFF bytes. Still fine.", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(build_error(kId, R"({"relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_sentences": 2})", kRef).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_sentences": [2], "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_sentences": 2, "relation": "exactly"})", kPrecise).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_sentences": 2, "relation": "at least", "num_words": 3})",
                      kPrecise)
              .code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, R"({"num_sentences": -2, "relation": "at least"})", kRef).code() ==
          StatusCode::kInvalidArgument);
  }
}
