#include "text/data_dir.h"

#include <cstdlib>
#include <filesystem>
#include <mutex>

namespace precis {
namespace {
std::mutex& dir_mutex() {
  static std::mutex m;
  return m;
}
std::string& explicit_dir() {
  static std::string d;
  return d;
}
}  // namespace

void set_nltk_data_dir(std::string dir) {
  std::lock_guard<std::mutex> lock(dir_mutex());
  explicit_dir() = std::move(dir);
}

std::vector<std::string> nltk_data_dirs() {
  std::vector<std::string> dirs;
  {
    std::lock_guard<std::mutex> lock(dir_mutex());
    if (!explicit_dir().empty()) dirs.push_back(explicit_dir());
  }
  if (const char* env = std::getenv("NLTK_DATA")) {
    std::string s(env);
    size_t start = 0;
    while (start <= s.size()) {
      size_t end = s.find(':', start);
      if (end == std::string::npos) end = s.size();
      if (end > start) dirs.push_back(s.substr(start, end - start));
      start = end + 1;
    }
  }
  if (const char* home = std::getenv("HOME")) dirs.push_back(std::string(home) + "/nltk_data");
  dirs.emplace_back("/usr/share/nltk_data");
  dirs.emplace_back("/usr/local/share/nltk_data");
  return dirs;
}

std::string find_nltk_resource(const std::string& relative) {
  std::error_code ec;
  for (const auto& d : nltk_data_dirs()) {
    std::string p = d + "/" + relative;
    if (std::filesystem::exists(p, ec)) return p;
  }
  return {};
}

}  // namespace precis
