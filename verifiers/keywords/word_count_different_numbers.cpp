// keywords:word_count_different_numbers (IFEvalG): "In your response, the word {keyword} should
// appear {frequency} times", checked with a relation (the same count as keywords:frequency).
//
// reference: n = len(re.findall(keyword.strip(), response, re.IGNORECASE)): substring matches,
//            the keyword read as a regex; n < frequency or n >= frequency.
// precise:   n = non-overlapping whole-word (or whole-phrase) occurrences, full case folding.
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/keyword_count.h"

namespace precis::verifiers::keywords {
namespace {

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  CountTarget target;
  target.bound = kwargs.integer("frequency");
  target.relation = parse_relation(kwargs.string("relation"));
  return make_keyword_count(kwargs, ctx, target);
}

}  // namespace

VerifierInfo word_count_different_numbers() {
  VerifierInfo info;
  info.id = "keywords:word_count_different_numbers";
  info.suite = "IFEvalG";
  info.summary =
      "A keyword must appear less than, or at least, a given number of times (keywords:frequency "
      "under another prompt template).";
  info.kwargs = {string_kwarg("keyword",
                              "the word or phrase to count (an empty string, which upstream "
                              "replaces with a random keyword, is an error)",
                              false),
                 int_kwarg("frequency",
                           "the number of occurrences to compare with (a negative value, which "
                           "upstream replaces with a random number, is an error)"),
                 relation_kwarg("relation")};
  info.precise_differences = {
      "Only whole-word occurrences count: `river` is not counted in `riverbank` or `rivers` "
      "(reference counts every substring match). Hyphens and apostrophes separate words, so "
      "`river` counts in `river-side` and `river's`.",
      "A multi-word keyword is counted as consecutive words of the response, whatever "
      "whitespace, line breaks or punctuation separate them.",
      "Case is compared with full Unicode case folding; reference uses Python's re.IGNORECASE "
      "(`ß` never matches `ss`).",
      "Zero-width characters inside a word are ignored.",
      "The keyword is literal text, never a regular expression; it must consist of words "
      "separated by whitespace, and a whitespace-only keyword is an error (reference counts "
      "len(text)+1 empty matches).",
      "A response holding only whitespace and zero-width characters fails, also with \"less "
      "than\" (reference: only whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
