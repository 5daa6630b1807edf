#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {
constexpr auto kId = "first_word:first_word_sent";

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

TEST_CASE("first_word:first_word_sent", "[first_word]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw("so"), "So we start. So we go on! So what?"));
    CHECK(both(kId, kw("SO"), "so we start."));
    CHECK_FALSE(both(kId, kw("so"), "So we start. Then we go on."));
    CHECK_FALSE(both(kId, kw("so"), "We start. So we go on."));
    CHECK_FALSE(both(kId, kw("so"), "Sometimes. So."));
  }
  SECTION("abbreviations and decimals do not end sentences") {
    CHECK(both(kId, kw("so"), "So Dr. Brown came. So it goes."));
    CHECK(both(kId, kw("so"), "So it costs 2.5 euros. So cheap."));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, kw("so"), "So one.\r\nSo two.\r\n"));
    CHECK(both(kId,
               kw("\xC3\xA7"
                  "a"),
               "\xC3\x87"
               "a marche. \xC3\x87"
               "A roule!"));
    CHECK_FALSE(both(kId,
                     kw("\xC3\xA7"
                        "a"),
                     "\xC3\x87"
                     "a marche. Il pleut."));
  }
  SECTION("reference: punctuation stays on the first token; precise: it does not count") {
    for (const char* s : {"\"So,\" she said. So.", "**So** we start. So we go.",
                          "So, we start. So, we go.", "(So) we start. So."}) {
      INFO(s);
      CHECK_FALSE(check(kId, kw("so"), s, kRef));
      CHECK(check(kId, kw("so"), s, kPrecise));
    }
  }
  SECTION("reference: ?! makes a sentence of its own; precise: Punkt keeps it") {
    CHECK_FALSE(check(kId, kw("so"), "So what?! So nothing.", kRef));
    CHECK(check(kId, kw("so"), "So what?! So nothing.", kPrecise));
  }
  SECTION("precise: full case folding") {
    const char* s =
        "STRASSE eins. Stra\xC3\x9F"
        "e zwei.";
    CHECK_FALSE(check(kId,
                      kw("stra\xC3\x9F"
                         "e"),
                      s, kRef));
    CHECK(check(kId,
                kw("stra\xC3\x9F"
                   "e"),
                s, kPrecise));
  }
  SECTION("precise: a line break ends a sentence") {
    // reference reads one sentence, "So this that is fine."
    CHECK(check(kId, kw("so"), "So this\nthat is fine. So be it.", kRef));
    CHECK_FALSE(check(kId, kw("so"), "So this\nthat is fine. So be it.", kPrecise));
    CHECK_FALSE(both(kId, kw("so"), "Here it is:\nSo we start. So we go."));
    CHECK(both(kId, kw("so"), "So one\nso two\nSO three."));
  }
  SECTION("precise: lines without words are skipped, markdown lines are sentences") {
    CHECK_FALSE(check(kId, kw("so"), "So one.\n***\nSo two.", kRef));
    CHECK(check(kId, kw("so"), "So one.\n***\nSo two.", kPrecise));
    CHECK(check(kId, kw("so"), "# So, a title\n- So one.\n- So two.", kPrecise));
    CHECK_FALSE(check(kId, kw("so"), "# A title\nSo one. So two.", kPrecise));
  }
  SECTION("precise: a sentence starting with an emoji fails") {
    CHECK_FALSE(both(kId, kw("so"), "So one. \xF0\x9F\x98\x80 So two."));
  }
  SECTION("precise: a phrase") {
    CHECK_FALSE(check(kId, kw("in fact"), "In fact, yes. In fact no.", kRef));
    CHECK(check(kId, kw("in fact"), "In fact, yes. In fact no.", kPrecise));
    CHECK_FALSE(check(kId, kw("in fact"), "In fact, yes. In facts no.", kPrecise));
  }
  SECTION("blank and wordless responses fail") {
    CHECK_FALSE(both(kId, kw("so"), ""));
    CHECK_FALSE(both(kId, kw("so"), "\r\n \t"));
    CHECK_FALSE(ungated(kw("so"), "\xE2\x80\x8B \xEF\xBB\xBF", kPrecise));
    CHECK_FALSE(ungated(kw("so"), "", kPrecise));
    CHECK_FALSE(check(kId, kw("so"), "... ?!", kPrecise));
  }
  SECTION("kwargs: whitespace-only and non-word first_word") {
    CHECK_FALSE(check(kId, kw("  "), "So.", kRef));
    CHECK_FALSE(build_error(kId, kw("  "), kPrecise).ok());
    CHECK(check(kId, kw("so,"), "So, one. So, two.", kRef));
    CHECK_FALSE(build_error(kId, kw("so,"), kPrecise).ok());
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      auto e = build_error(kId, kw(""), s);
      CHECK(e.message().find("first_word") != std::string::npos);
      CHECK(e.message().find("random") != std::string::npos);
      CHECK(e.message().find(kId) != std::string::npos);
      CHECK(build_error(kId, "{}", s).message().find("first_word") != std::string::npos);
      CHECK_FALSE(build_error(kId, R"({"first_word": 1})", s).ok());
      CHECK_FALSE(build_error(kId, R"({"first_word": "so", "last_word": "so"})", s).ok());
    }
  }
}
