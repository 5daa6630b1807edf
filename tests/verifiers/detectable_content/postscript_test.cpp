#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_content:postscript";
constexpr auto kPS = R"({"postscript_marker": "P.S."})";
constexpr auto kPPS = R"({"postscript_marker": "P.P.S"})";

std::string marker(std::string_view m) {
  return "{\"postscript_marker\": \"" + std::string(m) + "\"}";
}

bool direct(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto kw = precis::parse_json(kwargs);
  REQUIRE(kw.ok());
  auto c = precis::Registry::global().build(kId, *kw, s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

}  // namespace

TEST_CASE("detectable_content:postscript", "[detectable_content]") {
  SECTION("pass and fail in both semantics") {
    CHECK(both(kId, kPS, "Dear John,\nSee you soon.\n\nP.S. Bring the book."));
    CHECK(both(kId, kPS, "Body text.\np.s. lowercase works too"));
    CHECK(both(kId, kPS, "Body text.\nP. S. with a space"));
    CHECK(both(kId, kPPS, "Body.\nP.S. first\nP.P.S. second"));
    CHECK(both(kId, kPPS, "Body.\nP.P.S second"));
    CHECK_FALSE(both(kId, kPS, "Just a letter without a postscript."));
    CHECK_FALSE(both(kId, kPS, "Body.\nPS: no dots"));
    CHECK_FALSE(both(kId, kPPS, "Body.\nPPS no dots"));
    CHECK_FALSE(both(kId, kPPS, "Body.\nP.S. only one"));
  }
  SECTION("reference searches anywhere; precise needs a line after the body") {
    const char* inside = "I will add a P.S. at the end of this sentence.";
    CHECK(check(kId, kPS, inside, kRef));
    CHECK_FALSE(check(kId, kPS, inside, kPrecise));
    CHECK(check(kId, kPS, "P.S. first line only", kRef));
    CHECK_FALSE(check(kId, kPS, "P.S. first line only", kPrecise));
    CHECK(check(kId, kPS, "  \n\nP.S. after blank lines only", kRef));
    CHECK_FALSE(check(kId, kPS, "  \n\nP.S. after blank lines only", kPrecise));
  }
  SECTION("a marker inside a word") {
    CHECK(check(kId, kPS, "Body.\nThe lamp.s. glow", kRef));
    CHECK_FALSE(check(kId, kPS, "Body.\nThe lamp.s. glow", kPrecise));
    CHECK(check(kId, marker("Note"), "Body.\nNotebook entries", kRef));
    CHECK_FALSE(check(kId, marker("Note"), "Body.\nNotebook entries", kPrecise));
    CHECK(both(kId, marker("Note"), "Body.\nNote: bring food"));
  }
  SECTION("P.P.S. satisfies P.S. only in reference") {
    CHECK(check(kId, kPS, "Body.\nP.P.S. late addition", kRef));
    CHECK_FALSE(check(kId, kPS, "Body.\nP.P.S. late addition", kPrecise));
  }
  SECTION("precise needs text after the marker") {
    CHECK(check(kId, kPS, "Body.\nP.S.", kRef));
    CHECK_FALSE(check(kId, kPS, "Body.\nP.S.", kPrecise));
    CHECK_FALSE(check(kId, kPS, "Body.\nP.S.  \n \xE2\x80\x8B", kPrecise));
    CHECK(check(kId, kPS, "Body.\nP.S.\nThe text follows on the next line.", kPrecise));
  }
  SECTION("reference whitespace is Python's \\s, one at most") {
    CHECK(check(kId, kPS, "p.\xC2\xA0s.", kRef));      // NBSP
    CHECK(check(kId, kPS, "p.\xE2\x80\xA8s.", kRef));  // U+2028
    CHECK(check(kId, kPS, "p.\ns.", kRef));
    CHECK_FALSE(check(kId, kPS, "p.  s.", kRef));
    CHECK(check(kId, kPPS, "x P. P. S", kRef));
    CHECK_FALSE(check(kId, kPPS, "x P.  P.S", kRef));
  }
  SECTION("markdown, CRLF, non-ASCII") {
    CHECK(both(kId, kPS, "Body.\n\n**P.S.** Don't forget."));
    CHECK(both(kId, kPS, "Body.\n  *P.S. Don't forget.*"));
    CHECK(both(kId, kPS, "\"Body.\n\n\"P.S. Quoted.\""));
    CHECK(both(kId, kPS, "> Body.\n> P.S. In a block quote."));
    CHECK(check(kId, marker("*Note*"), "Body.\n*Note* a marker that starts with a star", kPrecise));
    CHECK(check(kId, marker("*Note*"), "Body.\n  **Note* odd emphasis", kPrecise));
    CHECK_FALSE(check(kId, marker("*Note*"), "Body.\nNote* no star", kPrecise));
    CHECK(both(kId, kPS, "Body.\r\nP.S. windows\r\n"));
    CHECK(both(kId, kPS, "Liebe Grüße\nP.S. Tschüss!"));
    CHECK(both(kId, marker("Nachtrag"), "Text.\nNACHTRAG: später"));
    CHECK(both(kId, marker("Примечание"), "Текст.\nПРИМЕЧАНИЕ: позже"));
    CHECK(both(kId, kPS, "\xFF body\nP.S. \xFE bytes"));
  }
  SECTION("other markers: reference inserts them into a regex, precise takes them literally") {
    // "p.s" is not the special "P.S.": its dots are regex wildcards in reference.
    CHECK(check(kId, marker("p.s"), "Body.\npas de deux", kRef));
    CHECK_FALSE(check(kId, marker("p.s"), "Body.\npas de deux", kPrecise));
    CHECK(both(kId, marker("p.s"), "Body.\nP.S. here"));
    // The marker is stripped first.
    CHECK(both(kId, marker("  P.S.  "), "Body.\nP.S. stripped marker"));
    // Other regex syntax is refused in reference and literal in precise.
    auto err = build_error(kId, marker("P(S)"), kRef);
    CHECK(err.code() == precis::StatusCode::kInvalidArgument);
    CHECK(err.message().find("metacharacter") != std::string::npos);
    CHECK(build_error(kId, marker("P*S"), kRef).code() == precis::StatusCode::kInvalidArgument);
    CHECK(check(kId, marker("P(S)"), "Body.\nP(S) literal", kPrecise));
    CHECK_FALSE(check(kId, marker("P*S"), "Body.\nPPPS", kPrecise));
  }
  SECTION("an empty marker: reference passes everything, precise refuses it") {
    CHECK(check(kId, marker(""), "anything", kRef));
    CHECK(check(kId, marker("   "), "anything", kRef));
    CHECK(build_error(kId, marker(""), kPrecise).code() == precis::StatusCode::kInvalidArgument);
    CHECK(build_error(kId, marker(" "), kPrecise).code() == precis::StatusCode::kInvalidArgument);
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, kPS, ""));
    CHECK_FALSE(both(kId, kPS, "\n \n"));
    CHECK_FALSE(direct(kPS, "\n \n", kPrecise));
    CHECK(direct(marker(""), " ", kRef));  // reference leaves blank text to the evaluation's gate
  }
  SECTION("large inputs stay linear") {
    std::string lines = "Body\n";
    for (int i = 0; i < 300'000; ++i)
      lines += "P.P.P.P.P.P.p.p. p.\n";
    CHECK_FALSE(both(kId, kPS, lines));
    std::string notes = "Body\n";
    for (int i = 0; i < 300'000; ++i)
      notes += "Note\n";
    CHECK(check(kId, marker("Note"), notes, kPrecise));  // the next line is text after it
    CHECK(check(kId, marker("Note"), notes, kRef));
    std::string spaces(3'000'000, ' ');
    CHECK(check(kId, marker("x"), spaces + "x", kRef));
    CHECK(check(kId, marker("a.b"), std::string(3'000'000, 'a') + "xb", kRef));
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).message().find("postscript_marker") != std::string::npos);
      CHECK(build_error(kId, R"({"postscript_marker": 1})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"postscript_marker": ["P.S."]})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"postscript_marker": "P.S.", "x": 1})", s)
                .message()
                .find("unknown kwarg") != std::string::npos);
    }
  }
}
