#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "sentence:keyword";
constexpr auto kPaper = IfbenchVersion::kPaper;
std::string kw(const std::string& word, int n) {
  return R"({"word": ")" + word + R"(", "N": )" + std::to_string(n) + "}";
}
}  // namespace

TEST_CASE("sentence:keyword", "[sentence]") {
  const char* s = "The sun rose. A fox ran past the barn. Night fell.";
  SECTION("pass and fail") {
    CHECK(both(kId, kw("fox", 2), s));
    CHECK(both(kId, kw("FOX", 2), s));
    CHECK_FALSE(both(kId, kw("fox", 1), s));
    CHECK_FALSE(both(kId, kw("fox", 3), s));
    CHECK_FALSE(both(kId, kw("fox", 4), s));  // only 3 sentences
    CHECK(both(kId, kw("night", 3), s));
  }
  SECTION("whole words; paper era: substring") {
    const char* p = "We met. The party was fun.";
    CHECK_FALSE(check(kId, kw("art", 2), p, kRef));
    CHECK(check(kId, kw("art", 2), p, kRef, kPaper));
    CHECK_FALSE(check(kId, kw("art", 2), p, kPrecise));
  }
  SECTION("N = 0: reference checks the last sentence, precise refuses it") {
    CHECK(check(kId, kw("fell", 0), s, kRef));
    CHECK(check(kId, kw("fell", 0), s, kRef, kPaper));
    CHECK_FALSE(check(kId, kw("sun", 0), s, kRef));
    CHECK_FALSE(build_error(kId, kw("fell", 0), kPrecise).ok());
  }
  SECTION("precise: the keyword must be words") {
    CHECK(build_error(kId, kw("e.g", 1), kRef).ok());
    CHECK(check(kId, kw("e.g", 1), "Use tools, e.g. hammers.", kRef));
    // \b after a final period needs a word character next.
    CHECK_FALSE(check(kId, kw("e.g.", 1), "Use tools, e.g. hammers.", kRef));
    CHECK_FALSE(build_error(kId, kw("e.g", 1), kPrecise).ok());
    CHECK_FALSE(build_error(kId, kw("", 1), kRef).ok());
    CHECK_FALSE(build_error(kId, kw("", 1), kPrecise).ok());
  }
  SECTION("precise: full case folding and zero-width characters") {
    const char* f = "Hello. Die STRASSE ist lang.";
    CHECK_FALSE(check(kId,
                      kw("Stra\xC3\x9F"
                         "e",
                         2),
                      f, kRef));
    CHECK(check(kId,
                kw("Stra\xC3\x9F"
                   "e",
                   2),
                f, kPrecise));
    const char* z = "Hello. A f\xE2\x80\x8Box ran.";
    CHECK_FALSE(check(kId, kw("fox", 2), z, kRef));
    CHECK(check(kId, kw("fox", 2), z, kPrecise));
  }
  SECTION("precise: a heading is a sentence") {
    const char* h = "# Report\nThe fox ran. It hid.";
    CHECK(check(kId, kw("fox", 1), h, kRef));  // Punkt glues the heading to sentence 1
    CHECK_FALSE(check(kId, kw("fox", 1), h, kPrecise));
    CHECK(check(kId, kw("fox", 2), h, kPrecise));
    CHECK(check(kId, kw("fox", 2), "# Report\r\nThe fox ran. It hid.", kPrecise));
  }
  SECTION("both IFBench versions: splitters differ") {
    // The regex splitter protects "Dr." and keeps "Dr. Fox" in one sentence; Punkt does too.
    const char* d = "We met Dr. Fox. He waved.";
    CHECK(check(kId, kw("waved", 2), d, kRef));
    CHECK(check(kId, kw("waved", 2), d, kRef, kPaper));
    // "1.5" is protected by the regex splitter; Punkt does not split there either.
    const char* n = "It cost 1.5 dollars. The fox paid.";
    CHECK(check(kId, kw("fox", 2), n, kRef, kPaper));
  }
  SECTION("non-ASCII") {
    const char* u = "Bonjour. Le caf\xC3\xA9 est chaud.";
    CHECK(both(kId, kw("CAF\xC3\x89", 2), u));
    CHECK_FALSE(both(kId, kw("caf", 2), u));
  }
  SECTION("empty and bad kwargs") {
    CHECK_FALSE(check(kId, kw("fox", 1), "", kPrecise));
    CHECK_FALSE(build_error(kId, R"({"word": "fox"})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"word": "fox", "N": -1})", kRef).ok());
    CHECK_FALSE(build_error(kId, R"({"word": "fox", "N": 2, "x": 1})", kRef).ok());
  }
}
