// keywords:frequency: a keyword appears less than / at least N times.
//
// reference: n = len(re.findall(keyword.strip(), response, re.IGNORECASE)): non-overlapping
//            substring matches (`war` counts in `software`), the keyword read as a regex.
// precise:   n = non-overlapping occurrences of the keyword as a whole word (or a phrase as
//            consecutive whole words; hyphens and apostrophes separate words), compared with
//            full case folding.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class FrequencyBase : public Constraint {
 public:
  FrequencyBase(std::string keyword, int64_t bound, Relation rel)
      : keyword_(std::move(keyword)), bound_(bound), rel_(rel) {}

 protected:
  bool verdict(size_t n, Reason* why) const noexcept {
    bool pass = compare(static_cast<int64_t>(n), bound_, rel_);
    if (why)
      why->set("\"{}\" occurs {} times; expected {} {}", keyword_, n, relation_text(rel_), bound_);
    return pass;
  }

  std::string keyword_;
  int64_t bound_;
  Relation rel_;
};

class FrequencyReference final : public FrequencyBase {
 public:
  FrequencyReference(std::string keyword, matching::PyLiteral pattern, int64_t bound, Relation rel)
      : FrequencyBase(std::move(keyword), bound, rel), pattern_(std::move(pattern)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    size_t n = 0;
    if (pattern_.empty()) {
      // re.findall("", s) finds an empty match at every position: len(s) + 1.
      n = text::count_code_points(text.raw()) + 1;
    } else {
      const std::string& folded = text.folded();
      const bool slow = pattern_.slow_for(folded);
      size_t pos = 0, b = 0, e = 0;
      while (pattern_.find(folded, pos, b, e, slow)) {
        ++n;
        pos = e;
      }
    }
    return verdict(n, why);
  }

 private:
  matching::PyLiteral pattern_;
};

class FrequencyPrecise final : public FrequencyBase {
 public:
  FrequencyPrecise(std::string keyword, matching::Phrase phrase, int64_t bound, Relation rel)
      : FrequencyBase(std::move(keyword), bound, rel), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    return verdict(matching::count_phrase(text, phrase_, false), why);
  }

 private:
  matching::Phrase phrase_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  std::string keyword(text::py_strip(kwargs.string("keyword")));
  int64_t bound = kwargs.integer("frequency");
  Relation rel = parse_relation(kwargs.string("relation"));
  auto error = [&](std::string_view msg) {
    return invalid_argument(fmt::format("id \"{}\": kwarg \"keyword\": {}", ctx.id, msg));
  };
  if (ctx.semantics == Semantics::kReference) {
    auto p = matching::PyLiteral::parse(keyword);
    if (!p.ok()) return error(fmt::format("\"{}\" {}", keyword, p.status().message()));
    return make<FrequencyReference>(std::move(keyword), std::move(*p), bound, rel);
  }
  auto phrase = matching::parse_phrase(keyword);
  if (!phrase.ok()) return error(phrase.status().message());
  return make<FrequencyPrecise>(std::move(keyword), std::move(*phrase), bound, rel);
}

}  // namespace

VerifierInfo frequency() {
  VerifierInfo info;
  info.id = "keywords:frequency";
  info.suite = "IFEval";
  info.summary = "A keyword must appear less than, or at least, a given number of times.";
  info.kwargs = {string_kwarg("keyword", "the word or phrase to count"),
                 int_kwarg("frequency", "the number of occurrences to compare with"),
                 relation_kwarg("relation")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "keywords:frequency",
                    "language:response_language"};
  info.precise_differences = {
      "Only whole-word occurrences count: `war` is not counted in `software`, `award` or `wars` "
      "(reference counts every substring match). Hyphens and apostrophes separate words, so "
      "`war` counts in `post-war` and `war's`.",
      "A multi-word keyword is counted as consecutive words of the response, whatever whitespace, "
      "line breaks or punctuation separate them.",
      "Case is compared with full Unicode case folding; reference uses Python's re.IGNORECASE "
      "(one-to-one case mappings only, so `ß` never matches `ss`).",
      "Zero-width characters inside a word are ignored.",
      "The keyword is literal text, never a regular expression; it must consist of words "
      "separated by whitespace, and a blank keyword is an error (reference counts len(text)+1 "
      "empty matches for a whitespace-only keyword).",
      "A response holding only whitespace and zero-width characters fails, also with \"less than\" "
      "(reference: only whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
