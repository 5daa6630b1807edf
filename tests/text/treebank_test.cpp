// nltk 3.8 NLTKWordTokenizer / word_tokenize behaviour.
#include <catch2/catch.hpp>

#include <chrono>
#include <string>
#include <vector>

#include "text/treebank.h"
#include "text/unicode.h"

using precis::text::count_upper_tokens;
using precis::text::treebank_tokenize_sentence;
using precis::text::TreebankScratch;
using precis::text::word_tokenize;
using Tokens = std::vector<std::string>;

namespace {

Tokens tb(std::string_view sentence) {
  Tokens out;
  treebank_tokenize_sentence(sentence, out);
  return out;
}

Tokens wt(std::string_view text) {
  Tokens out;
  word_tokenize(text, out);
  return out;
}

}  // namespace

TEST_CASE("treebank nltk docstring examples", "[treebank]") {
  CHECK(tb("Good muffins cost $3.88\nin New York.  Please buy me\ntwo of them.\nThanks.") ==
        Tokens{"Good", "muffins", "cost", "$", "3.88", "in", "New", "York.", "Please", "buy", "me",
               "two", "of", "them.", "Thanks", "."});
  CHECK(tb("Good muffins cost $3.88 (roughly 3,36 euros)\nin New York.  Please buy me\ntwo of "
           "them.\nThanks.") == Tokens{"Good",    "muffins", "cost",  "$",  "3.88", "(",
                                       "roughly", "3,36",    "euros", ")",  "in",   "New",
                                       "York.",   "Please",  "buy",   "me", "two",  "of",
                                       "them.",   "Thanks",  "."});
  CHECK(tb("The 'v', I've been fooled but I'll seek revenge.") ==
        Tokens{"The", "'", "v", "'", ",", "I", "'ve", "been", "fooled", "but", "I", "'ll", "seek",
               "revenge", "."});
  CHECK(tb("'v' 're'") == Tokens{"'", "v", "'", "'re", "'"});
}

TEST_CASE("treebank capital words from the spec", "[treebank]") {
  CHECK(tb("DON'T DO IT.") == Tokens{"DO", "N'T", "DO", "IT", "."});
  CHECK(tb("I'M HAPPY, I CANNOT LIE.") ==
        Tokens{"I", "'M", "HAPPY", ",", "I", "CAN", "NOT", "LIE", "."});
  CHECK(tb("HELLO,WORLD") == Tokens{"HELLO", ",", "WORLD"});
  CHECK(tb("COVID-19 is real.") == Tokens{"COVID-19", "is", "real", "."});
  CHECK(tb("U.S.A. is big.") == Tokens{"U.S.A.", "is", "big", "."});
  CHECK(tb("Mr. Smith went.") == Tokens{"Mr.", "Smith", "went", "."});
  CHECK(tb("Is it 5.5?") == Tokens{"Is", "it", "5.5", "?"});
  CHECK(tb("ÇA VA?") == Tokens{"ÇA", "VA", "?"});
}

TEST_CASE("treebank clitics", "[treebank]") {
  CHECK(tb("He's, they'll, we're, I'd, you've, can't, won't") ==
        Tokens{"He", "'s", ",",   "they", "'ll", ",",  "we",  "'re", ",",  "I",
               "'d", ",",  "you", "'ve",  ",",   "ca", "n't", ",",   "wo", "n't"});
  CHECK(tb("It's.") == Tokens{"It", "'s", "."});
  CHECK(tb("SHE'S HE'LL WE'RE I'D YOU'VE WON'T") ==
        Tokens{"SHE", "'S", "HE", "'LL", "WE", "'RE", "I", "'D", "YOU", "'VE", "WO", "N'T"});
  // Mixed-case clitics outside the lists stay attached.
  CHECK(tb("HE'Ll DOn'T") == Tokens{"HE'Ll", "DOn'T"});
  // The clitic rules need a literal space after the clitic: a newline does not do.
  CHECK(tb("DON'T\nSTOP") == Tokens{"DON'T", "STOP"});
  // The curly apostrophe is a quote, not a clitic.
  CHECK(tb("It’s DON’T") == Tokens{"It", "’", "s", "DON", "’", "T"});
  CHECK(tb("'hello'") == Tokens{"'hello", "'"});
  CHECK(tb("He said 'hi' to me") == Tokens{"He", "said", "'hi", "'", "to", "me"});
  CHECK(tb("rock 'n' roll") == Tokens{"rock", "'n", "'", "roll"});
  CHECK(tb("'a b") == Tokens{"'", "a", "b"});
  CHECK(tb("'\u00e9 b") == Tokens{"'", "\u00e9", "b"});
  CHECK(tb("'90s") == Tokens{"'90s"});
  // The 's rule runs first; the space it inserts lets the n't / 've rule see a following space.
  CHECK(tb("you've'd x") == Tokens{"you", "'ve", "'d", "x"});
  CHECK(tb("DON'T'S") == Tokens{"DO", "N'T", "'S"});
  CHECK(tb("it's'") == Tokens{"it's", "'"});
}

