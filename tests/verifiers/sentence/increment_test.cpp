#include <catch2/catch.hpp>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "sentence:increment";
constexpr auto kPaper = IfbenchVersion::kPaper;
constexpr auto kTwo = R"({"small_n": 2})";
}  // namespace

TEST_CASE("sentence:increment", "[sentence]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kTwo, "Cats run. Big cats run fast. Very big cats run so fast."));
    CHECK_FALSE(both(kId, kTwo, "Cats run. Big cats run."));
    CHECK_FALSE(both(kId, kTwo, "Cats run. Big cats run fast. Cats run."));
    CHECK(both(kId, R"({"small_n": 0})", "Cats run. Dogs bark. Owls hoot."));
    CHECK(both(kId, R"({"small_n": 1})", "Cats run.\r\nBig cats run.\r\nVery big cats run."));
  }
  SECTION("precise: one sentence fails") {
    CHECK(check(kId, kTwo, "Cats run.", kRef));
    CHECK_FALSE(check(kId, kTwo, "Cats run.", kPrecise));
  }
  SECTION("precise: punctuation tokens are not words") {
    const char* s = "Cats run. Big cats \xE2\x80\x94 run.";  // em dash
    CHECK(check(kId, kTwo, s, kRef));
    CHECK_FALSE(check(kId, kTwo, s, kPrecise));
    CHECK(check(kId, R"({"small_n": 1})", s, kPrecise));
  }
  SECTION("precise: a heading is a sentence") {
    const char* s = "# Cats\nCats run fast. Big cats run very fast.";
    CHECK_FALSE(check(kId, kTwo, s, kRef));  // Punkt: "# Cats Cats run fast." has 4 words
    CHECK(check(kId, kTwo, "## Cats run\nBig cats run fast. Very big cats run so fast.", kPrecise));
  }
  SECTION("both IFBench versions") {
    const char* s = "Cats run. Big cats run fast. Very big cats run so fast.";
    CHECK(check(kId, kTwo, s, kRef, kPaper));
    CHECK_FALSE(check(kId, kTwo, "Cats run. Big cats run.", kRef, kPaper));
  }
  SECTION("non-ASCII") {
    CHECK(both(kId, kTwo, "\xC3\x89t\xC3\xA9 chaud. Un \xC3\xA9t\xC3\xA9 tr\xC3\xA8s chaud."));
  }
  SECTION("empty and bad kwargs") {
    CHECK_FALSE(check(kId, kTwo, "", kPrecise));
    CHECK_FALSE(build_error(kId, "{}", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"small_n": -1})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"small_n": "2"})", kPrecise).ok());
  }
}
