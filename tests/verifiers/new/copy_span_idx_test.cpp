#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
// "The quick brown fox jumps.": q is index 4, the space after quick 9, b 10, n 14, '.' 25.
std::string kw(int start, int end, const char* prompt = "The quick brown fox jumps.") {
  return std::string(R"({"prompt_to_repeat": ")") + prompt + R"(", "n_start": )" +
         std::to_string(start) + R"(, "n_end": )" + std::to_string(end) + "}";
}
}  // namespace

TEST_CASE("new:copy_span_idx", "[new]") {
  constexpr auto kId = "new:copy_span_idx";
  SECTION("pass and fail in both semantics") {
    // [4:9) and [4..9] differ only in a space, which both strip.
    CHECK(both(kId, kw(4, 9), "quick"));
    CHECK(both(kId, kw(4, 9), "  QUICK \n"));
    CHECK_FALSE(both(kId, kw(4, 9), "quick brown"));
    CHECK_FALSE(both(kId, kw(4, 9), "The quick"));
    CHECK_FALSE(both(kId, kw(4, 9), "quick."));
  }
  SECTION("n_end is included in precise only") {
    CHECK(check(kId, kw(10, 14), "brow", kRef));
    CHECK_FALSE(check(kId, kw(10, 14), "brow", kPrecise));
    CHECK_FALSE(check(kId, kw(10, 14), "brown", kRef));
    CHECK(check(kId, kw(10, 14), "brown", kPrecise));
    CHECK(check(kId, kw(4, 25), "quick brown fox jumps", kRef));
    CHECK(check(kId, kw(4, 25), "quick brown fox jumps.", kPrecise));
    CHECK_FALSE(check(kId, kw(1, 1), "h", kRef));  // an empty slice
    CHECK(check(kId, kw(1, 1), "h", kPrecise));
  }
  SECTION("out-of-range and reversed indices: reference clamps, precise refuses") {
    CHECK(check(kId, kw(20, 99), "jumps.", kRef));
    CHECK_FALSE(build_error(kId, kw(20, 99), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw(20, 26), kPrecise).ok());
    CHECK(build_error(kId, kw(20, 25), kPrecise).ok());
    CHECK_FALSE(check(kId, kw(14, 10), "brown", kRef));
    auto st = build_error(kId, kw(14, 10), kPrecise);
    CHECK_FALSE(st.ok());
    CHECK(st.message().find("n_end") != std::string::npos);
  }
  SECTION("a whitespace-only span: reference fails every response, precise refuses it") {
    CHECK_FALSE(check(kId, kw(1, 3, "a   b"), "a", kRef));
    CHECK_FALSE(build_error(kId, kw(1, 3, "a   b"), kPrecise).ok());
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw(4, 9), ""));
    CHECK_FALSE(both(kId, kw(4, 9), " \r\n"));
  }
  SECTION("indices count code points") {
    // Ç is 2 bytes, è 2 bytes; t is index 6, s index 9.
    CHECK(check(kId, kw(6, 9, "Ça va très bien."), "TRÈ", kRef));
    CHECK(check(kId, kw(6, 9, "Ça va très bien."), "TRÈS", kPrecise));
    CHECK_FALSE(both(kId, kw(6, 9, "Ça va très bien."), "tres"));
    // The emoji is one code point (index 2).
    CHECK(check(kId, kw(2, 6, "I 💜 Paris"), "💜 Pa", kRef));
    CHECK(check(kId, kw(2, 6, "I 💜 Paris"), "💜 Par", kPrecise));
    CHECK_FALSE(both(kId, kw(2, 6, "I 💜 Paris"), "💜 P"));
  }
  SECTION("CRLF and whitespace runs: precise only") {
    // "Line one.\nLine two.": o is index 5, the newline 9, the second "Line" 10-13.
    const std::string k = kw(5, 14, "Line one.\\nLine two.");
    CHECK(both(kId, k, "one.\nLine"));
    CHECK_FALSE(check(kId, k, "one.\r\nLine", kRef));
    CHECK(check(kId, k, "one.\r\nLine", kPrecise));
    CHECK_FALSE(check(kId, k, "one. Line", kRef));
    CHECK(check(kId, k, "one. Line", kPrecise));
  }
  SECTION("case folding, quotes and zero-width characters") {
    const std::string s = kw(4, 10, "Die Straße ist nass.");
    CHECK(both(kId, s, "straße"));
    CHECK_FALSE(check(kId, s, "STRASSE", kRef));
    CHECK(check(kId, s, "STRASSE", kPrecise));
    const std::string q = kw(4, 8, "Say \\\"hi\\\" now");
    CHECK(both(kId, q, "\"hi\""));
    CHECK_FALSE(check(kId, q, "“hi”", kRef));
    CHECK(check(kId, q, "“hi”", kPrecise));
    CHECK_FALSE(check(kId, kw(4, 9), "qu\xE2\x80\x8Bick", kRef));
    CHECK(check(kId, kw(4, 9), "qu\xE2\x80\x8Bick", kPrecise));
  }
  SECTION("a response of only zero-width characters fails in precise") {
    auto c = precis::Registry::global().build(kId, *precis::parse_json(kw(4, 9)), kPrecise);
    REQUIRE(c.ok());
    precis::Text t("\xE2\x80\x8B\xE2\x80\x8B");
    CHECK_FALSE((*c)->check(t, nullptr));
  }
  SECTION("index 0 would be random upstream: an error in both semantics") {
    for (auto s : {kRef, kPrecise}) {
      auto a = build_error(kId, kw(0, 9), s);
      CHECK_FALSE(a.ok());
      CHECK(a.message().find("new:copy_span_idx") != std::string::npos);
      CHECK(a.message().find("\"n_start\"") != std::string::npos);
      CHECK(a.message().find(">= 1") != std::string::npos);
      auto b = build_error(kId, kw(4, 0), s);
      CHECK_FALSE(b.ok());
      CHECK(b.message().find("\"n_end\"") != std::string::npos);
    }
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "abc", "n_start": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"prompt_to_repeat": "abc", "n_end": 2})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"n_start": 1, "n_end": 2})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"prompt_to_repeat": "", "n_start": 1, "n_end": 2})", s).ok());
      CHECK_FALSE(build_error(kId, kw(-1, 2), s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"prompt_to_repeat": "abc", "n_start": "1", "n_end": 2})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"prompt_to_repeat": "abc", "n_start": 1, "n_end": 1.5})", s).ok());
      CHECK_FALSE(
          build_error(kId, R"({"prompt_to_repeat": "abc", "n_start": 1, "n_end": 2, "x": 1})", s)
              .ok());
    }
  }
}
