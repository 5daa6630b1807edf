#include "text/stopwords.h"

#include <algorithm>
#include <fstream>
#include <memory>
#include <mutex>

#include "text/data_dir.h"
#include "text/unicode.h"

namespace precis::text {

StopWords::StopWords(std::vector<std::string> words) : words_(std::move(words)) {
  std::sort(words_.begin(), words_.end());
  words_.erase(std::unique(words_.begin(), words_.end()), words_.end());
}

bool StopWords::contains(std::string_view word) const noexcept {
  auto it = std::lower_bound(words_.begin(), words_.end(), word,
                             [](const std::string& a, std::string_view b) { return a < b; });
  return it != words_.end() && *it == word;
}

Result<StopWords> load_stopwords(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found("cannot open the stopword list \"" + path + "\"");
  std::vector<std::string> words;
  std::string line;
  while (std::getline(in, line)) {
    std::string_view w = py_strip(line);
    if (!w.empty()) words.emplace_back(w);
  }
  if (in.bad()) return io_error("cannot read the stopword list \"" + path + "\"");
  if (words.empty()) return parse_error("the stopword list \"" + path + "\" holds no word");
  return StopWords(std::move(words));
}

Result<const StopWords*> english_stopwords() {
  static std::mutex mu;
  static std::unique_ptr<StopWords> cached;
  std::lock_guard<std::mutex> lock(mu);
  if (cached) return static_cast<const StopWords*>(cached.get());
  const std::string relative = "corpora/stopwords/english";
  std::string path = find_nltk_resource(relative);
  if (path.empty()) return not_found("NLTK's English stopword list: " + data_help(relative, true));
  Result<StopWords> loaded = load_stopwords(path);
  if (!loaded.ok()) return loaded.status();
  cached = std::make_unique<StopWords>(std::move(loaded).value());
  return static_cast<const StopWords*>(cached.get());
}

}  // namespace precis::text
