#include <catch2/catch.hpp>

#include <string>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:last_first";
constexpr auto kPaper = IfbenchVersion::kPaper;
}  // namespace

TEST_CASE("words:last_first", "[words]") {
  SECTION("pass and fail") {
    const char* good = "I like cats. Cats like fish. Fish swim.";
    CHECK(both(kId, "{}", good));
    CHECK(check(kId, "{}", good, kRef, kPaper));
    const char* bad = "I like cats. Dogs like fish.";
    CHECK_FALSE(both(kId, "{}", bad));
    CHECK_FALSE(check(kId, "{}", bad, kRef, kPaper));
  }
  SECTION("case and ASCII punctuation") {
    CHECK(both(kId, "{}", "We saw the SEA! Sea it was. Was it? It was."));
    // The comma stays on the first token of the next sentence in reference.
    CHECK_FALSE(check(kId, "{}", "We saw the SEA! Sea, it was.", kRef));
    CHECK(check(kId, "{}", "We saw the SEA! Sea, it was.", kPrecise));
  }
  SECTION("CRLF") {
    CHECK(both(kId, "{}", "I like cats.\r\nCats like fish.\r\n"));
    CHECK(check(kId, "{}", "I like cats.\r\nCats like fish.\r\n", kRef, kPaper));
    CHECK_FALSE(both(kId, "{}", "I like cats.\r\nDogs like fish.\r\n"));
  }
  SECTION("non-ASCII words") {
    CHECK(both(kId, "{}", "Il fait \xC3\xA9t\xC3\xA9. \xC3\x89t\xC3\xA9 est chaud."));
  }
  SECTION("head and paper split sentences differently") {
    // Punkt needs whitespace after the period; IFEval's regex splitter does not.
    const char* s = "I like dogs.Cats like fish.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kRef, kPaper));
  }
  SECTION("precise: at least two sentences") {
    CHECK(check(kId, "{}", "I like cats.", kRef));
    CHECK(check(kId, "{}", "I like cats.", kRef, kPaper));
    CHECK_FALSE(check(kId, "{}", "I like cats.", kPrecise));
  }
  SECTION("precise: punctuation around words is ignored") {
    const char* q = "He said \"go.\" Go home.";
    CHECK_FALSE(check(kId, "{}", q, kRef));
    CHECK_FALSE(check(kId, "{}", q, kRef, kPaper));
    CHECK(check(kId, "{}", q, kPrecise));
    const char* s =
        "We ate \xC2\xAB"
        "bread\xC2\xBB. Bread is good.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kRef, kPaper));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: full case folding and zero-width characters") {
    const char* s =
        "Go down the Stra\xC3\x9F"
        "e. STRASSE is long.";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    const char* z = "I like ca\xE2\x80\x8Bts. Cats like fish.";
    CHECK_FALSE(check(kId, "{}", z, kRef));
    CHECK(check(kId, "{}", z, kPrecise));
  }
  SECTION("precise: Punkt sentences in both IFBench versions") {
    const char* s = "I like dogs.Cats like fish.";
    CHECK_FALSE(check(kId, "{}", s, kPrecise, kPaper));  // one Punkt sentence
  }
  SECTION("blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\r\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 2})", s).ok());
    }
  }
}
