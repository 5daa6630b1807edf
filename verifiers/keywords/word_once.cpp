// keywords:word_once (IFEvalG): "Include keyword {keyword} in your response." The keyword must
// occur exactly once.
//
// reference: len(re.findall(keyword.strip(), response, re.IGNORECASE)) == 1: substring matches
//            (`garden` counts in `gardener`), the keyword read as a regex.
// precise:   exactly one whole-word (or whole-phrase) occurrence, full case folding.
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/keyword_count.h"

namespace precis::verifiers::keywords {
namespace {

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  CountTarget target;
  target.exactly_one = true;
  return make_keyword_count(kwargs, ctx, target);
}

}  // namespace

VerifierInfo word_once() {
  VerifierInfo info;
  info.id = "keywords:word_once";
  info.suite = "IFEvalG";
  info.summary = "A keyword must appear in the response exactly once.";
  info.kwargs = {string_kwarg("keyword",
                              "the word or phrase that must occur once (an empty string, which "
                              "upstream replaces with a random keyword, is an error)",
                              false)};
  info.precise_differences = {
      "Only whole-word occurrences count: `garden` is not found in `gardener`, so `The gardener "
      "left` fails (reference counts the substring and passes). Hyphens and apostrophes separate "
      "words, so `garden` counts in `garden-fresh` and `garden's`.",
      "A multi-word keyword matches consecutive words of the response whatever whitespace, line "
      "breaks or punctuation separate them (reference needs the exact spacing of the keyword).",
      "Case is compared with full Unicode case folding (`straße` matches `STRASSE`); reference "
      "uses Python's re.IGNORECASE.",
      "Zero-width characters inside a word are ignored.",
      "The keyword is literal text, never a regular expression (reference reads `U.S.` as a "
      "pattern that also matches `UKSA`); it must consist of words separated by whitespace, and a "
      "whitespace-only keyword is an error (reference: it never passes).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
