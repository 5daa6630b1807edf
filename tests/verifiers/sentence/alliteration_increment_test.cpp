#include <catch2/catch.hpp>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "sentence:alliteration_increment";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("sentence:alliteration_increment", "[sentence]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Big bad bears. Silly snakes slide slowly."));
    CHECK_FALSE(both(kId, "{}", "Silly snakes slide slowly. Big bad bears."));
    CHECK_FALSE(both(kId, "{}", "Big bad bears. Red rats ran."));  // 3 then 3
    CHECK(both(kId, "{}", "BIG bad day.\r\nSilly snakes slide."));
  }
  SECTION("precise: the longest run, not the sum of runs") {
    const char* s = "Big bad bears roam. Red rats eat ten tiny toys.";
    CHECK(check(kId, "{}", s, kRef));            // 3 then 2 + 3 = 5
    CHECK_FALSE(check(kId, "{}", s, kPrecise));  // 3 then 3
  }
  SECTION("precise: only letters alliterate") {
    const char* s = "Big bad day. We saw 2020 2021 20 crowds.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: one sentence fails") {
    CHECK(check(kId, "{}", "Big bad bears.", kRef));
    CHECK_FALSE(check(kId, "{}", "Big bad bears.", kPrecise));
  }
  SECTION("leading punctuation is skipped") {
    CHECK(both(kId, "{}", "Big bad day. \"Silly\" (snakes) slide."));
  }
  SECTION("both IFBench versions") {
    const char* s = "Big bad bears. Silly snakes slide slowly.";
    CHECK(check(kId, "{}", s, kRef, kPaper));
    CHECK_FALSE(check(kId, "{}", "Silly snakes slide slowly. Big bad bears.", kRef, kPaper));
  }
  SECTION("non-ASCII and case folding") {
    CHECK(both(kId, "{}",
               "\xC3\x89t\xC3\xA9 \xC3\xA9t\xC3\xA9. \xC3\x89lan \xC3\xA9gal \xC3\xA9"
               "clat."));
  }
  SECTION("empty and bad kwargs") {
    CHECK_FALSE(check(kId, "{}", "", kPrecise));
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
