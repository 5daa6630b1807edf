#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "first_word:first_word_answer";

std::string kw(const std::string& word) {
  return R"({"first_word": ")" + word + R"("})";
}

// The constraint's own verdict, without IFEval's blank-response gate.
bool ungated(const std::string& kwargs, std::string_view response, precis::Semantics s) {
  auto c = precis::Registry::global().build(kId, *precis::parse_json(kwargs), s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}
}  // namespace

TEST_CASE("first_word:first_word_answer", "[first_word]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw("yes"), "Yes I can do that."));
    CHECK(both(kId, kw("YES"), "yes we can"));
    CHECK(both(kId, kw("yes"), "yes"));
    CHECK_FALSE(both(kId, kw("yes"), "We can, yes."));
    CHECK_FALSE(both(kId, kw("yes"), "Yesterday was fine."));
    CHECK_FALSE(both(kId, kw("yes"), "1. Yes"));
  }
  SECTION("the kwarg is stripped") {
    CHECK(both(kId, kw("  yes\\t"), "Yes indeed."));
  }
  SECTION("leading whitespace, CRLF and NBSP") {
    CHECK(both(kId, kw("yes"), "\r\n  Yes\r\nmore text\r\n"));
    CHECK(both(kId, kw("yes"), "Yes\xC2\xA0sir."));
    CHECK_FALSE(both(kId, kw("yes"), "\r\nNo\r\nYes"));
  }
  SECTION("precise: punctuation and markdown around the first word do not count") {
    for (const char* s : {"Yes, I can.", "**Yes** I can.", "\"Yes\" is my answer.", "Yes!",
                          "# Yes\nbody", "> Yes, quoted", "- yes: a list"}) {
      INFO(s);
      CHECK_FALSE(check(kId, kw("yes"), s, kRef));
      CHECK(check(kId, kw("yes"), s, kPrecise));
    }
    CHECK_FALSE(check(kId, kw("hola"), "\xC2\xA1Hola! \xC2\xBFQu\xC3\xA9 tal?", kRef));
    CHECK(check(kId, kw("hola"), "\xC2\xA1Hola! \xC2\xBFQu\xC3\xA9 tal?", kPrecise));
  }
  SECTION("precise: an emoji or other symbol before the first word fails") {
    CHECK_FALSE(both(kId, kw("yes"), "\xF0\x9F\x91\x8D Yes I can."));
    CHECK_FALSE(both(kId, kw("yes"), "\xC2\xA9 Yes"));
    CHECK_FALSE(both(kId, kw("yes"), "\xFF Yes"));  // invalid UTF-8
    CHECK(both(kId, kw("yes"), "Yes \xFF"));
  }
  SECTION("precise: full case folding") {
    CHECK_FALSE(check(kId,
                      kw("stra\xC3\x9F"
                         "e"),
                      "STRASSE ist zu.", kRef));
    CHECK(check(kId,
                kw("stra\xC3\x9F"
                   "e"),
                "STRASSE ist zu.", kPrecise));
    // Python's lower() maps a final capital sigma to final sigma, on both sides.
    CHECK(both(kId, kw("\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x9F\xCE\xA3"),
               "\xCF\x83\xCE\xBF\xCF\x86\xCE\xBF\xCF\x82 \xE1\xBC\x84\xCE\xBD\xCE\xB8\xCF\x81"));
    // A non-final sigma at the end: different for lower(), equal under folding.
    CHECK_FALSE(check(kId, kw("\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x9F\xCE\xA3"),
                      "\xCF\x83\xCE\xBF\xCF\x86\xCE\xBF\xCF\x83 x", kRef));
    CHECK(check(kId, kw("\xCE\xA3\xCE\x9F\xCE\xA6\xCE\x9F\xCE\xA3"),
                "\xCF\x83\xCE\xBF\xCF\x86\xCE\xBF\xCF\x83 x", kPrecise));
  }
  SECTION("non-ASCII first words") {
    CHECK(both(kId,
               kw("\xC3\xBC"
                  "ber"),
               "\xC3\x9C"
               "ber alles."));
    CHECK(both(kId, kw("\xE6\x98\xAF"), "\xE6\x98\xAF \xE7\x9A\x84"));
  }
  SECTION("precise: a phrase is matched as the first words") {
    CHECK_FALSE(check(kId, kw("of course"), "Of course I can.", kRef));
    CHECK(check(kId, kw("of course"), "Of course I can.", kPrecise));
    CHECK(check(kId, kw("of course"), "**Of course**, I can.", kPrecise));
    CHECK_FALSE(check(kId, kw("of course"), "Of courses I can.", kPrecise));
    CHECK_FALSE(check(kId, kw("of course"), "Of", kPrecise));
  }
  SECTION("precise: a match ends at the end of a word") {
    CHECK_FALSE(both(kId, kw("well"), "Well-known facts."));
    CHECK(both(kId, kw("well-known"), "Well-known facts."));
    CHECK(both(kId, kw("don't"), "Don't go."));
    CHECK_FALSE(check(kId, kw("don"), "Don't go.", kPrecise));
    CHECK(check(kId, kw("don\xE2\x80\x99t"), "Don't go.", kPrecise));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, kw("yes"), ""));
    CHECK_FALSE(both(kId, kw("yes"), " \r\n\t"));
    CHECK_FALSE(ungated(kw("yes"), "\xE2\x80\x8B\n", kPrecise));
    CHECK_FALSE(ungated(kw("yes"), "", kPrecise));
    CHECK_FALSE(ungated(kw("yes"), "", kRef));
    CHECK_FALSE(check(kId, kw("yes"), "... !!!", kPrecise));
  }
  SECTION("reference: a whitespace-only first_word never matches; precise refuses it") {
    CHECK_FALSE(check(kId, kw("   "), "Yes", kRef));
    CHECK_FALSE(build_error(kId, kw("   "), kPrecise).ok());
  }
  SECTION("precise: first_word must be words") {
    CHECK(check(kId, kw("yes,"), "yes, sir", kRef));
    auto e = build_error(kId, kw("yes,"), kPrecise);
    CHECK(e.message().find("first_word") != std::string::npos);
    CHECK(e.message().find(kId) != std::string::npos);
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto e = build_error(kId, kw(""), s);
      CHECK(e.message().find("first_word") != std::string::npos);
      CHECK(e.message().find("random") != std::string::npos);
      CHECK(build_error(kId, "{}", s).message().find("first_word") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"first_word": 3})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"first_word": ["yes"]})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"first_word": "yes", "n": 1})", s).ok());
      CHECK(build_error(kId, R"({"first_word": "yes", "other": null})", s).ok());
    }
  }
}
