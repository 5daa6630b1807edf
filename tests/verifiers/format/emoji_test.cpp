#include <catch2/catch.hpp>

#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "format:emoji";
}  // namespace

TEST_CASE("format:emoji", "[format]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}",
               "We went to the beach 🏖️. The sun was hot ☀️! Did you swim 🏊?"));
    CHECK(both(kId, "{}", "One sentence with an emoji 😀"));
    CHECK_FALSE(both(kId, "{}", "We went to the beach 🏖️. The sun was hot."));
    CHECK_FALSE(both(kId, "{}", "No emoji at all."));
  }
  SECTION("the emoji may follow the closing punctuation") {
    // Punkt puts the emoji at the start of the next sentence; both semantics accept it.
    CHECK(both(kId, "{}", "We went to the beach. 🏖️ The sun was hot! ☀️"));
    CHECK_FALSE(both(kId, "{}", "We went to the beach. 🏖️ The sun was hot!"));
  }
  SECTION("empty and blank responses fail") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("boundaries: a sentence of punctuation only fails") {
    CHECK_FALSE(both(kId, "{}", "Hello 😀. ? Bye 😀"));
    CHECK(both(kId, "{}", "😀"));
  }
  SECTION("non-ASCII text and CRLF") {
    CHECK(both(kId, "{}", "Wir gingen an den Strand 🏖️.\r\nDie Sonne schien 🌞."));
    CHECK_FALSE(both(kId, "{}", "Wir gingen an den Strand 🏖️.\r\nDie Sonne schien."));
    CHECK(both(kId, "{}", "ZWJ family 👨‍👩‍👧. Thumbs up 👍🏽."));
  }
  SECTION("bad kwargs") {
    CHECK_FALSE(build_error(kId, R"({"n": 1})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"n": 1})", kPrecise).ok());
  }
  SECTION("IFBench versions: paper splits with IFEval's regex splitter") {
    // "Mr. Smith" is one Punkt sentence; the regex splitter keeps "Mr." too. Both agree here.
    CHECK(check(kId, "{}", "Mr. Smith came 😀. He left 😢.", kRef, IfbenchVersion::kPaper));
    // A newline does not end a Punkt sentence, so head sees one sentence ending in 😀; the regex
    // splitter does not split at a bare newline either.
    CHECK(check(kId, "{}", "Title\nBody text 😀.", kRef, IfbenchVersion::kHead));
    CHECK(check(kId, "{}", "Title\nBody text 😀.", kRef, IfbenchVersion::kPaper));
    CHECK_FALSE(check(kId, "{}", "Hi 😀. Bye.", kRef, IfbenchVersion::kPaper));
  }
  SECTION("reference: keycap bases and single regional indicators are not emoji") {
    // The emoji package lists `#`, `*`, 0-9 and single regional indicators only in sequences.
    CHECK_FALSE(check(kId, "{}", "Number 5", kRef));
    CHECK_FALSE(check(kId, "{}", "Number 5", kPrecise));
  }
  SECTION("precise: flags and keycaps are whole emoji") {
    const char* flag = "We won in France 🇫🇷.";
    CHECK_FALSE(check(kId, "{}", flag, kRef));
    CHECK(check(kId, "{}", flag, kPrecise));
    const char* keycap = "Step one 1️⃣.";
    CHECK_FALSE(check(kId, "{}", keycap, kRef));
    CHECK(check(kId, "{}", keycap, kPrecise));
    CHECK(check(kId, "{}", "Go Scotland 🏴󠁧󠁢󠁳󠁣󠁴󠁿!", kPrecise));
  }
  SECTION("precise: the emoji must be last") {
    const char* s = "Nice day 😀x.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: Unicode punctuation after the emoji is skipped") {
    const char* s = "Great day 😀 »";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", "好 😀。", kPrecise));
  }
  SECTION("precise: text-style symbols need U+FE0F") {
    const char* s = "Acme™.";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", "Acme ™️.", kPrecise));
    CHECK(check(kId, "{}", "I love you ❤.", kPrecise));
  }
  SECTION("precise: Punkt sentences in both versions") {
    // The regex splitter cuts after "Prof." where Punkt does not, so paper reference fails the
    // first fragment; precise reads one sentence.
    const char* s = "I met Prof. Smith today 😀.";
    CHECK_FALSE(check(kId, "{}", s, kRef, IfbenchVersion::kPaper));
    CHECK(check(kId, "{}", s, kPrecise, IfbenchVersion::kPaper));
  }
}
