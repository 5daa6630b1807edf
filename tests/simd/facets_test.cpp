// The vectorized one-pass counts (lib/simd) equal the scalar definition on every target this
// CPU runs, and the scalar definition equals text::count_py_words and text::case_stats.
#include <catch2/catch.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"
#include "shared_texts.h"
#include "simd/facets.h"
#include "test_util.h"
#include "text/unicode.h"

namespace {

using precis::TextCounts;
namespace simd = precis::simd;
namespace text = precis::text;

std::string hex(std::string_view s) {
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (const char c : s.substr(0, 256)) {
    const auto b = static_cast<unsigned char>(c);
    out += digits[b >> 4];
    out += digits[b & 15];
  }
  return out;
}

// Every available target gives scan_scalar's counts on every text; restores the CPU's best.
void same_on_every_target(const std::vector<std::string>& texts) {
  std::vector<TextCounts> expected;
  for (const std::string& t : texts) {
    TextCounts c = simd::scan_scalar(t);
    INFO("text " << hex(t));
    // The definition agrees with the code-point loops the facets replaced.
    REQUIRE(c.py_words == text::count_py_words(t));
    REQUIRE(c.cases == text::case_stats(t));
    expected.push_back(c);
  }
  const std::vector<simd::Target> targets = simd::available_targets();
  REQUIRE(!targets.empty());
  for (const simd::Target& target : targets) {
    simd::force_target(target.bits);
    INFO("target " << target.name);
    REQUIRE(std::string_view(simd::active_target()) == target.name);
    for (size_t i = 0; i < texts.size(); ++i) {
      const TextCounts got = simd::scan(texts[i]);
      if (!(got == expected[i])) {
        INFO("text #" << i << " (" << texts[i].size() << " bytes) " << hex(texts[i]));
        CHECK(got.non_ascii == expected[i].non_ascii);
        CHECK(got.newlines == expected[i].newlines);
        CHECK(got.commas == expected[i].commas);
        CHECK(got.py_words == expected[i].py_words);
        CHECK(got.cases == expected[i].cases);
        simd::force_target(0);
        FAIL("the target differs from the scalar path");
      }
    }
  }
  simd::force_target(0);
}

void append_utf8(std::string& out, char32_t cp) {
  text::append_utf8(out, cp);
}

// Lengths around the 64-byte block: empty, partial, exact, one over, several blocks.
size_t random_length(std::mt19937_64& rng) {
  static const size_t kEdges[] = {0, 1, 2, 62, 63, 64, 65, 127, 128, 129, 191, 192, 193, 1000};
  if (rng() % 3 == 0) return kEdges[rng() % std::size(kEdges)];
  return rng() % 700;
}

}  // namespace

TEST_CASE("facets: hand-made texts", "[simd]") {
  const std::string block(64, 'a');
  std::vector<std::string> texts = {
      "",
      "a",
      "Hello, world!\nSecond line,\r\n\r\nthird.",
      "snake_case and 42 and x_1,y_2",
      block,
      block + "b",                                        // a word running over the block boundary
      block.substr(0, 63) + " " + "bcd",                  // a word ending exactly at the boundary
      std::string(63, ' ') + "\xC3\xA9t\xC3\xA9",         // é straddles bytes 63-64
      std::string(62, ' ') + "\xE4\xB8\xAD\xE6\x96\x87",  // 中 over bytes 62-64
      std::string(61, 'x') + "\xF0\x9F\x98\x80" + "y",    // an emoji over the boundary
      "\xC7\x85 is titlecase",                            // ǅ (Lt)
      "e\xCC\x81t\xC3\xA9",                               // combining accent splits `\w+`
      "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82, \xD0\xBC\xD0\xB8\xD1\x80",  // Привет, мир
      "\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x8C\xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82",  // 你好，世界。
      "ALL CAPS 123",
      "\xE2\x85\xA0\xE2\x85\xA1",  // Ⅰ Ⅱ: numeric and uppercase
      std::string(64, '\n') + std::string(64, ','),
      "\xFF\xFE invalid \xC0\xAF overlong \xED\xA0\x80 surrogate \xE4\xB8 cut",
      std::string(63, 'a') + "\x80" + "b",  // a stray continuation byte inside a word
  };
  // Long CJK and Hangul runs (the all-`\w` stretches the vector path classifies by table), with
  // a Yijing hexagram (U+4DC0, not `\w`, in a stretch that is not all-`\w`) and CJK punctuation.
  std::string cjk;
  for (int i = 0; i < 40; ++i) {
    cjk += "\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x8C\xED\x95\x9C\xEA\xB5\xAD";  // 你好，한국
    if (i % 7 == 3) cjk += "\xE4\xB7\x80";                                  // ䷀
    if (i % 5 == 1) cjk += "\xE3\x80\x82 ";                                 // 。
    if (i % 11 == 2) cjk += "\xF0\xA0\x80\x80";                             // U+20000
  }
  for (size_t cut : {size_t{0}, size_t{1}, size_t{2}, size_t{5}})
    texts.push_back(cjk.substr(cut));
  same_on_every_target(texts);
  // Spot checks of the definition itself.
  TextCounts c = simd::scan_scalar("Hello, world!\nSecond line,\r\n\r\nthird.");
  CHECK(c.py_words == 5);
  CHECK(c.commas == 2);
  CHECK(c.newlines == 3);
  CHECK(c.non_ascii == 0);
  CHECK(c.cases.any_upper);
  CHECK(c.cases.any_lower);
  c = simd::scan_scalar("e\xCC\x81t\xC3\xA9");
  CHECK(c.py_words == 2);  // U+0301 is not `\w` in Python
  CHECK(c.non_ascii == 4);
  c = simd::scan_scalar("\xE4\xBD\xA0\xE5\xA5\xBD\xEF\xBC\x8C\xE4\xB8\x96\xE7\x95\x8C\xE3\x80\x82");
  CHECK(c.py_words == 2);
  CHECK(c.commas == 0);  // the fullwidth comma is not an ASCII comma
  CHECK_FALSE(c.cases.has_cased);
}

