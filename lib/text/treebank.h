// nltk.word_tokenize: Punkt sentences, then nltk 3.8's NLTKWordTokenizer (Treebank-style).
//
// The tokenizer is a sequence of rewriting passes, in nltk 3.8's order (starting quotes,
// punctuation, brackets, double dashes, ending quotes and clitics, MacIntyre contractions) and
// a final whitespace split. Each regex rule is a hand-written linear scan with the rule's own
// leftmost, non-overlapping `re.sub` semantics (Unicode `\w`, `\d`, `\s` as Python sees them);
// passes whose trigger characters are absent are skipped. Invalid UTF-8 never crashes: a stray
// byte is an ordinary non-word, non-space character.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/text.h"

namespace precis::text {

/// Reusable buffers of the tokenizer (keeps capacity between calls). Not thread-safe.
class TreebankScratch {
 public:
  std::string a, b;
  std::vector<Span> sentences;
};

/// Tokenizes one sentence (NLTKWordTokenizer.tokenize, convert_parentheses=False). The token
/// bytes are appended back to back to `arena`; their spans (offsets into `arena`) to `out`.
void treebank_tokenize_sentence(std::string_view sentence, TreebankScratch& scratch,
                                std::string& arena, std::vector<Span>& out);

/// Appends the Treebank-style tokens of one sentence (NLTKWordTokenizer.tokenize).
void treebank_tokenize_sentence(std::string_view sentence, std::vector<std::string>& out);

/// nltk.word_tokenize(text): Punkt English sentences, each tokenized. Token bytes go to
/// `arena`, their spans to `out` (both appended).
void word_tokenize(std::string_view text, TreebankScratch& scratch, std::string& arena,
                   std::vector<Span>& out);

/// nltk.word_tokenize(text): Punkt English sentences, each tokenized. Appends.
void word_tokenize(std::string_view text, std::vector<std::string>& out);

/// Number of nltk.word_tokenize tokens for which Python's str.isupper() is true
/// (IFEval's change_case:capital_word_frequency count).
size_t count_upper_tokens(std::string_view text, TreebankScratch& scratch);

}  // namespace precis::text
