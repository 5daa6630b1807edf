// letters:letter_counting: the response has at least / less than N letters.
//
// reference: n = the number of ASCII letters `[a-zA-Z]` (open-instruct IFEvalG); "at least" is
//            n >= N, "less than" is n < N, and any other non-empty relation makes upstream return
//            None, so the check always fails.
// precise:   n = the number of Unicode letters (general category L: `ß`, `ü`, `Ａ`, `é`, `中`
//            count); a relation other than the two is an error; a blank response fails.
// Upstream draws a random N when N is 0 and a random relation when it is empty; precis refuses
// both kwargs in both semantics.
#include <cstdint>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/letters/family.h"

namespace precis::verifiers::letters {
namespace {

size_t count_ascii_letters(std::string_view s) noexcept {
  size_t n = 0;
  for (char c : s)
    n += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  return n;
}

size_t count_unicode_letters(std::string_view s) noexcept {
  size_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) {
      n += (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z');
      ++p;
      continue;
    }
    auto d = text::decode(p, end);
    n += (text::flags(d.cp) & text::kLetter) != 0;
    p += d.len;
  }
  return n;
}

class LetterCounting final : public Constraint {
 public:
  // `relation` is "at least", "less than" or (reference only) another value, which always fails.
  LetterCounting(int64_t bound, std::string relation, Semantics s)
      : bound_(bound), relation_(std::move(relation)), precise_(s == Semantics::kPrecise) {
    known_ = relation_ == "at least" || relation_ == "less than";
    rel_ = parse_relation(relation_);
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    if (!known_) {
      if (why)
        why->set("relation \"{}\" is neither \"at least\" nor \"less than\": upstream fails it",
                 relation_);
      return false;
    }
    size_t n = precise_ ? count_unicode_letters(text.raw()) : count_ascii_letters(text.raw());
    if (why)
      why->set("{} {}letters; expected {} {}", n, precise_ ? "" : "ASCII ", relation_text(rel_),
               bound_);
    return compare(static_cast<int64_t>(n), bound_, rel_);
  }

 private:
  int64_t bound_;
  std::string relation_;
  bool precise_;
  bool known_ = false;
  Relation rel_ = Relation::kAtLeast;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  int64_t bound = kwargs.integer("N");
  const std::string& relation = kwargs.string("relation");
  if (bound == 0)
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"N\": expected a positive number of letters; upstream replaces 0 by a "
        "random number, which precis never does",
        ctx.id));
  if (relation.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"relation\": expected \"at least\" or \"less than\"; upstream replaces "
        "an empty relation by a random one, which precis never does",
        ctx.id));
  if (ctx.semantics == Semantics::kPrecise && relation != "at least" && relation != "less than")
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"relation\": expected \"at least\" or \"less than\", got "
                    "\"{}\"",
                    ctx.id, relation));
  return make<LetterCounting>(bound, relation, ctx.semantics);
}

}  // namespace

VerifierInfo letter_counting() {
  VerifierInfo info;
  info.id = "letters:letter_counting";
  info.suite = "IFEvalG";
  info.summary = "The response must have at least, or less than, `N` letters.";
  info.kwargs = {
      int_kwarg("N",
                "the number of letters to compare with; 0 is an error (upstream draws a random "
                "number)"),
      string_kwarg("relation",
                   "`at least` or `less than`; empty is an error (upstream draws a random "
                   "relation); reference semantics accepts any other value and then always fails, "
                   "as upstream does",
                   false)};
  info.precise_differences = {
      "Every Unicode letter counts (general category L, e.g. `ß`, `ü`, `é`, full-width `Ａ`, "
      "`中`, the Kelvin sign); reference counts only the ASCII letters `a`-`z` and `A`-`Z`.",
      "A relation other than `at least` or `less than` is an error when the spec is built; "
      "reference accepts it and fails every response, as upstream does.",
      "A response holding only whitespace and zero-width characters fails, also with \"less than\" "
      "(reference: only whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::letters
