// count:conjunctions: use at least small_n different coordinating conjunctions.
//
// reference: IFBench (both versions): the whitespace tokens whose form stripped of ASCII
//            punctuation and lowercased is one of and, but, for, nor, or, so, yet; the number of
//            DISTINCT RAW tokens among them must be at least small_n. So `and`, `And` and `and,`
//            count as three different conjunctions, and `and/or` as none.
// precise:   the distinct conjunctions among precis words (compared with full case folding,
//            zero-width characters ignored): each of the seven counts once however often and in
//            whatever case or punctuation it appears; `and/or` uses two. A blank response fails.
#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/count/ifbench_text.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

constexpr std::array<std::string_view, 7> kConjunctions = {"and", "but", "for", "nor",
                                                           "or",  "so",  "yet"};

// The index of `w` in kConjunctions, comparing ASCII letters case-insensitively; -1 if none.
// (No non-ASCII character lowercases to one of these letters, so this is str.lower() here.)
int conjunction_index(std::string_view w) noexcept {
  if (w.size() < 2 || w.size() > 3) return -1;
  char buf[3];
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    buf[i] = c;
  }
  std::string_view lw(buf, w.size());
  for (size_t i = 0; i < kConjunctions.size(); ++i)
    if (kConjunctions[i] == lw) return static_cast<int>(i);
  return -1;
}

class Conjunctions final : public Constraint {
 public:
  Conjunctions(int64_t n, bool precise) : n_(n), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      const size_t found = precise_ ? count_precise(text) : count_reference(text);
      const bool ok = static_cast<int64_t>(found) >= n_;
      if (why) why->set("{} different coordinating conjunctions; expected at least {}", found, n_);
      return ok;
    } catch (...) {
      if (why) why->set("out of memory while counting conjunctions");
      return false;
    }
  }

 private:
  static size_t count_reference(const Text& text) {
    thread_local std::vector<std::string_view> seen;  // reused: no allocation once warm
    seen.clear();
    detectable_format::for_each_ws_token(text.raw(), [&](std::string_view tok) {
      if (conjunction_index(strip_punct_space(tok)) >= 0) seen.push_back(tok);
      return true;
    });
    std::sort(seen.begin(), seen.end());
    return static_cast<size_t>(std::unique(seen.begin(), seen.end()) - seen.begin());
  }

  static size_t count_precise(const Text& text) {
    std::string_view raw = text.raw();
    std::string norm;
    unsigned mask = 0;
    for (const Span& w : text.words()) {
      if (w.size() < 2) continue;
      norm.clear();
      text::normalize_word(raw.substr(w.begin, w.size()), norm);
      int i = -1;
      for (size_t k = 0; k < kConjunctions.size(); ++k)
        if (kConjunctions[k] == norm) i = static_cast<int>(k);
      if (i >= 0) mask |= 1u << i;
    }
    size_t n = 0;
    for (; mask != 0; mask &= mask - 1)
      ++n;
    return n;
  }

  int64_t n_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<Conjunctions>(kwargs.integer("small_n"), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo conjunctions() {
  VerifierInfo info;
  info.id = "count:conjunctions";
  info.suite = "IFBench";
  info.summary =
      "Use at least small_n different coordinating conjunctions (and, but, for, nor, or, so, "
      "yet).";
  info.kwargs = {int_kwarg("small_n", "the smallest number of different conjunctions", 0)};
  info.precise_differences = {
      "Each conjunction counts once, whatever its case or the punctuation around it: `and`, "
      "`And` and `and,` are one conjunction (reference counts distinct raw tokens, three).",
      "Words are split at punctuation: `and/or` uses two conjunctions (reference: none).",
      "Zero-width characters inside a word are ignored.",
      "A response holding only whitespace and zero-width characters fails, also when small_n "
      "is 0."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
