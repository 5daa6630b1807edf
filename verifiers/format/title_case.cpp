// format:title_case: write the entire response in title case (capitalize the first letter of
// every major word).
//
// reference: nltk.word_tokenize tokens that start with a letter: a one-letter token must not be
//            lowercase; a longer token fails if its first letter is lowercase and the rest is
//            all lowercase or all uppercase (Python islower()/isupper()). So "of", "the" and
//            "a" fail, and "iPhone" passes.
// precise:   words (Text::words()) whose first letter is cased: every major word must start
//            with an uppercase or titlecase letter; the minor words (articles, short
//            conjunctions and prepositions: a, an, the, and, but, or, nor, for, so, yet, as, at,
//            by, in, of, off, on, per, to, up, via, vs) may be lowercase, except as the first
//            word of a line. At least one word with a cased first letter.
#include <array>
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

bool has(char32_t cp, uint16_t flag) noexcept {
  return (text::flags(cp) & flag) != 0;
}

class TitleCaseReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    for (const std::string& word : text.treebank_tokens()) {
      if (word.empty()) continue;
      const char* end = word.data() + word.size();
      auto first = text::decode(word.data(), end);
      if (!has(first.cp, text::kLetter)) continue;
      std::string_view rest = std::string_view(word).substr(first.len);
      bool lower = has(first.cp, text::kLower);
      if (rest.empty()) {
        if (lower) {
          if (why) why->set("the one-letter word \"{}\" is lowercase", word);
          return false;
        }
        continue;
      }
      CaseStats cs = text::case_stats(rest);
      if (has(first.cp, text::kUpper) && cs.python_islower()) continue;
      if (lower && (cs.python_isupper() || cs.python_islower())) {
        if (why) why->set("\"{}\" is not capitalized", word);
        return false;
      }
    }
    if (why) why->set("every word is capitalized");
    return true;
  }
};

constexpr std::array<std::string_view, 22> kMinor = {
    "a",  "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as",
    "at", "by", "in",  "of",  "off", "on", "per", "to",  "up", "via", "vs"};

bool is_minor(std::string_view word) {
  std::string folded;
  text::normalize_word(word, folded);
  for (std::string_view m : kMinor)
    if (folded == m) return true;
  return false;
}

class TitleCasePrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t cased = 0;
    size_t prev_end = 0;
    bool first_on_line = true;
    for (const Span& w : text.words()) {
      if (raw.substr(prev_end, w.begin - prev_end).find('\n') != std::string_view::npos)
        first_on_line = true;
      prev_end = w.end;
      std::string_view word = raw.substr(w.begin, w.size());
      auto first = text::decode(word.data(), word.data() + word.size());
      bool line_start = first_on_line;
      first_on_line = false;
      uint16_t f = text::flags(first.cp);
      if (!(f & (text::kUpper | text::kLower | text::kTitle))) continue;
      ++cased;
      if (f & (text::kUpper | text::kTitle)) continue;
      if (!line_start && is_minor(word)) continue;
      if (why) why->set("the word \"{}\" does not start with a capital letter", word);
      return false;
    }
    if (cased == 0) {
      if (why) why->set("the response has no cased words");
      return false;
    }
    if (why) why->set("every major word is capitalized");
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<TitleCaseReference>();
  return make<TitleCasePrecise>();
}

}  // namespace

VerifierInfo title_case() {
  VerifierInfo info;
  info.id = "format:title_case";
  info.suite = "IFBench";
  info.summary =
      "Write the entire response in title case (capitalize the first letter of every major "
      "word).";
  info.precise_differences = {
      "Minor words (articles, short conjunctions and prepositions such as a, the, and, of, to, "
      "in) may stay lowercase, as the instruction asks only for major words; reference fails "
      "them.",
      "A minor word that starts a line must be capitalized.",
      "A word whose first letter is lowercase fails even when it has capitals inside "
      "(`iPhone`, `eBay`); reference passes such mixed-case words.",
      "At least one word must start with a cased letter; reference passes text without letters."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
