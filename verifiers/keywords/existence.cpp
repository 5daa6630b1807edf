// keywords:existence: every keyword appears in the response.
//
// reference: for each keyword, re.search(keyword, response, re.IGNORECASE): a substring match
//            (`cat` is found in `Category`) with the keyword read as a regular expression.
// precise:   each keyword occurs as a whole word, or a phrase as consecutive whole words
//            (hyphens and apostrophes separate words: `Zelda's`, `high-quality`), compared with
//            full case folding; zero-width characters cannot hide a word.
#include <string>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class ExistenceReference final : public Constraint {
 public:
  ExistenceReference(std::vector<std::string> keywords, std::vector<matching::PyLiteral> patterns)
      : keywords_(std::move(keywords)), patterns_(std::move(patterns)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    const std::string& folded = text.folded();
    for (size_t i = 0; i < patterns_.size(); ++i) {
      size_t b = 0, e = 0;
      if (patterns_[i].empty() || patterns_[i].find(folded, 0, b, e, patterns_[i].slow_for(folded)))
        continue;
      if (why) why->set("keyword \"{}\" not found", keywords_[i]);
      return false;
    }
    if (why) why->set("all {} keywords found", keywords_.size());
    return true;
  }

 private:
  std::vector<std::string> keywords_;
  std::vector<matching::PyLiteral> patterns_;
};

class ExistencePrecise final : public Constraint {
 public:
  ExistencePrecise(std::vector<std::string> keywords, std::vector<matching::Phrase> phrases)
      : keywords_(std::move(keywords)), phrases_(std::move(phrases)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    for (size_t i = 0; i < phrases_.size(); ++i) {
      if (matching::count_phrase(text, phrases_[i], true) > 0) continue;
      if (why) why->set("keyword \"{}\" not found as a whole word", keywords_[i]);
      return false;
    }
    if (why) why->set("all {} keywords found", keywords_.size());
    return true;
  }

 private:
  std::vector<std::string> keywords_;
  std::vector<matching::Phrase> phrases_;
};

Status kwarg_error(const BuildContext& ctx, const Status& s) {
  return invalid_argument(fmt::format("id \"{}\": kwarg \"keywords\": {}", ctx.id, s.message()));
}

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  std::vector<std::string> keywords = kwargs.strings("keywords");
  if (ctx.semantics == Semantics::kReference) {
    std::vector<matching::PyLiteral> patterns;
    for (const auto& k : keywords) {
      auto p = matching::PyLiteral::parse(k);
      if (!p.ok())
        return kwarg_error(ctx,
                           invalid_argument(fmt::format("\"{}\" {}", k, p.status().message())));
      patterns.push_back(std::move(*p));
    }
    return make<ExistenceReference>(std::move(keywords), std::move(patterns));
  }
  std::vector<matching::Phrase> phrases;
  for (const auto& k : keywords) {
    auto p = matching::parse_phrase(k);
    if (!p.ok()) return kwarg_error(ctx, p.status());
    phrases.push_back(std::move(*p));
  }
  return make<ExistencePrecise>(std::move(keywords), std::move(phrases));
}

}  // namespace

VerifierInfo existence() {
  VerifierInfo info;
  info.id = "keywords:existence";
  info.suite = "IFEval";
  info.summary = "The response must include every one of the given keywords.";
  info.kwargs = {string_list_kwarg("keywords", "words or phrases that must all appear")};
  info.conflicts = {"detectable_format:constrained_response", "keywords:existence",
                    "language:response_language"};
  info.precise_differences = {
      "A keyword must occur as a whole word: `cat` is not found in `Category` or `cats` "
      "(reference matches any substring). Hyphens and apostrophes separate words, so `quality` "
      "is found in `high-quality` and `Zelda` in `Zelda's`.",
      "A multi-word keyword matches consecutive words of the response, whatever whitespace, "
      "line breaks or punctuation separate them (reference needs the exact characters); "
      "`well-known` also matches `well known`.",
      "Case is compared with full Unicode case folding (`STRASSE` matches `straße`); reference "
      "uses Python's re.IGNORECASE (one-to-one case mappings only, so `ß` never matches `ss`).",
      "Zero-width characters inside a word are ignored, so they cannot hide or fake a keyword.",
      "Keywords are literal text, never regular expressions; a keyword must consist of words "
      "separated by whitespace, and an empty or punctuation-only keyword is an error (reference "
      "reads the keyword as a regular expression, and an empty one is always found).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
