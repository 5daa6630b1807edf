// Text: one response and the facets constraints ask of it, each computed at most once.
//
// A Text borrows the response bytes (UTF-8, possibly invalid) and computes facets lazily:
// the first constraint that asks for the word count pays for it, the others read it.
// A Text is not thread-safe; use one per thread and `reset()` it between responses, which
// keeps the buffers' capacity so that checking allocates nothing in the steady state.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace precis {

/// A half-open byte range [begin, end) into a text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const noexcept { return end - begin; }
  bool empty() const noexcept { return begin == end; }
};

/// Case facts about a text as Python's str.isupper()/str.islower() see them.
struct CaseStats {
  bool has_cased = false;  ///< some code point is cased (upper, lower or title)
  bool any_lower = false;  ///< some code point has the Lowercase property
  bool any_upper = false;  ///< some code point has the Uppercase property
  bool any_title = false;  ///< some code point is titlecase (Lt)
  /// Python's str.isupper(): cased and no lowercase or titlecase code point.
  bool python_isupper() const noexcept { return any_upper && !any_lower && !any_title; }
  /// Python's str.islower(): cased and no uppercase or titlecase code point.
  bool python_islower() const noexcept { return any_lower && !any_upper && !any_title; }
  bool operator==(const CaseStats&) const = default;
};

/// Counts over the whole text, all from one pass (lib/simd: vectorized, dispatched at run time).
struct TextCounts {
  uint64_t non_ascii = 0;  ///< bytes >= 0x80; 0 means the text is ASCII
  uint64_t newlines = 0;   ///< '\n' bytes
  uint64_t commas = 0;     ///< ASCII ',' bytes
  uint64_t py_words = 0;   ///< matches of Python's `\w+` (IFEval's count_words)
  CaseStats cases;         ///< what Python's str.isupper()/str.islower() look at
  bool operator==(const TextCounts&) const = default;
};

/// The result of language identification.
struct LanguageGuess {
  std::string_view code;      ///< ISO 639-1 code ("en", "de", ...), "un" when unknown
  int percent = 0;            ///< share of the text in that language (0-100)
  bool reliable = false;      ///< the detector's own reliability flag
  bool has_features = false;  ///< the text has letters a detector can use
};

class Text {
 public:
  Text() = default;
  explicit Text(std::string_view utf8) { reset(utf8); }
  Text(const Text&) = delete;
  Text& operator=(const Text&) = delete;
  Text(Text&&) = default;
  Text& operator=(Text&&) = default;

  /// Points this Text at new bytes; forgets every facet but keeps buffer capacity.
  void reset(std::string_view utf8) noexcept;

  std::string_view raw() const noexcept { return raw_; }
  /// Python's str.strip() (Python's whitespace set, see unicode.h).
  std::string_view stripped() const noexcept;
  /// True when stripped() is empty: IFEval fails every instruction on such a response.
  bool blank() const noexcept { return stripped().empty(); }

  /// Python's str.lower() of the whole text (full mapping, final sigma).
  const std::string& lower() const;
  /// Simple case folding, code point by code point (the same number of code points as raw()).
  const std::string& folded() const;

  /// The one-pass counts (non-ASCII bytes, newlines, commas, `\w+` runs, case facts).
  const TextCounts& counts() const;

  /// Number of matches of Python's `\w+` (IFEval's count_words).
  size_t python_word_count() const { return static_cast<size_t>(counts().py_words); }
  /// Words in the `precise` sense: runs of letters, marks and digits, with an apostrophe or
  /// hyphen between two letters kept inside; zero-width characters are skipped inside words.
  const std::vector<Span>& words() const;

  /// Punkt English sentences (nltk 3.8 sent_tokenize), as byte spans of raw().
  const std::vector<Span>& sentences() const;
  /// nltk.word_tokenize tokens (Punkt sentences, then the Treebank-style tokenizer).
  const std::vector<std::string>& treebank_tokens() const;
  /// IFEval's regex sentence splitter (open-instruct IFEvalG, paper-era IFBench); see
  /// lib/text/regex_sentences.h. The sentences carry the splitter's rewrites.
  const std::vector<std::string>& regex_sentences() const;

  /// Case facts of the whole text.
  CaseStats case_stats() const { return counts().cases; }

  /// Language identification (CLD2), run on the whole text.
  LanguageGuess language() const;

 private:
  enum Facet : uint32_t {
    kStripped = 1u << 0,
    kLower = 1u << 1,
    kFolded = 1u << 2,
    kCounts = 1u << 3,
    kWords = 1u << 4,
    kSentences = 1u << 5,
    kTreebank = 1u << 6,
    kLanguage = 1u << 8,
    kRegexSentences = 1u << 9,
  };
  bool has(Facet f) const noexcept { return (have_ & f) != 0; }

  std::string_view raw_;
  mutable uint32_t have_ = 0;
  mutable std::string_view stripped_;
  mutable std::string lower_;
  mutable std::string folded_;
  mutable TextCounts counts_;
  mutable std::vector<Span> words_;
  mutable std::vector<Span> sentences_;
  mutable std::vector<std::string> treebank_;
  mutable std::vector<std::string> regex_sentences_;
  mutable LanguageGuess language_;
};

}  // namespace precis
