// count:count_increment_word: keyword1 exactly once and keyword2 exactly twice.
//
// reference: open-instruct IFEvalG: len(re.findall(keyword, response, re.IGNORECASE)) must be 1
//            for keyword1 and 2 for keyword2 (each stripped): non-overlapping substring matches,
//            the keyword read as a regular expression (`apple` counts in `Pineapple`, `sun`
//            twice in `Sunday and sunday`).
// precise:   whole-word (or whole-phrase) occurrences, compared with full case folding, as
//            keywords:frequency counts them: keyword1 once and keyword2 twice.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

constexpr size_t kWant1 = 1;
constexpr size_t kWant2 = 2;

class IncrementBase : public Constraint {
 public:
  IncrementBase(std::string k1, std::string k2) : k1_(std::move(k1)), k2_(std::move(k2)) {}

 protected:
  bool verdict(size_t n1, size_t n2, Reason* why) const noexcept {
    if (why)
      why->set("\"{}\" occurs {} times (expected {}), \"{}\" {} times (expected {})", k1_, n1,
               kWant1, k2_, n2, kWant2);
    return n1 == kWant1 && n2 == kWant2;
  }

  std::string k1_, k2_;
};

class IncrementReference final : public IncrementBase {
 public:
  IncrementReference(std::string k1, std::string k2, matching::PyLiteral p1, matching::PyLiteral p2)
      : IncrementBase(std::move(k1), std::move(k2)), p1_(std::move(p1)), p2_(std::move(p2)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return verdict(count(text, p1_), count(text, p2_), why);
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  // len(re.findall(pattern, text, re.IGNORECASE)).
  static size_t count(const Text& text, const matching::PyLiteral& pattern) {
    // re.findall("", s) finds an empty match at every position: len(s) + 1.
    if (pattern.empty()) return text::count_code_points(text.raw()) + 1;
    const std::string& folded = text.folded();
    const bool slow = pattern.slow_for(folded);
    size_t n = 0, pos = 0, b = 0, e = 0;
    while (pattern.find(folded, pos, b, e, slow)) {
      ++n;
      pos = e;
    }
    return n;
  }

  matching::PyLiteral p1_, p2_;
};

class IncrementPrecise final : public IncrementBase {
 public:
  IncrementPrecise(std::string k1, std::string k2, matching::Phrase p1, matching::Phrase p2)
      : IncrementBase(std::move(k1), std::move(k2)), p1_(std::move(p1)), p2_(std::move(p2)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    try {
      return verdict(matching::count_phrase(text, p1_, false),
                     matching::count_phrase(text, p2_, false), why);
    } catch (...) {
      if (why) why->set("out of memory while finding words");
      return false;
    }
  }

 private:
  matching::Phrase p1_, p2_;
};

// Whether `inner` occurs as consecutive words of `outer`.
bool contains(const matching::Phrase& outer, const matching::Phrase& inner) {
  if (inner.size() > outer.size()) return false;
  for (size_t i = 0; i + inner.size() <= outer.size(); ++i) {
    bool all = true;
    for (size_t j = 0; j < inner.size() && all; ++j)
      all = outer[i + j] == inner[j];
    if (all) return true;
  }
  return false;
}

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  std::string keys[2];
  const char* names[2] = {"keyword1", "keyword2"};
  auto error = [&](int i, std::string_view msg) {
    return invalid_argument(fmt::format("id \"{}\": kwarg \"{}\": {}", ctx.id, names[i], msg));
  };
  for (int i = 0; i < 2; ++i) {
    const std::string& given = kw.string(names[i]);
    if (given.empty())
      return error(i,
                   "expected a non-empty keyword (upstream draws a random word when it is empty)");
    keys[i] = std::string(text::py_strip(given));
  }
  if (ctx.semantics == Semantics::kReference) {
    Result<matching::PyLiteral> p[2] = {matching::PyLiteral::parse(keys[0]),
                                        matching::PyLiteral::parse(keys[1])};
    for (int i = 0; i < 2; ++i)
      if (!p[i].ok()) return error(i, fmt::format("\"{}\" {}", keys[i], p[i].status().message()));
    return make<IncrementReference>(std::move(keys[0]), std::move(keys[1]), std::move(*p[0]),
                                    std::move(*p[1]));
  }
  Result<matching::Phrase> p[2] = {matching::parse_phrase(keys[0]),
                                   matching::parse_phrase(keys[1])};
  for (int i = 0; i < 2; ++i)
    if (!p[i].ok()) return error(i, p[i].status().message());
  if (contains(*p[1], *p[0]))
    return error(0, fmt::format("\"{}\" is part of keyword2 \"{}\", so it occurs at least twice "
                                "whenever keyword2 does: the constraint can never be satisfied",
                                keys[0], keys[1]));
  return make<IncrementPrecise>(std::move(keys[0]), std::move(keys[1]), std::move(*p[0]),
                                std::move(*p[1]));
}

}  // namespace

VerifierInfo count_increment_word() {
  VerifierInfo info;
  info.id = "count:count_increment_word";
  info.suite = "IFEvalG";
  info.summary = "`keyword1` must appear exactly once and `keyword2` exactly twice.";
  info.kwargs = {
      string_kwarg("keyword1",
                   "the word or phrase to include once (stripped); empty is an error, where "
                   "upstream draws a random word",
                   false),
      string_kwarg("keyword2",
                   "the word or phrase to include twice (stripped); empty is an error, where "
                   "upstream draws a random word",
                   false)};
  info.precise_differences = {
      "Only whole-word occurrences count: `apple` is not counted in `Pineapple`, `star` not in "
      "`Starlight`, `red` not in `ordered` (reference counts every substring match). Hyphens "
      "and apostrophes separate words, so `star` counts in `star-shaped` and `star's`.",
      "A multi-word keyword is counted as consecutive words of the response, whatever "
      "whitespace, line breaks or punctuation separate them.",
      "Case is compared with full Unicode case folding; reference uses Python's re.IGNORECASE "
      "(one-to-one case mappings only, so `ß` never matches `ss`).",
      "The keywords are literal text, never regular expressions; each must consist of words "
      "separated by whitespace, and a whitespace-only keyword is an error (reference counts "
      "len(text)+1 empty matches for it).",
      "A keyword1 equal to keyword2, or contained in it as consecutive words (`ice` with "
      "`ice cream`), is an error, because no response can satisfy it (reference builds it and "
      "fails every response).",
      "A response holding only whitespace and zero-width characters fails by itself (reference "
      "leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
