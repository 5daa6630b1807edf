#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:sentence_alphabet";
constexpr auto kPaper = IfbenchVersion::kPaper;
const std::vector<std::string> kWords = {
    "Alice", "Bears",  "Cats",    "Dogs",  "Every",  "Foxes", "Goats", "Horses", "Ibis",
    "Jays",  "Kites",  "Lions",   "Mice",  "Newts",  "Owls",  "Pigs",  "Quails", "Rats",
    "Seals", "Tigers", "Urchins", "Voles", "Wolves", "Xerus", "Yaks",  "Zebras"};

std::string story(const std::vector<std::string>& words, const std::string& sep = " ") {
  std::string out;
  for (size_t i = 0; i < words.size(); ++i) {
    if (i) out += sep;
    out += words[i] + " walked home.";
  }
  return out;
}
}  // namespace

TEST_CASE("custom:sentence_alphabet", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", story(kWords)));
    CHECK(both(kId, "{}", story(kWords, "\n")));
    auto w = kWords;
    w.pop_back();
    CHECK_FALSE(both(kId, "{}", story(w)));  // 25 sentences
    w = kWords;
    std::swap(w[1], w[2]);
    CHECK_FALSE(both(kId, "{}", story(w)));
    CHECK_FALSE(both(kId, "{}", story(kWords) + " Again they walked."));
  }
  SECTION("both IFBench versions") {
    CHECK(check(kId, "{}", story(kWords), kRef, kPaper));
    // The regex splitter keeps "Dr. Dogs" in one sentence ("Dr" is one of its prefixes).
    auto w = kWords;
    w[3] = "Dr. Dogs";
    CHECK(check(kId, "{}", story(w), kRef, kPaper));
    // "!" ends a sentence in both splitters.
    std::string s = story(kWords);
    s.replace(s.find("Bears walked home."), 18, "Bears walked home!");
    CHECK(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kRef, kPaper));
  }
  SECTION("precise: leading quotes and markdown") {
    auto w = kWords;
    w[0] = "\"Alice,\" she said.";
    std::string s;
    for (size_t i = 0; i < w.size(); ++i)
      s += (i ? " " : "") + (i ? w[i] + " walked home." : w[i]);
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    w = kWords;
    w[1] = "**Bears**";
    CHECK_FALSE(check(kId, "{}", story(w), kRef));
    CHECK(check(kId, "{}", story(w), kPrecise));
  }
  SECTION("precise: accents are ignored") {
    auto w = kWords;
    w[4] = "\xC3\x89lan";
    CHECK_FALSE(check(kId, "{}", story(w), kRef));
    CHECK(check(kId, "{}", story(w), kPrecise));
  }
  SECTION("precise: Punkt sentences in both versions") {
    std::string s = story(kWords);
    s.replace(s.find("Cats walked home."), 17, "Cats walked home?!");
    CHECK(check(kId, "{}", s, kPrecise, kPaper) == check(kId, "{}", s, kPrecise));
    CHECK(check(kId, "{}", s, kRef) == check(kId, "{}", s, kPrecise));
    CHECK_FALSE(check(kId, "{}", s, kRef, kPaper));  // the regex splitter makes "!" a sentence
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", story(kWords, "\r\n")));
    auto w = kWords;
    w[0] = "\xC3\x89tienne";  // É is not a
    CHECK_FALSE(both(kId, "{}", story(w)));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 26})", s).ok());
    }
  }
}
