// Placeholder until the Treebank port lands: whitespace tokens.
#include "text/treebank.h"

#include "text/punkt.h"
#include "text/unicode.h"

namespace precis::text {

void treebank_tokenize_sentence(std::string_view sentence, std::vector<std::string>& out) {
  std::vector<std::string_view> parts;
  py_split(sentence, parts);
  for (auto p : parts)
    out.emplace_back(p);
}

void word_tokenize(std::string_view text, std::vector<std::string>& out) {
  std::vector<Span> spans;
  punkt_sentences(text, english_punkt(), spans);
  for (const Span& s : spans)
    treebank_tokenize_sentence(text.substr(s.begin, s.size()), out);
}

}  // namespace precis::text
