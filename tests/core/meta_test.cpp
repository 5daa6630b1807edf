// Every registered id has a test file, a doc page, a summary and a kwargs schema with docs.
#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include "precis/registry.h"

TEST_CASE("every id has a test file and a doc page", "[meta]") {
  namespace fs = std::filesystem;
  const fs::path root(PRECIS_SOURCE_DIR);
  for (const auto& info : precis::Registry::global().all()) {
    INFO(info.id);
    std::string family(info.family());
    std::string name = info.id.substr(info.id.find(':') + 1);
    CHECK(fs::exists(root / "verifiers" / family / (name + ".cpp")));
    CHECK(fs::exists(root / "tests" / "verifiers" / family / (name + "_test.cpp")));
    CHECK(fs::exists(root / "docs" / "verifiers" / family / (name + ".md")));
    CHECK_FALSE(info.summary.empty());
    CHECK_FALSE(info.suite.empty());
    for (const auto& k : info.kwargs) {
      INFO(k.name);
      CHECK_FALSE(k.doc.empty());
    }
  }
}
