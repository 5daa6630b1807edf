// syllapy's syllable count (mholtzscher/syllapy's count(), the function IFBench's
// words:odd_even_syllables calls; the digit rule is that of its current source):
// a dictionary of known words (syllapy/data.csv, lines `word,count`) and, for other words, a
// vowel-group heuristic.
//
// count(word): Python's strip(), lower(), then strip of the ASCII punctuation characters at both
// ends; an empty result counts 0; a word holding a decimal digit (Python `\d`) counts 0; a word in
// the dictionary counts its entry; otherwise the heuristic: one syllable per run of the vowels
// a e i o u y (code points), minus one for a final `e`, plus one for a final `le` after a
// non-vowel (words of three or more code points), and at least one.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>

#include "precis/status.h"

namespace precis::text {

/// The data file below a precis data folder.
inline constexpr std::string_view kSyllapyData = "syllapy/data.csv";

class SyllableDict {
 public:
  /// Reads a syllapy data.csv. kNotFound when the file is missing, kParseError when a line is not
  /// `word,count`.
  static Result<std::shared_ptr<const SyllableDict>> load(const std::string& path);

  /// The dictionary entry for `word`, or -1.
  int lookup(std::string_view word) const noexcept;
  size_t size() const noexcept { return words_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  std::unordered_map<std::string, int, Hash, std::equal_to<>> words_;
};

/// syllapy.count(word) with `dict`.
int syllapy_count(std::string_view word, const SyllableDict& dict);

/// syllapy's heuristic (_syllables) for a non-empty, already normalised word.
int syllapy_heuristic(std::string_view word);

/// The process-wide dictionary, loaded once (thread-safe) from find_data_file(kSyllapyData); the
/// error says how to provide the file (data_help).
const Result<std::shared_ptr<const SyllableDict>>& syllapy_dict();

}  // namespace precis::text
