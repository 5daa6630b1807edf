#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:title_case";
}  // namespace

TEST_CASE("format:title_case", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Capitalize Every Major Word Here."));
    CHECK(both(kId, "{}", "NASA Launches New Rockets"));
    CHECK_FALSE(both(kId, "{}", "Capitalize every Major Word."));
  }
  SECTION("boundaries: one-letter words") {
    CHECK(both(kId, "{}", "I Saw X"));
    CHECK_FALSE(both(kId, "{}", "I Saw x Twice"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Grüße Aus Köln\r\nÜber Äpfel"));
    CHECK_FALSE(both(kId, "{}", "Grüße aus Köln"));
    CHECK(both(kId, "{}", "Tokyo 東京 Tower"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", "Big Red Dog", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Big red Dog", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: minor words may stay lowercase") {
    const char* s = "The Lord of the Rings and a Tale";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a minor word starting a line is capitalized") {
    CHECK_FALSE(check(kId, "{}", "the Lord of the Rings", kPrecise));
    CHECK_FALSE(check(kId, "{}", "Big Title\nof Things", kPrecise));
    CHECK(check(kId, "{}", "Big Title\nOf Things", kPrecise));
  }
  SECTION("precise: mixed-case words with a lowercase first letter fail") {
    const char* s = "My New iPhone";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: at least one cased word") {
    CHECK(check(kId, "{}", "123 456", kRef));
    CHECK_FALSE(check(kId, "{}", "123 456", kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