TEST_CASE("treebank MacIntyre contractions", "[treebank]") {
  CHECK(tb("gonna wanna gotta gimme lemme") ==
        Tokens{"gon", "na", "wan", "na", "got", "ta", "gim", "me", "lem", "me"});
  CHECK(tb("I wanna.") == Tokens{"I", "wan", "na", "."});
  CHECK(tb("wanna-be wannabe gonnabe") == Tokens{"wanna-be", "wannabe", "gonnabe"});
  CHECK(tb("CANNOT Cannot cannot") == Tokens{"CAN", "NOT", "Can", "not", "can", "not"});
  CHECK(tb("More'n d'ye") == Tokens{"More", "'n", "d", "'ye"});
  CHECK(tb("'Tis the season, 'twas the night") ==
        Tokens{"'T", "is", "the", "season", ",", "'t", "was", "the", "night"});
  // CONTRACTIONS3 need a space before the apostrophe.
  CHECK(tb("x'tis") == Tokens{"x'tis"});
  // ...which an earlier contraction rule may have inserted.
  CHECK(tb("cannot'tis") == Tokens{"can", "not", "'t", "is"});
  // 'tis runs before 'twas: a 'twas match does not enable a following 'tis.
  CHECK(tb("'tis'twas") == Tokens{"'t", "is", "'t", "was"});
  CHECK(tb("'twas'tis") == Tokens{"'t", "was", "'tis"});
  // Python's IGNORECASE: dotless i matches i, long s matches s.
  CHECK(tb("gımme 'tiſ") == Tokens{"gım", "me", "'t", "iſ"});
}

TEST_CASE("treebank punctuation", "[treebank]") {
  CHECK(tb("Wait... what?") == Tokens{"Wait", "...", "what", "?"});
  CHECK(tb("Hello..") == Tokens{"Hello", ".."});
  CHECK(tb("Hello.  ") == Tokens{"Hello", "."});
  CHECK(tb("Hello.?") == Tokens{"Hello.", "?"});
  CHECK(tb("!!!") == Tokens{"!", "!", "!"});
  CHECK(tb("a;b@c#d$e%f&g*h") ==
        Tokens{"a", ";", "b", "@", "c", "#", "d", "$", "e", "%", "f", "&", "g", "*", "h"});
  CHECK(tb("(HELLO) [WORLD] {X} <Y>") ==
        Tokens{"(", "HELLO", ")", "[", "WORLD", "]", "{", "X", "}", "<", "Y", ">"});
  CHECK(tb("a--b") == Tokens{"a", "--", "b"});
  CHECK(tb("a---b") == Tokens{"a", "--", "-b"});
  CHECK(tb("The price is 1,000:30 or 3:45.") ==
        Tokens{"The", "price", "is", "1,000:30", "or", "3:45", "."});
  CHECK(tb("x,\u0663") == Tokens{"x,\u0663"});  // Arabic-Indic digit is \d
  CHECK(tb("Note:") == Tokens{"Note", ":"});
  CHECK(tb("Note: x") == Tokens{"Note", ":", "x"});
  CHECK(tb(",,a") == Tokens{",", ",a"});  // the second comma is consumed by the first match
  CHECK(tb("He left.)") == Tokens{"He", "left", ".", ")"});
  CHECK(tb("end.\u2019") == Tokens{"end", ".", "\u2019"});
  CHECK(tb("a.b.c") == Tokens{"a.b.c"});
  CHECK(tb(".") == Tokens{"."});
  CHECK(tb("x.") == Tokens{"x", "."});
}

