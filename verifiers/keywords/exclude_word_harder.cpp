// keywords:exclude_word_harder (IFEvalG): "Do not include keyword {keyword} in the response."
//
// reference: fails when " " + keyword.strip() + " " occurs in the response: case-sensitive, and
//            only with an ASCII space on both sides, so the keyword at the start or end of the
//            response, next to punctuation or a line break passes.
// precise:   fails on any whole-word (or whole-phrase) occurrence, compared with full case
//            folding, wherever it stands. A blank response fails.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/keyword_count.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class ExcludeReference final : public Constraint {
 public:
  explicit ExcludeReference(std::string keyword)
      : keyword_(std::move(keyword)), needle_(" " + keyword_ + " ") {}

  bool check(const Text& text, Reason* why) const noexcept override {
    size_t at = text.raw().find(needle_);
    if (at == std::string_view::npos) {
      if (why) why->set("\" {} \" does not occur", keyword_);
      return true;
    }
    if (why) why->set("\" {} \" occurs at byte {}", keyword_, at);
    return false;
  }

 private:
  std::string keyword_;
  std::string needle_;
};

class ExcludePrecise final : public Constraint {
 public:
  ExcludePrecise(std::string keyword, matching::Phrase phrase)
      : keyword_(std::move(keyword)), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    if (matching::count_phrase(text, phrase_, true) > 0) {
      if (why) why->set("\"{}\" occurs as a word", keyword_);
      return false;
    }
    if (why) why->set("\"{}\" does not occur", keyword_);
    return true;
  }

 private:
  std::string keyword_;
  matching::Phrase phrase_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& given = kwargs.string("keyword");
  if (given.empty())
    return random_kwarg_error(ctx, "keyword", "a non-empty string",
                              "picks a random word of the kwarg \"instruction\"");
  std::string keyword(text::py_strip(given));
  if (ctx.semantics == Semantics::kReference) return make<ExcludeReference>(std::move(keyword));
  auto phrase = matching::parse_phrase(keyword);
  if (!phrase.ok())
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"keyword\": {}", ctx.id, phrase.status().message()));
  return make<ExcludePrecise>(std::move(keyword), std::move(*phrase));
}

}  // namespace

VerifierInfo exclude_word_harder() {
  VerifierInfo info;
  info.id = "keywords:exclude_word_harder";
  info.suite = "IFEvalG";
  info.summary = "A keyword must not appear in the response.";
  KwargSpec instruction = string_kwarg(
      "instruction",
      "the instruction text; upstream draws the keyword from it when `keyword` is empty, precis "
      "only accepts it and never reads it",
      false);
  instruction.required = false;
  info.kwargs = {string_kwarg("keyword",
                              "the word or phrase to exclude (an empty string, for which upstream "
                              "picks a random word of `instruction`, is an error)",
                              false),
                 std::move(instruction)};
  info.precise_differences = {
      "Any whole-word occurrence fails, wherever it stands: at the start or end of the response, "
      "next to punctuation (`cat.`, `(cat)`), or a line break (reference fails only on the "
      "keyword with an ASCII space on both sides, so `I saw a cat` passes there).",
      "Case is compared with full Unicode case folding, so `Cat` and `CAT` also fail (reference "
      "is case-sensitive).",
      "Only whole words count: `cat` in `catalog` or `bobcat` is no occurrence (as reference, "
      "which needs spaces around the keyword); hyphens and apostrophes separate words, so `cat` "
      "counts in `cat-like` and `cat's`.",
      "A multi-word keyword matches its words separated by any whitespace, line breaks or "
      "punctuation (reference needs exactly the keyword's own spacing).",
      "Zero-width characters inside a word are ignored, so they cannot hide the keyword.",
      "The keyword is literal text made of words separated by whitespace; a whitespace-only "
      "keyword is an error (reference then fails any response holding two consecutive spaces).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
