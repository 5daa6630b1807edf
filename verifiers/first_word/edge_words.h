// Helpers shared by the first_word and last_word verifiers (open-instruct IFEvalG).
//
// reference: whitespace tokens as Python's str.split() gives them, compared after Python's
//            str.lower() (full lowercase mapping, final sigma).
// precise:   precis words (Text::words()) split into pieces at inner hyphens and apostrophes, as
//            keywords matching does (verifiers/keywords/matching.h), compared with full case
//            folding. A kwarg may be a phrase of several words; a match must start at the start
//            of a word and end at the end of a word (`end` is not the last word of `open-end`).
//            "Sentence" units are Punkt sentences further split at every line break.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "precis/text.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::edge_words {

// ---------------------------------------------------------------------------------------------
// reference

/// Python's s.split()[0]: the first run of non-whitespace characters; empty when none.
std::string_view first_token(std::string_view s) noexcept;
/// Python's s.split()[-1]; empty when none.
std::string_view last_token(std::string_view s) noexcept;

/// Python's `s.lower() == lowered`, where `lowered` is already a str.lower() result. ASCII `s`
/// is compared in place; other text is lowered into a temporary (may throw std::bad_alloc).
bool py_lower_equals(std::string_view s, std::string_view lowered);

/// Python's re.sub(r"[^\w\s]", "", s): keeps `\w` and whitespace code points. Appends to out.
void keep_word_chars(std::string_view s, std::string& out);

// ---------------------------------------------------------------------------------------------
// precise

/// A character that may stand before the first word or after the last word of a text or
/// sentence: whitespace, zero-width characters, punctuation (general category P*) and ASCII
/// symbols (markdown's `*`, `#`, `>`, `|`, `~`, ...). An emoji or other symbol is not.
bool is_edge_char(char32_t c) noexcept;

/// The first character of `s` that is not an edge character (empty when there is none).
std::string_view first_non_edge(std::string_view s) noexcept;

/// Whether the words words[wi, wj) of `raw`, split into pieces at inner hyphens and
/// apostrophes, start with `phrase`, the match ending at the end of a word.
bool starts_with_phrase(std::string_view raw, const std::vector<Span>& words, size_t wi, size_t wj,
                        const matching::Phrase& phrase) noexcept;

/// Whether words[wi, wj) end with `phrase`, the match starting at the start of a word.
bool ends_with_phrase(std::string_view raw, const std::vector<Span>& words, size_t wi, size_t wj,
                      const matching::Phrase& phrase) noexcept;

/// A sentence unit of a text: the byte range [begin, end) of raw() and its words
/// words()[first_word, end_word) (first_word == end_word when it has none).
struct Unit {
  size_t begin = 0, end = 0;
  size_t first_word = 0, end_word = 0;
  bool has_words() const noexcept { return end_word > first_word; }
};

/// Calls fn(const Unit&) for each sentence span of `raw` (sorted, as Punkt gives them), split
/// further at every line break (`\n`; a `\r` before it is whitespace), in order; stops early
/// when fn returns false. `words` are the precise words of `raw`; `wi` is the first of them
/// not yet passed (start with 0) and advances. Linear in the text.
template <class Fn>
bool for_each_unit_of(std::string_view raw, const std::vector<Span>& sentences,
                      const std::vector<Span>& words, size_t& wi, Fn&& fn) {
  for (const Span& s : sentences) {
    size_t line_begin = s.begin;
    while (true) {
      size_t nl = raw.find('\n', line_begin);
      size_t line_end = (nl == std::string_view::npos || nl >= s.end) ? s.end : nl;
      Unit u;
      u.begin = line_begin;
      u.end = line_end;
      while (wi < words.size() && words[wi].begin < u.begin)
        ++wi;
      u.first_word = wi;
      while (wi < words.size() && words[wi].end <= u.end)
        ++wi;
      u.end_word = wi;
      if (!fn(static_cast<const Unit&>(u))) return false;
      if (line_end >= s.end) break;
      line_begin = line_end + 1;
    }
  }
  return true;
}

/// for_each_unit_of() over the Punkt sentences (Text::sentences()) and words of `text`. May
/// throw std::bad_alloc (facets).
template <class Fn>
void for_each_unit(const Text& text, Fn&& fn) {
  size_t wi = 0;
  for_each_unit_of(text.raw(), text.sentences(), text.words(), wi, fn);
}

// ---------------------------------------------------------------------------------------------
// construction

/// The factory shared by first_word_answer, first_word_sent, last_word_answer and
/// last_word_sent: the word kwarg `name` must not be empty (upstream draws a random word then);
/// reference gets it stripped and lowercased (Python's str.lower()), precise as a phrase of words.
template <class Reference, class Precise>
Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx, std::string_view name) {
  const std::string& given = kw.string(name);
  if (given.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"{}\": expected a non-empty word (upstream draws a random word when "
        "it is empty)",
        ctx.id, name));
  std::string word(text::py_strip(given));
  if (ctx.semantics == Semantics::kReference) return make<Reference>(text::py_lower(word));
  auto phrase = matching::parse_phrase(word);
  if (!phrase.ok())
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"{}\": {}", ctx.id, name, phrase.status().message()));
  return make<Precise>(std::move(word), std::move(*phrase));
}

}  // namespace precis::verifiers::edge_words
