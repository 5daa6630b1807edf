#include <catch2/catch.hpp>

#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "length_constraints:nth_paragraph_first_word";

std::string kw(int num, int nth, const char* word) {
  return "{\"num_paragraphs\": " + std::to_string(num) +
         ", \"nth_paragraph\": " + std::to_string(nth) + ", \"first_word\": \"" + word + "\"}";
}

bool raw_check(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text text(response);
  return (*c)->check(text, nullptr);
}

}  // namespace

TEST_CASE("length_constraints:nth_paragraph_first_word", "[length_constraints]") {
  const char* two = "Weekend plans are set.\n\nSecond paragraph here.";
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kw(2, 1, "weekend"), two));
    CHECK(both(kId, kw(2, 2, "second"), two));
    CHECK(both(kId, kw(2, 2, "Second"), two));  // first_word is compared case-insensitively
    CHECK_FALSE(both(kId, kw(2, 1, "second"), two));
    CHECK_FALSE(both(kId, kw(2, 1, "week"), two));
  }
  SECTION("the paragraph count must be exact") {
    CHECK_FALSE(both(kId, kw(3, 1, "weekend"), two));
    CHECK_FALSE(both(kId, kw(3, 3, "weekend"), two));
    CHECK(both(kId, kw(1, 1, "weekend"), "Weekend plans are set."));
  }
  SECTION("quotes and punctuation that both semantics strip") {
    CHECK(both(kId, kw(2, 1, "weekend"), "\"Weekend,\" he said.\n\nB"));
    CHECK(both(kId, kw(2, 1, "weekend"), "'Weekend!' he said.\n\nB"));
    CHECK(both(kId, kw(2, 1, "weekend"), "Weekend. More.\n\nB"));
  }
  SECTION("markdown and typographic quotes: only precise ignores them") {
    for (const char* s : {"**Weekend** plans\n\nB", "“Weekend” plans\n\nB", "## Weekend:\n\nB",
                          "> Weekend plans\n\nB", "Weekend: plans\n\nB"}) {
      INFO(s);
      CHECK_FALSE(check(kId, kw(2, 1, "weekend"), s, kRef));
      CHECK(check(kId, kw(2, 1, "weekend"), s, kPrecise));
    }
  }
  SECTION("an apostrophe: reference cuts the word, precise keeps it") {
    CHECK(check(kId, kw(2, 1, "it"), "It's here.\n\nB", kRef));
    CHECK_FALSE(check(kId, kw(2, 1, "it"), "It's here.\n\nB", kPrecise));
    CHECK(check(kId, kw(2, 1, "it's"), "It’s here.\n\nB", kPrecise));
  }
  SECTION("blank pieces: reference indexes the raw split, precise the paragraphs") {
    CHECK_FALSE(check(kId, kw(2, 2, "b"), "A\n\n\n\nB", kRef));
    CHECK(check(kId, kw(2, 2, "b"), "A\n\n\n\nB", kPrecise));
    CHECK(both(kId, kw(2, 2, "b"), "A\n\n\nB"));  // the leading "\n" of "\nB" is stripped
    CHECK(both(kId, kw(2, 2, "b"), "A\n\n  \t\nB"));
    CHECK(check(kId, kw(2, 2, "b"), "A\n  \nB", kPrecise));  // whitespace-only line is blank
    CHECK_FALSE(check(kId, kw(2, 2, "b"), "A\n  \nB", kRef));
  }
  SECTION("CRLF: only precise sees blank lines") {
    const char* crlf = "Alpha one.\r\n\r\nBeta two.";
    CHECK_FALSE(check(kId, kw(2, 2, "beta"), crlf, kRef));
    CHECK(check(kId, kw(1, 1, "alpha"), crlf, kRef));
    CHECK(check(kId, kw(2, 2, "beta"), crlf, kPrecise));
  }
  SECTION("Greek and Turkish case") {
    CHECK(both(kId, kw(2, 2, "σοφια"), "Α\n\nΣΟΦΙΑ είναι"));
    // Final sigma: first_word.lower() ends in ς, the response is lowered letter by letter (σ).
    CHECK_FALSE(check(kId, kw(2, 2, "ΟΔΟΣ"), "Α\n\nΟΔΟΣ μακρύς", kRef));
    CHECK(check(kId, kw(2, 2, "ΟΔΟΣ"), "Α\n\nΟΔΟΣ μακρύς", kPrecise));
    CHECK(check(kId, kw(2, 2, "οδός"), "Α\n\nΟΔΌΣ μακρύς", kPrecise));
    CHECK(both(kId, kw(2, 2, "İstanbul"), "A\n\nİSTANBUL güzel"));
    CHECK_FALSE(both(kId, kw(2, 2, "istanbul"), "A\n\nİstanbul güzel"));
  }
  SECTION("Hindi with combining marks and zero-width characters") {
    CHECK(both(kId, kw(2, 2, "हिन्दी"), "A\n\nहिन्दी भाषा"));
    CHECK_FALSE(check(kId, kw(2, 2, "weekend"), "A\n\nWeek\u200Bend plans", kRef));
    CHECK(check(kId, kw(2, 2, "weekend"), "A\n\nWeek\u200Bend plans", kPrecise));
  }
  SECTION("blank text: precise fails by itself") {
    CHECK_FALSE(raw_check(kw(1, 1, "a"), "\n\n", kRef));
    CHECK_FALSE(raw_check(kw(1, 1, "a"), "\n\n", kPrecise));
  }
  SECTION("bad kwargs") {
    using precis::StatusCode;
    CHECK(build_error(kId, R"({"num_paragraphs": 2, "nth_paragraph": 1})", kRef)
              .message()
              .find("first_word") != std::string::npos);
    CHECK(build_error(kId, R"({"nth_paragraph": 1, "first_word": "a"})", kRef).code() ==
          StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw(2, 0, "a"), kRef).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw(2, 3, "a"), kPrecise).message().find("nth_paragraph") !=
          std::string::npos);
    CHECK(build_error(kId, kw(2, 1, ""), kRef).code() == StatusCode::kInvalidArgument);
    CHECK(
        build_error(kId, R"({"num_paragraphs": 2, "nth_paragraph": "1", "first_word": "a"})", kRef)
            .code() == StatusCode::kInvalidArgument);
    CHECK(
        build_error(kId, R"({"num_paragraphs": 2, "nth_paragraph": 1, "first_word": ["a"]})", kRef)
            .code() == StatusCode::kInvalidArgument);
    CHECK(build_error(
              kId, R"({"num_paragraphs": 2, "nth_paragraph": 1, "first_word": "a", "x": 1})", kRef)
              .code() == StatusCode::kInvalidArgument);
    // A first_word that is not one word: reference accepts it (it can never match), precise
    // rejects it.
    CHECK(build_error(kId, kw(2, 1, "two words"), kRef).ok());
    CHECK(build_error(kId, kw(2, 1, "two words"), kPrecise).message().find("one word") !=
          std::string::npos);
    CHECK(build_error(kId, kw(2, 1, "..."), kPrecise).code() == StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw(2, 1, "Hello,"), kPrecise).ok());
  }
}
