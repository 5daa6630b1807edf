#include <catch2/catch.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>

#include "text/pos_tagger.h"

using precis::text::PosTagger;

namespace {

std::string tag(const PosTagger& t, std::vector<std::string_view> tokens) {
  return std::string(t.tag_first(tokens));
}

// A tiny model in a temporary folder.
struct TinyModel {
  std::filesystem::path dir;
  TinyModel(const std::string& classes, const std::string& tagdict, const std::string& weights) {
    dir = std::filesystem::temp_directory_path() /
          ("precis_pos_" + std::to_string(static_cast<long>(getpid())) + "_" +
           std::to_string(reinterpret_cast<uintptr_t>(this)));
    std::filesystem::create_directories(dir);
    write("classes", classes);
    write("tagdict", tagdict);
    write("weights", weights);
  }
  ~TinyModel() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  void write(const std::string& kind, const std::string& body) {
    std::ofstream(dir / ("averaged_perceptron_tagger_eng." + kind + ".json")) << body;
  }
};

}  // namespace

TEST_CASE("pos_normalize", "[text]") {
  std::string out;
  precis::text::pos_normalize("well-known", out);
  CHECK(out == "!HYPHEN");
  precis::text::pos_normalize("-5", out);
  CHECK(out == "-5");  // starts with '-': not a hyphen word, and '-' is no digit
  precis::text::pos_normalize("1999", out);
  CHECK(out == "!YEAR");
  precis::text::pos_normalize("19999", out);
  CHECK(out == "!DIGITS");
  precis::text::pos_normalize("3rd", out);
  CHECK(out == "!DIGITS");
  precis::text::pos_normalize("Hello", out);
  CHECK(out == "hello");
  precis::text::pos_normalize("\xC3\x89T\xC3\x89", out);  // ÉTÉ
  CHECK(out == "\xC3\xA9t\xC3\xA9");
}

TEST_CASE("PosTagger on a tiny model: features, tag dictionary, ties", "[text]") {
  TinyModel m(R"(["NN", "VB", "JJ"])", R"({"the": "DT"})",
              R"({"bias": {"NN": 1.0, "VB": 1.0},
                  "i word !YEAR": {"JJ": 5.0},
                  "i+1 word -END-": {"NN": 0.5},
                  "i suffix ing": {"VB": 3.0},
                  "i pref1 Q": {"JJ": 2.0},
                  "i+2 word -END2-": {"JJ": 0.25}})");
  auto t = PosTagger::load(m.dir.string());
  REQUIRE(t.ok());
  const PosTagger& p = **t;
  CHECK(tag(p, {"the", "x"}) == "DT");           // tag dictionary, raw token
  CHECK(tag(p, {"The", "x", "y"}) == "VB");      // not in the dictionary; tie NN/VB -> VB
  CHECK(tag(p, {"1999", "x", "y"}) == "JJ");     // !YEAR
  CHECK(tag(p, {"zz"}) == "NN");                 // next word -END- (0.5), -END2- (JJ 0.25)
  CHECK(tag(p, {"zz", "a"}) == "VB");            // i+2 is -END-: tie NN/VB
  CHECK(tag(p, {"running", "a", "b"}) == "VB");  // suffix of the raw token
  CHECK(tag(p, {"Qz", "a", "b"}) == "JJ");       // first character of the raw token
  CHECK(tag(p, {}).empty());
}

TEST_CASE("PosTagger: missing and malformed model files", "[text]") {
  auto missing = PosTagger::load("/nonexistent/precis/tagger");
  REQUIRE_FALSE(missing.ok());
  CHECK(missing.status().code() == precis::StatusCode::kNotFound);
  CHECK(missing.status().message().find("classes.json") != std::string::npos);
  TinyModel bad(R"(["NN"])", R"({})", R"({"bias": [1, 2]})");
  auto b = PosTagger::load(bad.dir.string());
  REQUIRE_FALSE(b.ok());
  CHECK(b.status().code() == precis::StatusCode::kParseError);
}

TEST_CASE("PosTagger: NLTK's English model", "[text]") {
  const auto& t = precis::text::english_pos_tagger();
  if (!t.ok()) {
    WARN("SKIPPED: averaged_perceptron_tagger_eng is not in the NLTK data folders");
    CHECK(t.status().code() == precis::StatusCode::kNotFound);
    return;
  }
  const PosTagger& p = **t;
  // Examples from NLTK's documentation.
  CHECK(tag(p, {"John", "'s", "big"}) == "NNP");
  CHECK(tag(p, {"And", "now", "for"}) == "CC");
  CHECK(tag(p, {"They", "refuse", "to"}) == "PRP");
  CHECK(tag(p, {"The", "quick", "brown"}) == "DT");
}
