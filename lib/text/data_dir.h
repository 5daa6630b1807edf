// Where precis finds the data files some checks need: NLTK's (Punkt parameters, the stopword
// list, the POS tagger) and others (syllapy's syllable dictionary).
//
// A precis data folder has NLTK's layout under nltk/ and the rest beside it:
//   <dir>/nltk/tokenizers/punkt_tab/english/...
//   <dir>/nltk/corpora/stopwords/english
//   <dir>/nltk/taggers/averaged_perceptron_tagger_eng/*.json
//   <dir>/syllapy/data.csv
// Name it with set_data_dir (the CLI's --data-dir) or $PRECIS_DATA; an NLTK folder alone can
// also be named with set_nltk_data_dir (--nltk-data) or $NLTK_DATA.
#pragma once

#include <string>
#include <vector>

namespace precis {

/// Sets the NLTK data folder explicitly (overrides the NLTK_DATA environment variable).
/// Call before the first check; later calls do not reload data already loaded.
void set_nltk_data_dir(std::string dir);

/// Sets the precis data folder explicitly (overrides $PRECIS_DATA). Call before the first check.
void set_data_dir(std::string dir);

/// The precis data folders searched, in order: the one set with set_data_dir, each entry of
/// PRECIS_DATA (':'-separated), /usr/local/share/precis, /usr/share/precis.
std::vector<std::string> data_dirs();

/// The NLTK folders searched, in order: the one set with set_nltk_data_dir, each entry of
/// NLTK_DATA (':'-separated), <d>/nltk for each of data_dirs(), then ~/nltk_data,
/// /usr/share/nltk_data, /usr/local/share/nltk_data.
std::vector<std::string> nltk_data_dirs();

/// The first `<dir>/<relative>` over nltk_data_dirs() that exists, or an empty string.
std::string find_nltk_resource(const std::string& relative);

/// The first `<dir>/<relative>` over data_dirs() that exists, or an empty string.
std::string find_data_file(const std::string& relative);

/// How to provide a missing file, for error messages: names the folders that were searched and
/// the option and variable that add one. `nltk` selects NLTK's folders and options.
std::string data_help(const std::string& relative, bool nltk);

}  // namespace precis
