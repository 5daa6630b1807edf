// IFEval's regex sentence splitter (split_into_sentences), quirks included.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "precis/text.h"
#include "text/regex_sentences.h"

using precis::text::regex_sentences;
using V = std::vector<std::string>;

TEST_CASE("regex sentences: splits after . ? !", "[regex_sentences]") {
  CHECK(regex_sentences("Hello world. How are you? Fine!") ==
        V{"Hello world.", "How are you?", "Fine!"});
  CHECK(regex_sentences("no punctuation") == V{"no punctuation"});
  CHECK(regex_sentences("Grüße aus Köln. Schön!") == V{"Grüße aus Köln.", "Schön!"});
}

TEST_CASE("regex sentences: empty and blank text give none", "[regex_sentences]") {
  CHECK(regex_sentences("").empty());
  CHECK(regex_sentences("   ").empty());
  CHECK(regex_sentences("\n\n").empty());
}

TEST_CASE("regex sentences: protected periods", "[regex_sentences]") {
  // Titles, decimals, dotted lower-case letters: one sentence.
  CHECK(regex_sentences("Mr. Smith met Dr. Jones at 3.5 p.m. He left.") ==
        V{"Mr. Smith met Dr. Jones at 3.5 p.m. He left."});
  CHECK(regex_sentences("Visit example.com today. Or not...") ==
        V{"Visit example.com today.", "Or not..."});
  CHECK(regex_sentences("Ph.D. students work. Yes") == V{"Ph.D. students work.", "Yes"});
  CHECK(regex_sentences("A. Lincoln was here. i. e. fine") ==
        V{"A. Lincoln was here.", "i. e. fine"});
  // Titles match case-sensitively and without a word boundary.
  CHECK(regex_sentences("Mrs. Dalloway walked down Main St. toward the park.") ==
        V{"Mrs. Dalloway walked down Main St. toward the park."});
  CHECK(regex_sentences("The AMr. unit. Then more") == V{"The AMr. unit.", "Then more"});
  CHECK(regex_sentences("It was the first. Then more") == V{"It was the first.", "Then more"});
}

TEST_CASE("regex sentences: non-overlapping matches", "[regex_sentences]") {
  // "1.2" consumes the 2, so the second period of "1.2.3" ends a sentence.
  CHECK(regex_sentences("1.2.3 go.") == V{"1.2.", "3 go."});
}

TEST_CASE("regex sentences: acronyms and suffixes before a sentence starter", "[regex_sentences]") {
  // The suffix's period is dropped when a starter follows (upstream quirk).
  CHECK(regex_sentences("The U.S. He said so. Acme Inc. They agreed.") ==
        V{"The U.S.", "He said so.", "Acme Inc", "They agreed."});
}

TEST_CASE("regex sentences: quotes move before the final punctuation", "[regex_sentences]") {
  CHECK(regex_sentences("He said \"stop.\" Then he left.") ==
        V{"He said \"stop\".", "Then he left."});
  CHECK(regex_sentences("Wow!\" she said") == V{"Wow\"!", "she said"});
  CHECK(regex_sentences("\xE2\x80\x9CQuoted.\xE2\x80\x9D Next.") ==
        V{"\xE2\x80\x9CQuoted\xE2\x80\x9D.", "Next."});
}

TEST_CASE("regex sentences: line breaks and Unicode spaces", "[regex_sentences]") {
  CHECK(regex_sentences("line one\nline two. three") == V{"line one line two.", "three"});
  CHECK(regex_sentences("End.\r\nNext line.") == V{"End.", "Next line."});
  // U+3000 before a dotted letter becomes a plain space.
  CHECK(regex_sentences("a\xE3\x80\x80"
                        "b. c.") == V{"a b. c."});
}

TEST_CASE("regex sentences: markers typed in the text act as markers", "[regex_sentences]") {
  CHECK(regex_sentences("one<stop>two") == V{"one", "two"});
  CHECK(regex_sentences("<stop>") == V{""});
}

TEST_CASE("regex sentences: invalid UTF-8 does not crash", "[regex_sentences]") {
  CHECK(regex_sentences("\xFF\xC3. x") == V{"\xFF\xC3.", "x"});
}

TEST_CASE("Text::regex_sentences caches the facet", "[regex_sentences]") {
  precis::Text t("One. Two.");
  CHECK(t.regex_sentences() == V{"One.", "Two."});
  t.reset("Three");
  CHECK(t.regex_sentences() == V{"Three"});
}