TEST_CASE("treebank quotes", "[treebank]") {
  CHECK(tb("He said, \"Hello.\"") == Tokens{"He", "said", ",", "``", "Hello", ".", "''"});
  CHECK(tb("\"Hello\"") == Tokens{"``", "Hello", "''"});
  CHECK(tb("x \"y\"") == Tokens{"x", "``", "y", "''"});
  CHECK(tb("a\n\"y\"") == Tokens{"a", "''", "y", "''"});  // only a literal space opens
  CHECK(tb("He said: \"I'M FINE.\"") ==
        Tokens{"He", "said", ":", "``", "I", "'M", "FINE", ".", "''"});
  CHECK(tb("Why?\"") == Tokens{"Why", "?", "''"});
  CHECK(tb("''Quoted'' text") == Tokens{"''", "Quoted", "''", "text"});
  CHECK(tb("say ''Quoted''") == Tokens{"say", "``", "Quoted", "''"});
  CHECK(tb("```code```") == Tokens{"``", "`", "code", "``", "`"});
  CHECK(tb("\u201cHello,\u201d she said.") ==
        Tokens{"\u201c", "Hello", ",", "\u201d", "she", "said", "."});
  CHECK(tb("He said \u201cHi.\u201d") == Tokens{"He", "said", "\u201c", "Hi", ".", "\u201d"});
  CHECK(tb("\u00abBonjour\u00bb") == Tokens{"\u00ab", "Bonjour", "\u00bb"});
  CHECK(tb("a \u201eb\u201c c") == Tokens{"a", "\u201e", "b", "\u201c", "c"});
  CHECK(tb("\u2018quoted\u2019") == Tokens{"\u2018", "quoted", "\u2019"});
}

TEST_CASE("treebank whitespace and degenerate input", "[treebank]") {
  CHECK(tb("").empty());
  CHECK(tb(" \n\t ").empty());
  CHECK(tb("a\u00a0b\u3000c") == Tokens{"a", "b", "c"});  // Python whitespace splits
  CHECK(tb("a\u200bb") == Tokens{"a\u200bb"});            // U+200B is not whitespace
  // Ill-formed UTF-8 must not crash; stray bytes are ordinary characters.
  const std::string junk = "\xff\xfe'\xc3 \xe2\x80 \xe2\x80\x9d\xc2";
  Tokens t = tb(junk);
  CHECK(!t.empty());
  t = tb(std::string("\xe2\x80\x99.\xc2", 5));
  CHECK(!t.empty());
}

TEST_CASE("treebank word_tokenize splits sentences first", "[treebank]") {
  CHECK(wt("I AM HERE. YOU ARE THERE.") ==
        Tokens{"I", "AM", "HERE", ".", "YOU", "ARE", "THERE", "."});
  CHECK(wt("").empty());
  TreebankScratch scratch;
  CHECK(count_upper_tokens("DON'T STOP. I'M HAPPY, I CANNOT LIE.", scratch) == 10);
  CHECK(count_upper_tokens("The U.S. IS big; A B c.", scratch) == 4);
}

TEST_CASE("treebank is linear on large inputs", "[treebank]") {
  std::string big;
  const std::string unit = "WORD'S \"x\" (y), z... DON'T--a.b 'tis cannot; ";
  while (big.size() < (8u << 20))
    big += unit;
  Tokens out;
  const auto t0 = std::chrono::steady_clock::now();
  treebank_tokenize_sentence(big, out);  // one huge "sentence": every pass is a single scan
  const auto secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(out.size() > 1000000);
  CHECK(secs < 10.0);
  std::string dots(1u << 20, '.');
  out.clear();
  treebank_tokenize_sentence(dots, out);
  CHECK(out == Tokens{dots});
  std::string quotes(1u << 20, '\'');
  out.clear();
  treebank_tokenize_sentence(quotes, out);
  CHECK(out.size() == 1u << 19);  // `''` pairs
}