TEST_CASE("facets: random ASCII", "[simd]") {
  std::mt19937_64 rng(20261129);
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    std::string t(random_length(rng), ' ');
    const bool wordy = i % 2 == 0;  // half from a word-heavy alphabet, half from all of ASCII
    for (char& c : t) {
      static const char kWordy[] = "aaeeiou ssttnn,\nHW_19.";
      c = wordy ? kWordy[rng() % (sizeof(kWordy) - 1)] : static_cast<char>(rng() % 128);
    }
    texts.push_back(std::move(t));
  }
  same_on_every_target(texts);
}

TEST_CASE("facets: random UTF-8 over all planes", "[simd]") {
  std::mt19937_64 rng(7);
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    const size_t n = random_length(rng) / 2;
    std::string t;
    for (size_t k = 0; k < n; ++k) {
      char32_t cp;
      switch (rng() % 4) {
        case 0:
          cp = static_cast<char32_t>(rng() % 0x80);
          break;  // ASCII
        case 1:
          cp = static_cast<char32_t>(rng() % 0x800);
          break;  // up to 2 bytes
        case 2:
          cp = static_cast<char32_t>(rng() % 0x10000);
          break;  // the BMP
        default:
          cp = static_cast<char32_t>(rng() % 0x110000);
          break;  // every plane
      }
      if (cp >= 0xD800 && cp <= 0xDFFF) cp = U'x';
      append_utf8(t, cp);
    }
    texts.push_back(std::move(t));
  }
  same_on_every_target(texts);
}

TEST_CASE("facets: invalid UTF-8", "[simd]") {
  std::mt19937_64 rng(99);
  std::vector<std::string> texts;
  for (int i = 0; i < 3000; ++i) {
    std::string t(random_length(rng), ' ');
    for (char& c : t)
      c = static_cast<char>(rng() % 256);
    texts.push_back(std::move(t));
  }
  // Valid text with bytes cut out or flipped, so that sequences break at block boundaries.
  for (int i = 0; i < 1000; ++i) {
    std::string t;
    while (t.size() < 200)
      append_utf8(t, static_cast<char32_t>(0x80 + rng() % 0x3000));
    t.erase(rng() % t.size(), 1);
    t[rng() % t.size()] = static_cast<char>(rng() % 256);
    texts.push_back(std::move(t));
  }
  same_on_every_target(texts);
}

TEST_CASE("facets: the shared IFEval and IFBench texts", "[simd][shared]") {
  PRECIS_REQUIRE_SHARED(precis::testing::shared_data("ifeval/responses_gpt4.jsonl"));
  const std::vector<std::string> texts = precis::testing::shared_texts();
  REQUIRE(texts.size() > 1000);
  same_on_every_target(texts);
}

TEST_CASE("facets: Text reads its counts from the pass", "[simd][text]") {
  precis::Text t("Nein, danke.\nNo thanks");
  CHECK(t.counts().commas == 1);
  CHECK(t.counts().newlines == 1);
  CHECK(t.python_word_count() == 4);
  CHECK(t.case_stats().has_cased);
  t.reset("");
  CHECK(t.python_word_count() == 0);
  CHECK_FALSE(t.case_stats().has_cased);
}
