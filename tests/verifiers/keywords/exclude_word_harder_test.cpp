#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;

namespace {
std::string kw(const char* word) {
  return std::string(R"({"keyword": ")") + word + R"("})";
}
}  // namespace

TEST_CASE("keywords:exclude_word_harder", "[keywords][kw2]") {
  constexpr auto kId = "keywords:exclude_word_harder";
  SECTION("absent keyword passes; keyword between spaces fails") {
    CHECK(both(kId, kw("owl"), "A hawk flew over the barn."));
    CHECK_FALSE(both(kId, kw("owl"), "An owl flew over the barn."));
    CHECK_FALSE(both(kId, kw("owl"), "Two  owl  calls."));
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, kw("owl"), ""));
    CHECK_FALSE(both(kId, kw("owl"), "\r\n"));
    CHECK_FALSE(check(kId, kw("owl"), "\xE2\x80\x8B", kPrecise));
    CHECK(check(kId, kw("owl"), "\xE2\x80\x8B", kRef));
  }
  SECTION("precise: the keyword at the start, the end, or next to punctuation fails") {
    for (const char* s : {"owl at dusk", "I heard an owl", "An owl.", "(owl)", "An owl, then",
                          "a\nowl\nhere", "one owl\r\nmore"}) {
      INFO(s);
      CHECK(check(kId, kw("owl"), s, kRef));
      CHECK_FALSE(check(kId, kw("owl"), s, kPrecise));
    }
    CHECK(check(kId, kw("owl"), "a\xC2\xA0owl\xC2\xA0here", kRef));  // NBSP is no ASCII space
    CHECK_FALSE(check(kId, kw("owl"), "a\xC2\xA0owl\xC2\xA0here", kPrecise));
  }
  SECTION("precise: case-insensitive") {
    CHECK(check(kId, kw("owl"), "The OWL hoots at night.", kRef));
    CHECK_FALSE(check(kId, kw("owl"), "The OWL hoots at night.", kPrecise));
    CHECK(check(kId, kw("über"), "Es ist ÜBER alles.", kRef));
    CHECK_FALSE(check(kId, kw("über"), "Es ist ÜBER alles.", kPrecise));
    CHECK_FALSE(check(kId, kw("strasse"), "Die Straße ist lang.", kPrecise));
  }
  SECTION("whole words only, in both") {
    CHECK(both(kId, kw("owl"), "Bowls of owlish soup."));
    CHECK_FALSE(check(kId, kw("owl"), "An owl-like shape.", kPrecise));
    CHECK_FALSE(check(kId, kw("owl"), "The owl's nest.", kPrecise));
  }
  SECTION("multi-word keywords") {
    CHECK_FALSE(both(kId, kw("night owl"), "A true night owl here."));
    CHECK(check(kId, kw("night owl"), "A true night\nowl here.", kRef));
    CHECK_FALSE(check(kId, kw("night owl"), "A true night\nowl here.", kPrecise));
    CHECK_FALSE(check(kId, kw("night owl"), "A true night, owl here.", kPrecise));
  }
  SECTION("precise: zero-width characters cannot hide the keyword") {
    CHECK(check(kId, kw("owl"), "an o\xE2\x80\x8Bwl hoots", kRef));
    CHECK_FALSE(check(kId, kw("owl"), "an o\xE2\x80\x8Bwl hoots", kPrecise));
  }
  SECTION("keyword is stripped; the response is not") {
    CHECK_FALSE(both(kId, kw("  owl "), "An owl hoots."));
    CHECK_FALSE(check(kId, kw("owl"), " owl hoots.", kRef));
  }
  SECTION("whitespace-only keyword: reference looks for two spaces, precise refuses") {
    CHECK(check(kId, kw("   "), "one space", kRef));
    CHECK_FALSE(check(kId, kw("   "), "two  spaces", kRef));
    CHECK_FALSE(build_error(kId, kw("   "), kPrecise).ok());
  }
  SECTION("the instruction kwarg is accepted and ignored") {
    CHECK(both(kId, R"({"keyword": "owl", "instruction": "Write about an owl"})", "A hawk."));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto empty = build_error(kId, R"({"keyword": "", "instruction": "Write about an owl"})", s);
      CHECK_FALSE(empty.ok());
      CHECK(empty.message().find("keywords:exclude_word_harder") != std::string::npos);
      CHECK(empty.message().find("\"keyword\"") != std::string::npos);
      CHECK(empty.message().find("random") != std::string::npos);
      CHECK(build_error(kId, R"({"instruction": "Write about an owl"})", s)
                .message()
                .find("keyword") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"keyword": ["owl"]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "owl", "instruction": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"keyword": "owl", "keywords": "x"})", s).ok());
    }
    CHECK_FALSE(build_error(kId, kw("o.w.l"), kPrecise).ok());
    CHECK(build_error(kId, kw("o.w.l"), kRef).ok());
  }
}
