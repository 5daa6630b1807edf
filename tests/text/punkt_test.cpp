#include "text/punkt.h"

#include <catch2/catch.hpp>

#include <cstdlib>
#include <ctime>
#include <string>
#include <vector>

#include "test_util.h"
#include "text/data_dir.h"

using precis::Span;
using precis::text::PunktParams;

namespace {

const PunktParams* nltk_params() {
  static const PunktParams* p = []() -> const PunktParams* {
    const std::string dir = precis::testing::shared_data("nltk/tokenizers/punkt_tab/english");
    if (dir.empty()) return nullptr;
    auto r = PunktParams::load(dir);
    if (!r.ok()) return nullptr;
    return new PunktParams(std::move(r).value());
  }();
  return p;
}

std::vector<std::string> sentences(std::string_view text, const PunktParams& p) {
  std::vector<Span> spans;
  precis::text::punkt_sentences(text, p, spans);
  std::vector<std::string> out;
  for (const Span& s : spans) {
    REQUIRE(s.begin <= s.end);
    REQUIRE(s.end <= text.size());
    out.emplace_back(text.substr(s.begin, s.size()));
  }
  return out;
}

size_t count(std::string_view text, const PunktParams& p) {
  return sentences(text, p).size();
}

std::vector<std::string> words(std::string_view line) {
  std::vector<std::string_view> toks;
  precis::text::punkt_word_tokenize(line, toks);
  return {toks.begin(), toks.end()};
}

using V = std::vector<std::string>;

}  // namespace

TEST_CASE("punkt word tokenizer", "[punkt]") {
  CHECK(words("Hello, world.") == V{"Hello", ",", "world."});
  CHECK(words("1,000 and 3.14.") == V{"1,000", "and", "3.14."});
  CHECK(words("Wait... what?!") == V{"Wait", "...", "what", "?", "!"});
  CHECK(words("don't (it) \"x\"") == V{"don", "'t", "(", "it", ")", "\"", "x", "\""});
  CHECK(words("a -- b --c -5") == V{"a", "--", "b", "--", "c", "-", "5"});
  CHECK(words("U.S.A. e.g. x. . . y") == V{"U.S.A.", "e.g.", "x", ". . .", "y"});
  CHECK(words(". . . . x") == V{". . . .", "x"});
  CHECK(words(". . . . ") == V{". . . ."});
  CHECK(words(". . . .x") == V{". . . .", "x"});
  CHECK(words("a . . b") == V{"a", ".", ".", "b"});
  CHECK(words(". . x") == V{".", ".", "x"});
  CHECK(words("a,b a, b a,") == V{"a,b", "a", ",", "b", "a", ","});
  CHECK(words("\xc3\xa9t\xc3\xa9.\xc2\xa0ok") == V{"\xc3\xa9t\xc3\xa9.", "ok"});
  CHECK(words("?abc x.) #tag") == V{"?abc", "x.", ")", "#", "tag"});
  CHECK(words("").empty());
}

TEST_CASE("punkt examples from the spec (nltk 3.8 reference)", "[punkt]") {
  const PunktParams* p = nltk_params();
  PRECIS_REQUIRE_SHARED(std::string(p ? "ok" : ""));
  CHECK(count("1. First item. 2. Second item.", *p) == 4);
  CHECK(count("Dr. Smith went home. He slept.", *p) == 2);
  CHECK(count("e.g. this. i.e. that.", *p) == 4);
  CHECK(count("Wait... what? Yes!", *p) == 2);
  CHECK(count("U.S.A. is big. Really.", *p) == 2);
  CHECK(count("Mr. X met Ms. Y.", *p) == 1);
  CHECK(count("Line one\nLine two", *p) == 1);
  CHECK(count("", *p) == 0);
  CHECK(count("   ", *p) == 0);
  CHECK(count(" \n\t \xc2\xa0", *p) == 0);
}

