// The vectorized ASCII word splitter (lib/simd/words.h) gives text::precise_words's spans on
// every target, and Text::words() gives them whichever path it takes.
#include <catch2/catch.hpp>

#include <random>
#include <string>
#include <vector>

#include "precis/text.h"
#include "shared_texts.h"
#include "simd/facets.h"
#include "simd/words.h"
#include "test_util.h"
#include "text/unicode.h"

namespace {

namespace simd = precis::simd;
namespace text = precis::text;
using precis::Span;

std::vector<Span> reference_words(const std::string& s) {
  std::vector<Span> out;
  text::precise_words(s, out);
  return out;
}

bool same(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (a[i].begin != b[i].begin || a[i].end != b[i].end) return false;
  return true;
}

void same_on_every_target(const std::vector<std::string>& texts) {
  const std::vector<simd::Target> targets = simd::available_targets();
  for (const simd::Target& target : targets) {
    simd::force_target(target.bits);
    INFO("target " << target.name);
    for (const std::string& t : texts) {
      INFO("text (" << t.size() << " bytes): " << t.substr(0, 200));
      std::vector<Span> got;
      simd::ascii_precise_words(t, got);
      const bool ok = same(got, reference_words(t));
      if (!ok) simd::force_target(0);
      REQUIRE(ok);
    }
  }
  simd::force_target(0);
}

}  // namespace

TEST_CASE("ascii_precise_words: hand-made texts", "[simd][words]") {
  const std::string block(64, 'a');
  same_on_every_target({
      "",
      "a",
      "don't stop-rock 'n' roll -- it's rock-'n'-roll",
      "3-D, x-3, A-b, a'1, 'quoted', -dash- and l'homme",
      "trailing apostrophe' and hyphen- at the end-",
      block,                            // a word of exactly one block
      block + "'s",                     // a joiner right after the block boundary
      block.substr(0, 63) + "'" + "b",  // a joiner at byte 63, its letter in the next block
      block.substr(0, 63) + "-",        // a joiner at the very end
      std::string(128, ' '),
      "snake_case has two words; e-mail has one; 9am and 10:30",
      "CRLF\r\nline\r\n\r\nbreaks",
  });
  std::vector<Span> words;
  simd::ascii_precise_words("it's a well-known 'fact'", words);
  REQUIRE(words.size() == 4);
  CHECK(words[0].begin == 0);
  CHECK(words[0].end == 4);     // it's
  CHECK(words[2].end == 17);    // well-known
  CHECK(words[3].begin == 19);  // fact, without its quotes
  CHECK(words[3].end == 23);
}

TEST_CASE("ascii_precise_words: random ASCII", "[simd][words]") {
  std::mt19937_64 rng(4242);
  std::vector<std::string> texts;
  static const char kAlphabet[] = "abcXYZ09''--  ,._\n";
  for (int i = 0; i < 4000; ++i) {
    std::string t(rng() % 400, ' ');
    const bool any = i % 3 == 0;  // a third from all of ASCII
    for (char& c : t)
      c = any ? static_cast<char>(rng() % 128) : kAlphabet[rng() % (sizeof(kAlphabet) - 1)];
    texts.push_back(std::move(t));
  }
  same_on_every_target(texts);
}

TEST_CASE("ascii_precise_words: the shared ASCII texts; Text::words on all",
          "[simd][words][shared]") {
  PRECIS_REQUIRE_SHARED(precis::testing::shared_data("ifeval/responses_gpt4.jsonl"));
  const std::vector<std::string> texts = precis::testing::shared_texts();
  std::vector<std::string> ascii;
  precis::Text t;
  for (const std::string& s : texts) {
    if (simd::scan(s).non_ascii == 0) ascii.push_back(s);
    t.reset(s);
    INFO(s.substr(0, 200));
    REQUIRE(same(t.words(), reference_words(s)));
  }
  REQUIRE(ascii.size() > 1000);
  same_on_every_target(ascii);
}
