// The vectorized ASCII lowercasing (lib/simd/ascii.h) equals its scalar definition on every
// target, and the folding and lowering built on it keep their results.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "simd/ascii.h"
#include "simd/facets.h"
#include "text/unicode.h"

namespace {

namespace simd = precis::simd;
namespace text = precis::text;

}  // namespace

TEST_CASE("ascii_lower_prefix: every target equals the scalar definition", "[simd]") {
  std::mt19937_64 rng(31);
  std::vector<std::string> texts = {"", "A", "Hello, World", std::string(200, 'Z')};
  for (int i = 0; i < 2000; ++i) {
    std::string t(rng() % 300, ' ');
    for (char& c : t)
      c = static_cast<char>(rng() % 128);
    // Half of them get one non-ASCII byte somewhere, so that the prefix stops inside.
    if (i % 2 == 0 && !t.empty()) t[rng() % t.size()] = static_cast<char>(0x80 + rng() % 128);
    texts.push_back(std::move(t));
  }
  const std::vector<simd::Target> targets = simd::available_targets();
  for (const simd::Target& target : targets) {
    simd::force_target(target.bits);
    INFO("target " << target.name);
    for (const std::string& t : texts) {
      std::string want(t.size(), '\0'), got(t.size(), '\0');
      const size_t n = simd::ascii_lower_prefix_scalar(t.data(), t.size(), want.data());
      REQUIRE(simd::ascii_lower_prefix(t.data(), t.size(), got.data()) == n);
      REQUIRE(got.substr(0, n) == want.substr(0, n));
      // In place gives the same.
      std::string in_place = t;
      REQUIRE(simd::ascii_lower_prefix(in_place.data(), in_place.size(), in_place.data()) == n);
      REQUIRE(in_place.substr(0, n) == want.substr(0, n));
    }
  }
  simd::force_target(0);
  std::string out(12, '\0');
  CHECK(simd::ascii_lower_prefix("HeLLo W\xC3\x96rld", 13, out.data()) == 7);
  CHECK(out.substr(0, 7) == "hello w");
}

TEST_CASE("simple folding never grows a code point by more than half", "[simd][text]") {
  // simple_fold writes into a buffer of 1.5 times its input; this is the bound it relies on.
  for (char32_t cp = 0; cp <= 0x10FFFF; ++cp) {
    if (cp >= 0xD800 && cp <= 0xDFFF) continue;
    std::string one;
    text::append_utf8(one, cp);
    const std::string folded = text::simple_fold(one);
    INFO("U+" << std::hex << static_cast<unsigned>(cp));
    REQUIRE(2 * folded.size() <= 3 * one.size());
  }
  CHECK(text::simple_fold("\xC8\xBA") == "\xE2\xB1\xA5");  // U+023A folds to U+2C65: 2 -> 3 bytes
  CHECK(text::simple_fold("Stra\xC3\x9F"
                          "E \xE1\xBA\x9E K") ==
        "stra\xC3\x9F"
        "e \xC3\x9F k");
  CHECK(text::py_lower("\xCE\x9F\xCE\xA3 ABC") == "\xCE\xBF\xCF\x82 abc");  // final sigma: ος
  CHECK(text::py_lower("PLAIN ASCII, 123") == "plain ascii, 123");
}
