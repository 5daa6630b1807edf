// keywords:forbidden_words: none of the given words appears in the response.
//
// reference: fails iff some re.search(r"\b" + word + r"\b", response, re.IGNORECASE) matches,
//            with Python's Unicode \b (`can` is found in `can't` and `café can`, not in
//            `cannot` or `_can_`); the word is read as a regular expression.
// precise:   fails on any whole-word occurrence, also as a part of a hyphenated word or a
//            contraction (`rock-solid`, `can't`), compared with full case folding, also when
//            zero-width characters are hidden inside the word.
#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class ForbiddenReference final : public Constraint {
 public:
  ForbiddenReference(std::vector<std::string> words, std::vector<matching::PyLiteral> patterns)
      : words_(std::move(words)), patterns_(std::move(patterns)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    for (size_t i = 0; i < patterns_.size(); ++i) {
      if (found(text, patterns_[i])) {
        if (why) why->set("forbidden word \"{}\" found", words_[i]);
        return false;
      }
    }
    if (why) why->set("no forbidden word found");
    return true;
  }

 private:
  static bool found(const Text& text, const matching::PyLiteral& pattern) noexcept {
    // r"\b\b": a word boundary exists iff the text has a \w character.
    if (pattern.empty()) return text.python_word_count() > 0;
    const std::string& folded = text.folded();
    const bool slow = pattern.slow_for(folded);
    size_t pos = 0, b = 0, e = 0;
    while (pattern.find(folded, pos, b, e, slow)) {
      if (matching::py_word_boundary(folded, b) && matching::py_word_boundary(folded, e))
        return true;
      pos = b + 1;  // re.search tries every start position: overlapping candidates count
      while (pos < folded.size() && (static_cast<unsigned char>(folded[pos]) & 0xC0) == 0x80)
        ++pos;
    }
    return false;
  }

  std::vector<std::string> words_;
  std::vector<matching::PyLiteral> patterns_;
};

class ForbiddenPrecise final : public Constraint {
 public:
  ForbiddenPrecise(std::vector<std::string> words, std::vector<matching::Phrase> phrases)
      : words_(std::move(words)), phrases_(std::move(phrases)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    for (size_t i = 0; i < phrases_.size(); ++i) {
      if (matching::count_phrase(text, phrases_[i], true) > 0) {
        if (why) why->set("forbidden word \"{}\" found", words_[i]);
        return false;
      }
    }
    if (why) why->set("no forbidden word found");
    return true;
  }

 private:
  std::vector<std::string> words_;
  std::vector<matching::Phrase> phrases_;
};

Status kwarg_error(const BuildContext& ctx, std::string_view msg) {
  return invalid_argument(fmt::format("id \"{}\": kwarg \"forbidden_words\": {}", ctx.id, msg));
}

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  // Upstream: sorted(set(forbidden_words)).
  std::vector<std::string> words = kwargs.strings("forbidden_words");
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  if (ctx.semantics == Semantics::kReference) {
    std::vector<matching::PyLiteral> patterns;
    for (const auto& w : words) {
      auto p = matching::PyLiteral::parse(w);
      if (!p.ok()) return kwarg_error(ctx, fmt::format("\"{}\" {}", w, p.status().message()));
      patterns.push_back(std::move(*p));
    }
    return make<ForbiddenReference>(std::move(words), std::move(patterns));
  }
  std::vector<matching::Phrase> phrases;
  for (const auto& w : words) {
    auto p = matching::parse_phrase(w);
    if (!p.ok()) return kwarg_error(ctx, p.status().message());
    phrases.push_back(std::move(*p));
  }
  return make<ForbiddenPrecise>(std::move(words), std::move(phrases));
}

}  // namespace

VerifierInfo forbidden_words() {
  VerifierInfo info;
  info.id = "keywords:forbidden_words";
  info.suite = "IFEval";
  info.summary = "The response must not contain any of the given words.";
  info.kwargs = {string_list_kwarg("forbidden_words", "words or phrases that must not appear")};
  info.conflicts = {"combination:repeat_prompt", "detectable_format:constrained_response",
                    "keywords:forbidden_words", "language:response_language"};
  info.precise_differences = {
      "Words are precise words: a forbidden word is also found as a part of a hyphenated word or "
      "a contraction (`rock` in `rock-solid`, `can` in `can't`, as reference), and a forbidden "
      "hyphenated word or contraction is also found written with spaces (`well-known` in `well "
      "known`).",
      "An underscore does not join words: `_can_` (markdown emphasis) holds the word `can` "
      "(reference: `_` is a word character, so `\\bcan\\b` does not match).",
      "A multi-word forbidden phrase is found as consecutive words, whatever whitespace, line "
      "breaks or punctuation separate them (reference needs the exact characters).",
      "Case is compared with full Unicode case folding (`STRASSE` is `straße`); reference uses "
      "Python's re.IGNORECASE (one-to-one case mappings only, so `ß` never matches `ss`).",
      "Zero-width characters inside a word do not hide it (`ro\\u200Bck` is `rock`); in "
      "reference they split the word.",
      "A combining mark ends a word in reference (Python's `\\w` excludes marks, so `e` is found "
      "in "
      "`e\\u0301`); precise words keep marks inside.",
      "Forbidden words are literal text, never regular expressions; each must consist of words "
      "separated by whitespace, and an empty or punctuation-only entry is an error.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