TEST_CASE("punkt sentence strings and boundaries", "[punkt]") {
  const PunktParams* p = nltk_params();
  PRECIS_REQUIRE_SHARED(std::string(p ? "ok" : ""));
  CHECK(sentences("Dr. Smith went home. He slept.", *p) == V{"Dr. Smith went home.", "He slept."});
  // Leading whitespace stays in the first sentence; the last one is rstripped.
  CHECK(sentences("  Hi there. Bye now.  \n", *p) == V{"  Hi there.", "Bye now."});
  // A closing quote or bracket after the end is realigned into the previous sentence.
  CHECK(sentences("He said \"Stop.\" Then he left.", *p) ==
        V{"He said \"Stop.\"", "Then he left."});
  CHECK(sentences("(This is it.) Next one.", *p) == V{"(This is it.)", "Next one."});
  CHECK(sentences("\"Hi!\" she said.", *p) == V{"\"Hi!\"", "she said."});
  // No whitespace after the period: no break.
  CHECK(count("A.Another sentence.", *p) == 1);
  // A break needs something after the whitespace.
  CHECK(sentences("One. Two.  ", *p) == V{"One.", "Two."});
  // ? and ! chains.
  CHECK(sentences("What?! Really? Yes!!! OK.", *p) == V{"What?!", "Really?", "Yes!!!", "OK."});
  // Newlines alone never split; newline after a period does.
  CHECK(sentences("Title\n\nBody text. More\ntext", *p) == V{"Title\n\nBody text.", "More\ntext"});
  CHECK(count("First line.\nSecond line.", *p) == 2);
  // Markdown bullets.
  CHECK(count("* one.\n* two.\n* three", *p) == 3);
}

TEST_CASE("punkt reproduces the examples of nltk's punkt documentation", "[punkt]") {
  const PunktParams* p = nltk_params();
  PRECIS_REQUIRE_SHARED(std::string(p ? "ok" : ""));
  CHECK(sentences("Punkt knows that the periods in Mr. Smith and Johann S. Bach\n"
                  "do not mark sentence boundaries.  And sometimes sentences\n"
                  "can start with non-capitalized words.  i is a good variable\n"
                  "name.",
                  *p) == V{"Punkt knows that the periods in Mr. Smith and Johann S. Bach\n"
                           "do not mark sentence boundaries.",
                           "And sometimes sentences\ncan start with non-capitalized words.",
                           "i is a good variable\nname."});
  CHECK(sentences("(How does it deal with this parenthesis?)  \"It should be part of the\n"
                  "previous sentence.\" \"(And the same with this one.)\" ('And this one!')\n"
                  "\"('(And (this)) '?)\" [(and this. )]",
                  *p) == V{"(How does it deal with this parenthesis?)",
                           "\"It should be part of the\nprevious sentence.\"",
                           "\"(And the same with this one.)\"", "('And this one!')",
                           "\"('(And (this)) '?)\"", "[(and this. )]"});
  CHECK(sentences("Very bad acting!!! I promise.", *p) == V{"Very bad acting!!!", "I promise."});
  CHECK(sentences("Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\n\nThanks.",
                  *p) ==
        V{"Good muffins cost $3.88\nin New York.", "Please buy me\ntwo of them.", "Thanks."});
}

TEST_CASE("punkt abbreviations, initials, numbers and the ortho heuristic", "[punkt]") {
  const PunktParams* p = nltk_params();
  PRECIS_REQUIRE_SHARED(std::string(p ? "ok" : ""));
  CHECK(count("I met J. Smith yesterday.", *p) == 1);
  CHECK(count("The U.S. economy grew. It was fine.", *p) == 2);
  CHECK(count("Apple Inc. announced results.", *p) == 1);
  CHECK(count("It costs 5 dollars vs. 6 dollars.", *p) == 1);
  CHECK(count("Chapter 3. the end", *p) == 1);  // ##number## before a lower-case word
  CHECK(count("I was born in 1990. He was not.", *p) == 2);
  // "etc" is not among the English abbreviation types: nltk breaks there.
  CHECK(count("It was late, etc. and so on.", *p) == 2);
  CHECK(sentences("Our goals:\n1. Grow.\n2. Win.", *p) ==
        V{"Our goals:\n1.", "Grow.", "2.", "Win."});
  // Hyphenated abbreviation: the part after the last '-' is looked up.
  CHECK(count("The ex-sen. said no.", *p) == 1);
  CHECK(count("The ex-gov. said no.", *p) == 2);
}

