#include "text/syllables.h"

#include <fstream>
#include <sstream>
#include <vector>

#include <fmt/format.h>

#include "text/data_dir.h"
#include "text/unicode.h"

namespace precis::text {
namespace {

constexpr std::string_view kPunctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

bool is_vowel(char32_t c) noexcept {
  return c == U'a' || c == U'e' || c == U'i' || c == U'o' || c == U'u' || c == U'y';
}

}  // namespace

size_t SyllableDict::Hash::operator()(std::string_view s) const noexcept {
  uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (unsigned char c : s)
    h = (h ^ c) * 1099511628211ull;
  return static_cast<size_t>(h ^ (h >> 29));
}

Result<std::shared_ptr<const SyllableDict>> SyllableDict::load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return not_found(fmt::format("{} is missing or unreadable", path));
  std::stringstream ss;
  ss << in.rdbuf();
  const std::string data = ss.str();
  auto dict = std::make_shared<SyllableDict>();
  size_t pos = 0, line_no = 0;
  while (pos < data.size()) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string::npos) nl = data.size();
    std::string_view line(data.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty()) continue;  // csv.reader yields no row for an empty line
    size_t comma = line.find(',');
    if (comma == std::string_view::npos)
      return parse_error(fmt::format("{} line {}: expected `word,count`", path, line_no));
    std::string_view word = line.substr(0, comma);
    std::string_view rest = line.substr(comma + 1);
    rest = rest.substr(0, rest.find(','));
    std::string_view digits = py_strip(rest);
    if (digits.empty() || digits.size() > 3)
      return parse_error(fmt::format("{} line {}: bad count", path, line_no));
    int n = 0;
    for (char c : digits) {
      if (c < '0' || c > '9')
        return parse_error(fmt::format("{} line {}: bad count", path, line_no));
      n = n * 10 + (c - '0');
    }
    dict->words_.insert_or_assign(std::string(word), n);  // the last row of a word wins
  }
  return std::shared_ptr<const SyllableDict>(std::move(dict));
}

int SyllableDict::lookup(std::string_view word) const noexcept {
  auto it = words_.find(word);
  return it == words_.end() ? -1 : it->second;
}

int syllapy_heuristic(std::string_view word) {
  thread_local std::u32string cps;
  cps.clear();
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = decode(p, end);
    cps.push_back(d.cp);
    p += d.len;
  }
  const size_t n = cps.size();
  if (n == 0) return 1;
  int count = is_vowel(cps[0]) ? 1 : 0;
  for (size_t i = 1; i < n; ++i)
    if (is_vowel(cps[i]) && !is_vowel(cps[i - 1])) ++count;
  if (cps[n - 1] == U'e') --count;
  if (n > 2 && cps[n - 1] == U'e' && cps[n - 2] == U'l' && !is_vowel(cps[n - 3])) ++count;
  if (count == 0) ++count;
  return count;
}

int syllapy_count(std::string_view word, const SyllableDict& dict) {
  thread_local std::string lowered;
  lowered.clear();
  py_lower(py_strip(word), lowered);
  std::string_view w = lowered;
  while (!w.empty() && kPunctuation.find(w.front()) != std::string_view::npos)
    w.remove_prefix(1);
  while (!w.empty() && kPunctuation.find(w.back()) != std::string_view::npos)
    w.remove_suffix(1);
  if (w.empty()) return 0;
  const char* p = w.data();
  const char* end = p + w.size();
  while (p < end) {
    auto d = decode(p, end);
    if ((flags(d.cp) & kDigit) != 0) return 0;
    p += d.len;
  }
  int known = dict.lookup(w);
  if (known >= 0) return known;
  return syllapy_heuristic(w);
}

const Result<std::shared_ptr<const SyllableDict>>& syllapy_dict() {
  static const Result<std::shared_ptr<const SyllableDict>> dict =
      []() -> Result<std::shared_ptr<const SyllableDict>> {
    const std::string relative(kSyllapyData);
    const std::string path = find_data_file(relative);
    if (path.empty())
      return not_found("syllapy's syllable dictionary is missing: " + data_help(relative, false));
    return SyllableDict::load(path);
  }();
  return dict;
}

}  // namespace precis::text
