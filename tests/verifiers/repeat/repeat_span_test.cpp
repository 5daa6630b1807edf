#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "repeat:repeat_span";
constexpr auto kPaper = IfbenchVersion::kPaper;
// Words: 0 the, 1 quick, 2 brown, 3 fox, 4 jumps, 5 over, 6 the, 7 lazy, 8 dog.
// Characters 4..8 inclusive: "quick".
constexpr auto kKw =
    R"({"prompt_to_repeat": "The quick brown fox jumps over the lazy dog.", "n_start": 4, "n_end": 8})";
constexpr auto kKw13 =
    R"({"prompt_to_repeat": "The quick brown fox jumps over the lazy dog.", "n_start": 1, "n_end": 3})";
}  // namespace

TEST_CASE("repeat:repeat_span", "[repeat]") {
  SECTION("head reference: inclusive character slice") {
    CHECK(check(kId, kKw, "quick", kRef));
    CHECK(check(kId, kKw, "  QUICK \n", kRef));
    CHECK_FALSE(check(kId, kKw, "jumps over the lazy dog.", kRef));
    CHECK(check(kId, kKw13, "he", kRef));  // characters 1..3 = "he ", stripped
    CHECK_FALSE(check(kId, kKw13, "quick brown fox", kRef));
  }
  SECTION("paper reference: word slice without n_end") {
    CHECK(check(kId, kKw13, "quick brown", kRef, kPaper));
    CHECK(check(kId, kKw13, "QUICK\n brown", kRef, kPaper));
    CHECK_FALSE(check(kId, kKw13, "quick brown fox", kRef, kPaper));
    CHECK(check(kId, kKw, "jumps over the lazy", kRef, kPaper));
  }
  SECTION("precise: word indices, both ends included") {
    CHECK(check(kId, kKw13, "quick brown fox", kPrecise));
    CHECK(check(kId, kKw13, "Quick  brown\nfox", kPrecise));
    CHECK(check(kId, kKw13, "quick brown fox", kPrecise, kPaper));
    CHECK_FALSE(check(kId, kKw13, "quick brown", kPrecise));
    CHECK_FALSE(check(kId, kKw13, "he", kPrecise));
    CHECK(check(kId, kKw, "jumps over the lazy dog.", kPrecise));
    CHECK_FALSE(check(kId, kKw, "jumps over the lazy dog", kPrecise));
  }
  SECTION("precise: zero-width characters and quotes") {
    constexpr auto kw = R"({"prompt_to_repeat": "say \"hi\" to all", "n_start": 0, "n_end": 1})";
    CHECK(check(kId, kw, "say \xE2\x80\x9Chi\xE2\x80\x9D", kPrecise));
    CHECK(check(kId, kw,
                "sa\xE2\x80\x8B"
                "y \"hi\"",
                kPrecise));
  }
  SECTION("non-ASCII and CRLF") {
    constexpr auto kw =
        R"({"prompt_to_repeat": "Ça été très bien fait", "n_start": 0, "n_end": 1})";
    CHECK(check(kId, kw, "ça", kRef));  // characters 0..1
    CHECK(check(kId, kw, "Ça été", kPrecise));
    CHECK(check(kId, kw, "ça\r\nété\r\n", kPrecise));
    constexpr auto kw2 =
        R"({"prompt_to_repeat": "Ça été très bien fait", "n_start": 1, "n_end": 3})";
    CHECK(check(kId, kw2, "été très", kRef, kPaper));
    CHECK(check(kId, kw2, "été très bien", kPrecise));
  }
  SECTION("blank fails") {
    CHECK_FALSE(check(kId, kKw, "", kRef));
    CHECK_FALSE(check(kId, kKw13, "", kRef, kPaper));
    CHECK_FALSE(check(kId, kKw13, "  ", kPrecise));
  }
  SECTION("kwargs: paper-era zero indices are spec errors") {
    constexpr auto z0 = R"({"prompt_to_repeat": "a b c d", "n_start": 0, "n_end": 2})";
    auto st = build_error(kId, z0, kRef, kPaper);
    CHECK_FALSE(st.ok());
    CHECK(st.message().find("repeat:repeat_span") != std::string::npos);
    CHECK(st.message().find("n_start") != std::string::npos);
    CHECK(build_error(kId, z0, kRef).ok());
    CHECK(build_error(kId, z0, kPrecise).ok());
    CHECK(build_error(kId, z0, kPrecise, kPaper).ok());
    CHECK(check(kId, z0, "a b c", kPrecise));
    CHECK(check(kId, z0, "a b", kRef));  // characters 0..2 = "a b"
    constexpr auto e0 = R"({"prompt_to_repeat": "a b c d", "n_start": 1, "n_end": 0})";
    CHECK(build_error(kId, e0, kRef, kPaper).message().find("n_end") != std::string::npos);
  }
  SECTION("kwargs: precise needs a span inside the prompt") {
    constexpr auto past = R"({"prompt_to_repeat": "a b c d", "n_start": 1, "n_end": 4})";
    CHECK(build_error(kId, past, kRef).ok());
    CHECK(build_error(kId, past, kPrecise).message().find("n_end") != std::string::npos);
    constexpr auto rev = R"({"prompt_to_repeat": "a b c d", "n_start": 3, "n_end": 2})";
    CHECK(build_error(kId, rev, kRef).ok());
    CHECK(build_error(kId, rev, kPrecise).message().find("n_start") != std::string::npos);
  }
  SECTION("kwargs: missing or negative") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "a b"})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"prompt_to_repeat": "a b", "n_start": -1, "n_end": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"n_start": 0, "n_end": 1})", s).ok());
    }
  }
}