TEST_CASE("punkt text_contains_sentbreak ignores the last token", "[punkt]") {
  const PunktParams* p = nltk_params();
  PRECIS_REQUIRE_SHARED(std::string(p ? "ok" : ""));
  using precis::text::punkt_text_contains_sentbreak;
  CHECK(punkt_text_contains_sentbreak("home. He", *p));
  CHECK_FALSE(punkt_text_contains_sentbreak("home.", *p));
  CHECK_FALSE(punkt_text_contains_sentbreak("Dr. Smith", *p));
  CHECK(punkt_text_contains_sentbreak("What?!", *p));
  CHECK_FALSE(punkt_text_contains_sentbreak("", *p));
  // The orthographic heuristic's punctuation test is tuple membership (one character), so an
  // initial before ".." stays a break while one before "." does not.
  CHECK(punkt_text_contains_sentbreak("J. ..", *p));
  CHECK_FALSE(punkt_text_contains_sentbreak("J. ; x", *p));
}

TEST_CASE("punkt parameters load and english_punkt", "[punkt]") {
  const std::string dir = precis::testing::shared_data("nltk/tokenizers/punkt_tab/english");
  PRECIS_REQUIRE_SHARED(dir);
  auto r = PunktParams::load(dir);
  REQUIRE(r.ok());
  CHECK_FALSE(r->builtin);
  CHECK(r->abbrev_types.size() >= 150);
  CHECK(r->abbrev_types.count("u.s") == 1);
  CHECK(r->collocations.size() == 37);
  CHECK(r->sent_starters.size() == 39);
  CHECK(r->ortho_context.size() == 20366);
  CHECK_FALSE(PunktParams::load(dir + "/nope").ok());
  precis::set_nltk_data_dir(precis::testing::shared_data("nltk"));
  CHECK(precis::find_nltk_resource("tokenizers/punkt_tab/english") == dir);
  const PunktParams& e = precis::text::english_punkt();
  if (e.builtin && std::getenv("NLTK_DATA") == nullptr) {
    // english_punkt() loads once: an earlier test may have used it before the folder was set.
    WARN("english_punkt() was initialised before the NLTK data folder was set; run with NLTK_DATA");
    return;
  }
  CHECK_FALSE(e.builtin);
  CHECK(e.ortho_context.size() == 20366);
}

TEST_CASE("punkt fallback parameters", "[punkt]") {
  const PunktParams f = PunktParams::fallback();
  CHECK(f.builtin);
  CHECK(count("Dr. Smith went home. He slept.", f) == 2);
  CHECK(count("Mr. X met Ms. Y.", f) == 1);
  CHECK(count("e.g. this. i.e. that.", f) == 4);
  CHECK(count("Wait... what? Yes!", f) == 2);
  CHECK(count("", f) == 0);
  CHECK(count("I met J. Bach. He played.", f) == 2);
  CHECK(count("The answer is no. Then we left.", f) == 2);
  // Known limit: without orthographic data a listed abbreviation never ends a sentence.
  CHECK(count("I live in the U.S. It is big.", f) == 1);
}

TEST_CASE("punkt is robust and linear on hostile input", "[punkt]") {
  const PunktParams f = PunktParams::fallback();
  const PunktParams& p = nltk_params() ? *nltk_params() : f;
  // Invalid UTF-8 and truncated sequences.
  const std::string bad = "\xff\xfe. \xc3. \xe2\x82 x.\xf0\x9f\x98 y? \x80";
  std::vector<Span> spans;
  precis::text::punkt_sentences(bad, p, spans);
  for (const Span& s : spans)
    CHECK(s.end <= bad.size());
  CHECK(!spans.empty());

  // Process CPU time, so that other processes on the machine do not count.
  const auto time_of = [&](const std::string& unit, size_t reps) {
    std::string big;
    big.reserve(unit.size() * reps);
    for (size_t i = 0; i < reps; ++i)
      big += unit;
    const std::clock_t t0 = std::clock();
    size_t n = precis::text::punkt_count_sentences(big, p);
    const std::clock_t t1 = std::clock();
    (void)n;
    return static_cast<double>(t1 - t0) / CLOCKS_PER_SEC;
  };
  for (const std::string unit : {"a. ", "....", "?!", "x.)", ". ", "! ?!", "a.b", "\" ", "--",
                                 "A. B. ", "1. ", ".\"", "x.)\"'"}) {
    INFO("unit " << unit);
    const double small = time_of(unit, 100000);
    const double large = time_of(unit, 1000000);
    // Linear: 10x the input takes ~10x the time (a quadratic scan would take 100x).
    CHECK(large < 30 * small + 0.1);
  }
}
