#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:output_template";
constexpr auto kGood =
    "My Answer: Suffering on a cosmic scale.\nMy Conclusion: It is a metaphor.\n"
    "Future Outlook: More telescopes.";
}  // namespace

TEST_CASE("format:output_template", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kGood));
    CHECK(both(kId, "{}", "My Answer: a My Conclusion: b Future Outlook: c"));
    CHECK_FALSE(both(kId, "{}", "My Answer: a\nMy Conclusion: b"));
    CHECK_FALSE(both(kId, "{}", "my answer: a my conclusion: b future outlook: c"));
    CHECK_FALSE(both(kId, "{}", "My Answer a My Conclusion b Future Outlook c"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n "));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "My Answer: Grüße\r\nMy Conclusion: 東京\r\nFuture Outlook: ✓"));
  }
  SECTION("markdown headings and bold labels") {
    CHECK(both(kId, "{}", "**My Answer:** a\n\n**My Conclusion:** b\n\n**Future Outlook:** c"));
    CHECK(both(kId, "{}", "## My Answer: a\n## My Conclusion: b\n## Future Outlook: c"));
  }
  SECTION("both IFBench versions agree") {
    CHECK(check(kId, "{}", kGood, kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "My Answer: a", kRef, IfbenchVersion::kPaper));
  }
  SECTION("precise: labels in the template's order") {
    const char* s = "Future Outlook: c\nMy Answer: a\nMy Conclusion: b";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: each label once") {
    const char* s = "My Answer: a\nMy Conclusion: b\nFuture Outlook: c\nMy Answer: d";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: nothing before My Answer") {
    const char* s = "Sure! Here it is.\nMy Answer: a\nMy Conclusion: b\nFuture Outlook: c";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: every section has content") {
    for (const char* s : {"My Answer: My Conclusion: b Future Outlook: c",
                          "My Answer: a My Conclusion: b Future Outlook: **",
                          "My Answer: [answer] My Conclusion: b Future Outlook: c"}) {
      INFO(s);
      CHECK(check(kId, "{}", s, kRef));
      CHECK_FALSE(check(kId, "{}", s, kPrecise));
    }
  }
  SECTION("precise: emphasis between a label and its colon") {
    const char* s = "**My Answer**: a\n**My Conclusion**: b\n**Future Outlook**: c";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"sep": "x"})", kPrecise).ok());
  }
}
