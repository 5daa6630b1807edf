// The matching helpers shared by the keywords, startend and combination verifiers.
#include <catch2/catch.hpp>

#include <string>

#include "precis/text.h"
#include "text/unicode.h"
#include "verifiers/keywords/matching.h"

using namespace precis;
using namespace precis::verifiers::matching;

namespace {
std::string utf8(const Folded& f) {
  std::string s;
  for (int i = 0; i < f.n; ++i)
    text::append_utf8(s, f.cp[i]);
  return s;
}
}  // namespace

TEST_CASE("keywords matching helpers", "[keywords]") {
  SECTION("full_fold agrees with the core's normalize_word on every cased code point") {
    size_t checked = 0;
    for (char32_t c = 1; c < 0x20000; ++c) {
      if ((c >= 0xD800 && c <= 0xDFFF) || c == 0x2019 || text::is_zero_width(c)) continue;
      std::string in;
      text::append_utf8(in, c);
      std::string want;
      text::normalize_word(in, want);
      if (utf8(full_fold(c)) != want) {
        INFO("U+" << std::hex << static_cast<unsigned>(c));
        CHECK(utf8(full_fold(c)) == want);
      }
      ++checked;
    }
    CHECK(checked > 100000);
    CHECK(utf8(full_fold(0xDF)) == "ss");
    CHECK(utf8(full_fold(0x1E9E)) == "ss");
    CHECK(utf8(full_fold(0xFB01)) == "fi");
    CHECK(utf8(full_fold(0x212A)) == "k");
  }
  SECTION("word_equals matches normalize_word") {
    for (const char* w : {"Straße", "STRASSE", "ﬁne", "ΣΟΦΊΑ", "Köln", "DON’T",
                          "ro\xE2\x80\x8B"
                          "ck",
                          "İstanbul", "ǅemal"}) {
      INFO(w);
      std::string norm;
      text::normalize_word(w, norm);
      std::u32string n32;
      for (const char* p = norm.data(); p < norm.data() + norm.size();) {
        auto d = text::decode(p, norm.data() + norm.size());
        n32.push_back(d.cp);
        p += d.len;
      }
      CHECK(word_equals(w, n32));
      n32.push_back(U'x');
      CHECK_FALSE(word_equals(w, n32));
    }
  }
  SECTION("parse_phrase") {
    auto p = parse_phrase("  High-Quality  Zelda's\xE2\x80\x8B ");
    REQUIRE(p.ok());
    CHECK(p->size() == 4);
    CHECK(p->at(0) == U"high");
    CHECK(p->at(3) == U"s");
    CHECK_FALSE(parse_phrase("C++").ok());
    CHECK_FALSE(parse_phrase(" - ").ok());
    CHECK_FALSE(parse_phrase("").ok());
  }
  SECTION("count_phrase") {
    Text t("Ice cream, ICE-CREAM; ice\ncream. icecream ice creams");
    CHECK(count_phrase(t, *parse_phrase("ice cream"), false) == 3);
    CHECK(count_phrase(t, *parse_phrase("ice cream"), true) == 1);
    CHECK(count_phrase(t, *parse_phrase("icecream"), false) == 1);
  }
  SECTION("PyLiteral") {
    auto lit = PyLiteral::parse("a.C");
    REQUIRE(lit.ok());
    std::string folded = text::simple_fold("xxAbc a\nc");
    size_t b = 0, e = 0;
    REQUIRE(lit->slow_for(folded));
    REQUIRE(lit->find(folded, 0, b, e, true));
    CHECK(b == 2);
    CHECK(e == 5);
    CHECK_FALSE(lit->find(folded, 3, b, e, true));
    // Python's re.IGNORECASE: İ and ı match i (folding keeps them apart).
    auto ist = PyLiteral::parse("istanbul");
    REQUIRE(ist.ok());
    std::string tr = text::simple_fold("\xC4\xB0STANBUL");
    CHECK(ist->slow_for(tr));
    CHECK(ist->find(tr, 0, b, e, true));
    std::string en = text::simple_fold("ISTANBUL");
    CHECK_FALSE(ist->slow_for(en));
    CHECK(ist->find(en, 0, b, e, false));
    CHECK_FALSE(PyLiteral::parse("a\\d").ok());
    CHECK_FALSE(PyLiteral::parse("a\\").ok());
    CHECK(PyLiteral::parse("a\\-b").ok());
    CHECK(py_word_boundary("ab cd", 2));
    CHECK_FALSE(py_word_boundary("ab cd", 1));
    CHECK(py_word_boundary("ab", 0));
    CHECK(py_word_boundary("ab", 2));
  }
  SECTION("normalized prefix, suffix and equality") {
    std::u32string n = normalize("  Hello   “World” ");
    CHECK(n == U"hello \"world\"");
    CHECK(match_prefix("HELLO\r\n\"WORLD\" and more", n) == 14);
    CHECK(match_prefix("HELLO \"WORLDS\"", n) == std::string_view::npos);
    CHECK(match_suffix("say: hello\t\t”world”", n) == 5);
    CHECK(match_suffix("world\"", n) == std::string_view::npos);
    // A match must not end inside the folding of one character.
    CHECK(match_prefix("\xC3\x9F", normalize("s")) == std::string_view::npos);
    CHECK(match_prefix("\xC3\x9F", normalize("ss")) == 2);
    CHECK(normalized_equal(" A  b ", "a\nB"));
    CHECK_FALSE(normalized_equal("ab", "a b"));
    CHECK(strip_visible("\xE2\x80\x8B x \n") == "x");
  }
}
