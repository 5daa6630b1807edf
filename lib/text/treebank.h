// nltk.word_tokenize: Punkt sentences, then nltk 3.8's NLTKWordTokenizer (Treebank-style).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

/// Appends the Treebank-style tokens of one sentence (NLTKWordTokenizer.tokenize).
void treebank_tokenize_sentence(std::string_view sentence, std::vector<std::string>& out);

/// nltk.word_tokenize(text): Punkt English sentences, each tokenized. Appends.
void word_tokenize(std::string_view text, std::vector<std::string>& out);

}  // namespace precis::text
