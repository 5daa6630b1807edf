// Where precis finds NLTK-format data (Punkt parameters, stopwords, tagger) and other data files.
#pragma once

#include <string>
#include <vector>

namespace precis {

/// Sets the NLTK data folder explicitly (overrides the NLTK_DATA environment variable).
/// Call before the first check; later calls do not reload data already loaded.
void set_nltk_data_dir(std::string dir);

/// The folders searched, in order: the one set with set_nltk_data_dir, then each entry of
/// NLTK_DATA (':'-separated), then ~/nltk_data, /usr/share/nltk_data, /usr/local/share/nltk_data.
std::vector<std::string> nltk_data_dirs();

/// The first `<dir>/<relative>` that exists, or an empty string.
std::string find_nltk_resource(const std::string& relative);

}  // namespace precis
