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
std::string& explicit_nltk_dir() {
  static std::string d;
  return d;
}
std::string& explicit_data_dir() {
  static std::string d;
  return d;
}

void append_env_list(const char* name, std::vector<std::string>& dirs) {
  const char* env = std::getenv(name);
  if (env == nullptr) return;
  std::string s(env);
  size_t start = 0;
  while (start <= s.size()) {
    size_t end = s.find(':', start);
    if (end == std::string::npos) end = s.size();
    if (end > start) dirs.push_back(s.substr(start, end - start));
    start = end + 1;
  }
}

std::string find_in(const std::vector<std::string>& dirs, const std::string& relative) {
  std::error_code ec;
  for (const auto& d : dirs) {
    std::string p = d + "/" + relative;
    if (std::filesystem::exists(p, ec)) return p;
  }
  return {};
}
}  // namespace

void set_nltk_data_dir(std::string dir) {
  std::lock_guard<std::mutex> lock(dir_mutex());
  explicit_nltk_dir() = std::move(dir);
}

void set_data_dir(std::string dir) {
  std::lock_guard<std::mutex> lock(dir_mutex());
  explicit_data_dir() = std::move(dir);
}

std::vector<std::string> data_dirs() {
  std::vector<std::string> dirs;
  {
    std::lock_guard<std::mutex> lock(dir_mutex());
    if (!explicit_data_dir().empty()) dirs.push_back(explicit_data_dir());
  }
  append_env_list("PRECIS_DATA", dirs);
  dirs.emplace_back("/usr/local/share/precis");
  dirs.emplace_back("/usr/share/precis");
  return dirs;
}

std::vector<std::string> nltk_data_dirs() {
  std::vector<std::string> dirs;
  {
    std::lock_guard<std::mutex> lock(dir_mutex());
    if (!explicit_nltk_dir().empty()) dirs.push_back(explicit_nltk_dir());
  }
  append_env_list("NLTK_DATA", dirs);
  for (const auto& d : data_dirs())
    dirs.push_back(d + "/nltk");
  if (const char* home = std::getenv("HOME")) dirs.push_back(std::string(home) + "/nltk_data");
  dirs.emplace_back("/usr/share/nltk_data");
  dirs.emplace_back("/usr/local/share/nltk_data");
  return dirs;
}

std::string find_nltk_resource(const std::string& relative) {
  return find_in(nltk_data_dirs(), relative);
}

std::string find_data_file(const std::string& relative) {
  return find_in(data_dirs(), relative);
}

std::string data_help(const std::string& relative, bool nltk) {
  std::string searched;
  for (const auto& d : nltk ? nltk_data_dirs() : data_dirs()) {
    if (!searched.empty()) searched += ", ";
    searched += d;
  }
  std::string msg = "\"" + relative + "\" was not found in " + searched + "; ";
  if (nltk)
    msg +=
        "name an NLTK data folder that holds it with --nltk-data or $NLTK_DATA (or a precis data "
        "folder holding nltk/" +
        relative + " with --data-dir or $PRECIS_DATA)";
  else
    msg += "name a precis data folder that holds it with --data-dir or $PRECIS_DATA";
  return msg;
}

}  // namespace precis
