#include <catch2/catch.hpp>

#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "precis/constraint.h"
#include "test_util.h"
#include "text/stopwords.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "ratio:stop_words";
std::string kw(int p) {
  return R"({"percentage": )" + std::to_string(p) + "}";
}
std::string repeat(const std::string& w, int n) {
  std::string out;
  for (int i = 0; i < n; ++i)
    out += w + " ";
  return out;
}
}  // namespace

TEST_CASE("ratio:stop_words", "[ratio]") {
  SECTION("pass and fail") {
    CHECK(both(kId, kw(60), "The cat and the dog"));  // 3 of 5
    CHECK_FALSE(both(kId, kw(59), "The cat and the dog"));
    CHECK(both(kId, kw(0), "Cats chase dogs"));
    CHECK_FALSE(both(kId, kw(100), "!!! ???"));  // no word
    CHECK(both(kId, kw(60), "THE cat\r\nAND the dog"));
  }
  SECTION("precise: contractions are one word") {
    // reference: I, don, t, know: 3 of 4; precise: I, don't, know: 2 of 3.
    CHECK_FALSE(check(kId, kw(70), "I don't know", kRef));
    CHECK(check(kId, kw(70), "I don't know", kPrecise));
    CHECK(check(kId, kw(70), "I don\xE2\x80\x99t know", kPrecise));
  }
  SECTION("precise: exact comparison") {
    std::string s = repeat("the", 7) + repeat("cat", 18);  // 7 of 25 = 28%
    CHECK_FALSE(check(kId, kw(28), s, kRef));              // 28.000000000000004 in floats
    CHECK(check(kId, kw(28), s, kPrecise));
  }
  SECTION("both IFBench versions") {
    CHECK(check(kId, kw(60), "The cat and the dog", kRef, IfbenchVersion::kPaper));
  }
  SECTION("non-ASCII") {
    CHECK(both(kId, kw(50), "caf\xC3\xA9 and th\xC3\xA9"));  // 1 of 3
    CHECK_FALSE(both(kId, kw(30), "caf\xC3\xA9 and th\xC3\xA9"));
  }
  SECTION("empty and bad kwargs") {
    CHECK_FALSE(check(kId, kw(50), "", kPrecise));
    CHECK_FALSE(build_error(kId, "{}", kRef).ok());
    CHECK_FALSE(build_error(kId, kw(-1), kRef).ok());
  }
  SECTION("the stopword list") {
    auto list = precis::text::english_stopwords();
    REQUIRE(list.ok());
    CHECK((*list)->contains("the"));
    CHECK((*list)->contains("don't"));
    CHECK_FALSE((*list)->contains("cat"));
    CHECK_FALSE((*list)->contains("The"));
  }
  SECTION("a missing or empty list is an error") {
    namespace fs = std::filesystem;
    fs::path dir = fs::temp_directory_path() / ("precis_stopwords_" + std::to_string(::getpid()));
    fs::create_directories(dir);
    auto missing = precis::text::load_stopwords((dir / "english").string());
    CHECK(missing.status().code() == precis::StatusCode::kNotFound);
    CHECK(missing.status().message().find("english") != std::string::npos);
    { std::ofstream(dir / "english") << "\n  \n"; }
    auto empty = precis::text::load_stopwords((dir / "english").string());
    CHECK_FALSE(empty.ok());
    { std::ofstream(dir / "english") << "a\nthe\n"; }
    auto two = precis::text::load_stopwords((dir / "english").string());
    REQUIRE(two.ok());
    CHECK(two->size() == 2);
    fs::remove_all(dir);
  }
}
