// NLTK's English stopword list (corpora/stopwords/english: one word per line), for
// ratio:stop_words. Loaded once per process, from the NLTK data folders (lib/text/data_dir.h).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"

namespace precis::text {

/// A set of words. Membership tests do not allocate (binary search over a sorted list).
class StopWords {
 public:
  explicit StopWords(std::vector<std::string> words);
  bool contains(std::string_view word) const noexcept;
  size_t size() const noexcept { return words_.size(); }

 private:
  std::vector<std::string> words_;  // sorted, unique
};

/// Reads a stopword file: one word per line, surrounding whitespace stripped, blank lines
/// skipped (what nltk.corpus.stopwords.words() returns). kNotFound when the file cannot be
/// opened, kParseError when it holds no word.
Result<StopWords> load_stopwords(const std::string& path);

/// NLTK's English list, found with find_nltk_resource("corpora/stopwords/english") and cached
/// after the first successful load (thread-safe). A failure is not cached: the next call looks
/// again. The error (kNotFound) names the file and how to provide it.
Result<const StopWords*> english_stopwords();

}  // namespace precis::text
