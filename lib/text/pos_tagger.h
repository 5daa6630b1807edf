// NLTK's averaged-perceptron part-of-speech tagger (nltk.pos_tag with the English model
// `averaged_perceptron_tagger_eng`), reimplemented for the first token of a text.
//
// The model is NLTK's three JSON files (weights: feature -> {tag: weight}; tagdict: word -> tag;
// classes: the tags), read from <nltk data>/taggers/averaged_perceptron_tagger_eng/. Tagging is
// greedy left to right; the first token's tag depends only on tokens 0-2, so tag_first() needs
// just those. What is reproduced: the tag dictionary shortcut (raw token), the word
// normalisation (!HYPHEN, !YEAR, !DIGITS, else Python's lower()), the fourteen feature templates
// with the -START-/-END- context, the dot product summed in NLTK's order (features in template
// order, each feature's tags in file order) and the choice of the best tag, ties going to the
// greater tag string. A feature lookup allocates nothing: one hash map from feature string to a
// range of (tag, weight) pairs, probed with a string_view built in a reused buffer.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "precis/status.h"

namespace precis::text {

/// The model folder below an NLTK data folder, and its three files.
inline constexpr std::string_view kPosTaggerDir = "taggers/averaged_perceptron_tagger_eng";
inline constexpr std::string_view kPosTaggerWeights =
    "taggers/averaged_perceptron_tagger_eng/averaged_perceptron_tagger_eng.weights.json";

class PosTagger {
 public:
  /// Loads the model from `dir` (a folder holding averaged_perceptron_tagger_eng.{weights,
  /// tagdict,classes}.json). kNotFound when a file is missing, kParseError when one is malformed.
  static Result<std::shared_ptr<const PosTagger>> load(const std::string& dir);

  /// The tag nltk.pos_tag gives the first of `tokens` (only tokens[0..2] are read; fewer than
  /// three tokens mean the text ends there). Empty for an empty list.
  std::string_view tag_first(const std::vector<std::string_view>& tokens) const;

  size_t num_features() const noexcept { return features_.size(); }

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const noexcept;
  };
  struct Range {
    uint32_t begin = 0;
    uint32_t end = 0;
  };

  std::vector<std::string> classes_;  // tag strings; a class id indexes this
  std::unordered_map<std::string, Range, Hash, std::equal_to<>> features_;
  std::vector<std::pair<uint16_t, double>> weights_;  // (class id, weight), file order
  std::unordered_map<std::string, std::string, Hash, std::equal_to<>> tagdict_;
};

/// The process-wide English tagger, loaded once (thread-safe) from the first NLTK data folder
/// that holds it (find_nltk_resource); the error says which file is missing and how to provide
/// it (data_help).
const Result<std::shared_ptr<const PosTagger>>& english_pos_tagger();

/// NLTK's PerceptronTagger.normalize: "!HYPHEN" for a word holding '-' that does not start with
/// one, "!YEAR" for four Python digits, "!DIGITS" for a word starting with a digit, else the
/// Python lowercase form. Writes to `out` (cleared first).
void pos_normalize(std::string_view word, std::string& out);

}  // namespace precis::text
