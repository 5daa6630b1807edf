#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:keywords_specific_position";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("words:keywords_specific_position", "[words]") {
  const char* dog22 = R"({"keyword": "dog", "n": 2, "m": 2})";
  SECTION("pass and fail") {
    const char* kw = R"({"keyword": "barked", "n": 2, "m": 3})";
    const char* s = "The cat sat. A dog barked loudly.";
    CHECK(both(kId, kw, s));
    CHECK(check(kId, kw, s, kRef, kPaper));
    CHECK_FALSE(both(kId, kw, "The cat sat. A dog howled loudly."));
    CHECK_FALSE(both(kId, kw, "The cat barked. A dog sat."));
    CHECK_FALSE(check(kId, kw, "The cat barked. A dog sat.", kRef, kPaper));
  }
  SECTION("boundaries: too few sentences or words, last word") {
    const char* kw = R"({"keyword": "loudly", "n": 2, "m": 4})";
    CHECK(both(kId, kw, "The cat sat. A dog barked loudly."));
    CHECK_FALSE(both(kId, R"({"keyword": "x", "n": 3, "m": 1})", "One. Two."));
    CHECK_FALSE(both(kId, R"({"keyword": "x", "n": 2, "m": 5})", "One. A dog barked loudly."));
    CHECK_FALSE(check(kId, R"({"keyword": "x", "n": 2, "m": 5})", "One. A dog barked x", kRef));
    CHECK(both(kId, R"({"keyword": "x", "n": 2, "m": 5})", "One. A dog barked loudly x."));
    CHECK_FALSE(both(kId, dog22, ""));
  }
  SECTION("head drops punctuation tokens, paper counts them") {
    const char* kw = R"({"keyword": "dog", "n": 2, "m": 3})";
    const char* s = "The cat sat. Well, the dog barked.";
    CHECK(check(kId, kw, s, kRef));
    CHECK_FALSE(check(kId, kw, s, kRef, kPaper));  // Well , the
    CHECK(check(kId, kw, s, kPrecise));
    CHECK(check(kId, kw, s, kPrecise, kPaper));
  }
  SECTION("case: head lowercases, paper is case-sensitive, precise folds") {
    const char* s = "The cat sat. A Dog barked.";
    CHECK(check(kId, dog22, s, kRef));
    CHECK_FALSE(check(kId, dog22, s, kRef, kPaper));
    CHECK(check(kId, dog22, s, kPrecise));
    CHECK(check(kId, dog22, s, kPrecise, kPaper));
  }
  SECTION("precise: a contraction is one word") {
    const char* kw = R"({"keyword": "let", "n": 2, "m": 2})";
    const char* s = "The cat sat. Don't let dogs bark.";
    CHECK_FALSE(check(kId, kw, s, kRef));  // Do n't let
    CHECK_FALSE(check(kId, kw, s, kRef, kPaper));
    CHECK(check(kId, kw, s, kPrecise));
  }
  SECTION("precise: a heading line is a sentence of its own") {
    const char* s = "# Title\nThe dog ran.";
    CHECK_FALSE(check(kId, dog22, s, kRef));  // one Punkt sentence
    CHECK(check(kId, dog22, s, kPrecise));
  }
  SECTION("precise: a divider is not a sentence") {
    const char* kw = R"({"keyword": "dog", "n": 2, "m": 2})";
    const char* s = "The cat sat.\n\n***\n\nA dog ran.";
    CHECK(check(kId, kw, s, kPrecise));
  }
  SECTION("non-ASCII and CRLF") {
    const char* kw = R"({"keyword": "café", "n": 2, "m": 2})";
    CHECK(both(kId, kw, "Il fait beau. Un café noir."));
    CHECK(check(kId, kw, "Il fait beau. Un café noir.", kRef, kPaper));
    CHECK(check(kId, kw, "IL FAIT BEAU. UN CAFÉ NOIR.", kRef));
    CHECK_FALSE(check(kId, kw, "IL FAIT BEAU. UN CAFÉ NOIR.", kRef, kPaper));
    CHECK(check(kId, kw, "IL FAIT BEAU. UN CAFÉ NOIR.", kPrecise));
    CHECK(both(kId, dog22, "The cat sat.\r\nA dog barked.\r\n"));
    CHECK(check(kId, dog22, "The cat sat.\r\nA dog barked.\r\n", kRef, kPaper));
  }
  SECTION("precise: zero-width-only response fails") {
    CHECK_FALSE(check(kId, dog22, "\xE2\x80\x8B\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs: random draws and bad values are errors") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, dog22, s).ok());
      CHECK(build_error(kId, dog22, s, kPaper).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "", "n": 2, "m": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "dog", "n": 0, "m": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "dog", "n": 2, "m": 0})", s, kPaper).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "dog", "n": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "dog", "n": 2, "m": 2, "x": 1})", s).ok());
    }
    auto e = build_error(kId, R"({"keyword": "", "n": 2, "m": 2})", kRef);
    CHECK(e.message().find("keyword") != std::string::npos);
    CHECK(e.message().find("words:keywords_specific_position") != std::string::npos);
    // precise needs one word; reference accepts and never matches.
    CHECK_FALSE(build_error(kId, R"({"keyword": "big dog", "n": 2, "m": 2})", kPrecise).ok());
    CHECK_FALSE(build_error(kId, R"({"keyword": "  ", "n": 2, "m": 2})", kPrecise).ok());
    CHECK(build_error(kId, R"({"keyword": "  ", "n": 2, "m": 2})", kRef).ok());
    CHECK_FALSE(check(kId, R"({"keyword": "  ", "n": 2, "m": 2})", "A b. A dog.", kRef));
    CHECK(check(kId, R"({"keyword": " dog ", "n": 2, "m": 2})", "A b. A dog.", kRef));
  }
}
