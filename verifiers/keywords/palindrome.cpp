// keywords:palindrome (IFEvalG): "Include a palindrome in your response."
//
// reference: some whitespace-separated token (str.split()) equals its code-point reverse, case
//            sensitively: `I`, `a`, `1`, `--` and a lone emoji all pass.
// precise:   some word (Text::words()) of at least kMinLetters letters and no digit reads the same
//            backwards, compared case-insensitively (full case folding), a letter together with
//            its combining marks as one unit, and apostrophes, hyphens and zero-width characters
//            skipped (`Level`, `noon`, `ma'am`). A blank response fails.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

constexpr size_t kMinLetters = 3;

// True when the code points of `token` read the same in both directions.
bool code_point_palindrome(std::string_view token, std::u32string& cps) {
  cps.clear();
  const char* p = token.data();
  const char* end = p + token.size();
  while (p < end) {
    auto d = text::decode(p, end);
    cps.push_back(d.cp);
    p += d.len;
  }
  for (size_t i = 0, j = cps.size(); i + 1 < j; ++i, --j)
    if (cps[i] != cps[j - 1]) return false;
  return true;
}

class PalindromeReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      thread_local std::u32string cps;
      std::string_view raw = text.raw();
      const char* p = raw.data();
      const char* end = p + raw.size();
      while (p < end) {
        while (p < end) {  // skip whitespace
          auto d = text::decode(p, end);
          if (!text::is_py_space(d.cp)) break;
          p += d.len;
        }
        const char* start = p;
        while (p < end) {
          auto d = text::decode(p, end);
          if (text::is_py_space(d.cp)) break;
          p += d.len;
        }
        if (p == start) break;
        std::string_view token(start, static_cast<size_t>(p - start));
        if (code_point_palindrome(token, cps)) {
          if (why) why->set("\"{}\" is a palindrome", token.substr(0, 60));
          return true;
        }
      }
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
    if (why) why->set("no whitespace-separated token reads the same reversed");
    return false;
  }
};

// A unit of a word: one letter and the combining marks after it, as a byte range.
struct Unit {
  uint32_t begin, end;
};

// Appends the units of `word`; false when the word holds a digit or too many units.
bool letter_units(std::string_view word, std::vector<Unit>& units) {
  units.clear();
  const char* base = word.data();
  const char* p = base;
  const char* end = p + word.size();
  while (p < end) {
    auto d = text::decode(p, end);
    uint16_t f = text::flags(d.cp);
    if (f & text::kNumber) return false;
    auto at = static_cast<uint32_t>(p - base);
    if (f & text::kLetter) {
      units.push_back({at, at + d.len});
    } else if ((f & text::kMark) && !units.empty() && units.back().end == at) {
      units.back().end = at + d.len;
    }
    // Apostrophes, hyphens, zero-width characters (and a stray leading mark) are skipped.
    p += d.len;
  }
  return true;
}

// Full case folding of the code points of `s`, into `out` (cleared first).
void fold_units(std::string_view s, std::u32string& out) {
  out.clear();
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    matching::Folded f = matching::full_fold(d.cp);
    for (int i = 0; i < f.n; ++i)
      out.push_back(f.cp[i]);
    p += d.len;
  }
}

class PalindromePrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    try {
      thread_local std::vector<Unit> units;
      thread_local std::u32string a, b;
      std::string_view raw = text.raw();
      for (const Span& w : text.words()) {
        std::string_view word = raw.substr(w.begin, w.size());
        if (!letter_units(word, units) || units.size() < kMinLetters) continue;
        bool same = true;
        for (size_t i = 0, j = units.size(); same && i + 1 < j; ++i, --j) {
          fold_units(word.substr(units[i].begin, units[i].end - units[i].begin), a);
          fold_units(word.substr(units[j - 1].begin, units[j - 1].end - units[j - 1].begin), b);
          same = a == b;
        }
        if (same) {
          if (why) why->set("\"{}\" is a palindrome", word.substr(0, 60));
          return true;
        }
      }
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
    if (why) why->set("no word of {} or more letters reads the same reversed", kMinLetters);
    return false;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<PalindromeReference>();
  return make<PalindromePrecise>();
}

}  // namespace

VerifierInfo palindrome() {
  VerifierInfo info;
  info.id = "keywords:palindrome";
  info.suite = "IFEvalG";
  info.summary = "The response must include a palindrome.";
  info.precise_differences = {
      "Only a word of at least 3 letters counts: `I`, `a`, `aa`, a lone emoji or `--` is no "
      "palindrome (reference accepts any whitespace-separated token that equals its reverse, so "
      "every response holding `I` or `a` passes).",
      "A word holding a digit is not a palindrome (`1221`, `a1a`); reference accepts digit "
      "tokens.",
      "Letters are compared case-insensitively with full case folding (`Level`, `Anna` pass; "
      "reference is case-sensitive).",
      "Punctuation around or inside a word is ignored: `(wow)`, `noon.` and `ma'am` are "
      "palindromes (reference compares the whole token, punctuation included, so `noon.` fails).",
      "A letter and its combining marks are one unit, so a decomposed `été` is a palindrome "
      "(reference reverses code points and fails it); zero-width characters are ignored (a lone "
      "zero-width space is a palindromic token in reference).",
      "A response holding only whitespace and zero-width characters fails (reference passes a "
      "lone zero-width space)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
