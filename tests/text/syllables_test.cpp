#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <string>

#include <unistd.h>

#include "text/syllables.h"

using precis::text::SyllableDict;
using precis::text::syllapy_count;
using precis::text::syllapy_heuristic;

TEST_CASE("syllapy heuristic", "[text]") {
  CHECK(syllapy_heuristic("cat") == 1);
  CHECK(syllapy_heuristic("the") == 1);    // 1 - final e, then at least 1
  CHECK(syllapy_heuristic("table") == 2);  // 2 - final e + consonant-le
  CHECK(syllapy_heuristic("apple") == 2);
  CHECK(syllapy_heuristic("queue") == 1);   // one vowel run, final e, at least 1
  CHECK(syllapy_heuristic("rhythm") == 1);  // y is a vowel
  CHECK(syllapy_heuristic("eagle") == 2);   // ea, e; -1; +1 (gle)
  CHECK(syllapy_heuristic("ale") == 1);     // a, e; -1; l after a vowel: no +1
  CHECK(syllapy_heuristic("le") == 1);      // too short for the -le rule
  CHECK(syllapy_heuristic("str") == 1);
  CHECK(syllapy_heuristic("caf\xC3\xA9") == 1);  // é is not a vowel
}

TEST_CASE("syllapy count with a dictionary", "[text]") {
  // A folder of this process's own: test runs may overlap.
  auto dir = std::filesystem::temp_directory_path() /
             ("precis_syllapy_test_" + std::to_string(static_cast<long>(getpid())));
  std::filesystem::create_directories(dir);
  auto path = (dir / "data.csv").string();
  std::ofstream(path) << "hello,2\r\nfire,2\nbad,9\nbad,1\n\n";
  auto d = SyllableDict::load(path);
  REQUIRE(d.ok());
  const SyllableDict& dict = **d;
  CHECK(dict.size() == 3);
  CHECK(syllapy_count(" Hello! ", dict) == 2);  // strip, lower, strip punctuation, dictionary
  CHECK(syllapy_count("FIRE", dict) == 2);
  CHECK(syllapy_count("bad", dict) == 1);  // the last row wins
  CHECK(syllapy_count("...", dict) == 0);  // empty after stripping
  CHECK(syllapy_count("", dict) == 0);
  CHECK(syllapy_count("abc1", dict) == 0);       // a digit
  CHECK(syllapy_count("a\xD9\xA3", dict) == 0);  // Arabic-Indic digit three is \d too
  CHECK(syllapy_count("tree", dict) == 1);       // heuristic
  CHECK(syllapy_count("'tis", dict) == 1);
  std::ofstream(path) << "hello;2\n";
  auto bad = SyllableDict::load(path);
  REQUIRE_FALSE(bad.ok());
  CHECK(bad.status().code() == precis::StatusCode::kParseError);
  std::filesystem::remove_all(dir);
  auto missing = SyllableDict::load((dir / "none.csv").string());
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == precis::StatusCode::kNotFound);
}

TEST_CASE("syllapy: the shipped dictionary", "[text]") {
  const auto& d = precis::text::syllapy_dict();
  if (!d.ok()) {
    WARN("SKIPPED: syllapy/data.csv is not in the precis data folders");
    CHECK(d.status().code() == precis::StatusCode::kNotFound);
    return;
  }
  CHECK((*d)->size() > 6000);
  CHECK(syllapy_count("table", **d) == 2);
  CHECK(syllapy_count("Apple.", **d) == 2);
}
