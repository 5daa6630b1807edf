// count:person_names: mention at least N different person names from a fixed list of 50
// (Emma, Liam, Sophia, ... Jonathan).
//
// reference: IFBench, by version:
//   head:  a name counts when `\bName\b` matches (case-sensitive; Python's Unicode `\b`), so
//          `EMMA` does not count and `Emma's` does.
//   paper: a name counts when it occurs as a plain substring (case-sensitive), so `Ava` counts
//          in `Avatar` and `Leo` in `Leonardo`.
// precise:   a name counts when some word of the response (precis words, split at inner
//            apostrophes and hyphens) equals it under full case folding and starts with an
//            uppercase letter: `Emma`, `EMMA` and `Emma's` count; `Avatar`, and the common nouns
//            `grace`, `lily` or `mason` written in lowercase, do not. Zero-width characters are
//            ignored. At least N different names. A blank response fails.
#include <algorithm>
#include <array>
#include <bitset>
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

// The 50 names of the instruction, in its order.
constexpr std::array<std::string_view, 50> kNames = {
    "Emma",     "Liam",     "Sophia",   "Jackson", "Olivia",      "Noah",      "Ava",
    "Lucas",    "Isabella", "Mason",    "Mia",     "Ethan",       "Charlotte", "Alexander",
    "Amelia",   "Benjamin", "Harper",   "Leo",     "Zoe",         "Daniel",    "Chloe",
    "Samuel",   "Lily",     "Matthew",  "Grace",   "Owen",        "Abigail",   "Gabriel",
    "Ella",     "Jacob",    "Scarlett", "Nathan",  "Victoria",    "Elijah",    "Layla",
    "Nicholas", "Audrey",   "David",    "Hannah",  "Christopher", "Penelope",  "Thomas",
    "Nora",     "Andrew",   "Aria",     "Joseph",  "Claire",      "Ryan",      "Stella",
    "Jonathan"};

enum class Mode : unsigned char { kHead, kPaper, kPrecise };

bool is_upper_start(std::string_view part) noexcept {
  const char* p = part.data();
  const char* end = p + part.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (!text::is_zero_width(d.cp)) return (text::flags(d.cp) & (text::kUpper | text::kTitle)) != 0;
    p += d.len;
  }
  return false;
}

class PersonNames final : public Constraint {
 public:
  PersonNames(int64_t n, Mode mode) : n_(n), mode_(mode) {
    for (size_t i = 0; i < kNames.size(); ++i)
      sorted_[i] = text::py_lower(kNames[i]);
    std::sort(sorted_.begin(), sorted_.end());
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (mode_ == Mode::kPrecise && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      size_t found = 0;
      std::string_view first;
      if (mode_ == Mode::kPrecise) {
        found = count_precise(text, first);
      } else {
        std::string_view raw = text.raw();
        for (std::string_view name : kNames)
          if (mode_ == Mode::kPaper ? raw.find(name) != std::string_view::npos
                                    : find_word(raw, name)) {
            if (found++ == 0) first = name;
          }
      }
      const bool ok = static_cast<int64_t>(found) >= n_;
      if (why) {
        if (found == 0)
          why->set("no listed name found; expected at least {}", n_);
        else
          why->set("{} different listed names (first: {}); expected at least {}", found, first, n_);
      }
      return ok;
    } catch (...) {
      if (why) why->set("out of memory while looking for names");
      return false;
    }
  }

 private:
  // `\bname\b`: an occurrence with no `\w` right before or right after it.
  static bool find_word(std::string_view s, std::string_view name) noexcept {
    for (size_t pos = s.find(name); pos != std::string_view::npos; pos = s.find(name, pos + 1))
      if (matching::py_word_boundary(s, pos) && matching::py_word_boundary(s, pos + name.size()))
        return true;
    return false;
  }

  size_t count_precise(const Text& text, std::string_view& first) const {
    std::string_view raw = text.raw();
    std::bitset<50> seen;
    std::string norm;
    auto consider = [&](std::string_view part) {
      if (part.empty() || !is_upper_start(part)) return;
      norm.clear();
      text::normalize_word(part, norm);
      auto it = std::lower_bound(sorted_.begin(), sorted_.end(), norm);
      if (it != sorted_.end() && *it == norm) {
        const size_t i = static_cast<size_t>(it - sorted_.begin());
        if (!seen[i] && seen.none()) first = part;
        seen.set(i);
      }
    };
    for (const Span& w : text.words()) {
      std::string_view word = raw.substr(w.begin, w.size());
      const char* p = word.data();
      const char* end = p + word.size();
      const char* part = p;
      while (p < end) {
        text::Decoded d = text::decode(p, end);
        if (d.cp == U'\'' || d.cp == 0x2019 || d.cp == U'-') {
          consider(std::string_view(part, static_cast<size_t>(p - part)));
          part = p + d.len;
        }
        p += d.len;
      }
      consider(std::string_view(part, static_cast<size_t>(end - part)));
    }
    return seen.count();
  }

  std::array<std::string, 50> sorted_;
  int64_t n_;
  Mode mode_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  Mode mode = ctx.semantics == Semantics::kPrecise            ? Mode::kPrecise
              : ctx.ifbench_version == IfbenchVersion::kPaper ? Mode::kPaper
                                                              : Mode::kHead;
  return make<PersonNames>(kwargs.integer("N"), mode);
}

}  // namespace

VerifierInfo person_names() {
  VerifierInfo info;
  info.id = "count:person_names";
  info.suite = "IFBench";
  info.summary =
      "Mention at least N different person names from a fixed list of 50 (Emma, Liam, Sophia, "
      "... Jonathan).";
  info.kwargs = {int_kwarg("N", "the smallest number of different listed names", 0)};
  info.precise_differences = {
      "A name must be a whole word (split at apostrophes and hyphens: `Emma's` counts): `Ava` in "
      "`Avatar` does not count (the paper-era reference counts any substring; head requires "
      "`\\b` boundaries too).",
      "Case is compared with full Unicode case folding, so `EMMA` counts (reference is "
      "case-sensitive), but the word must start with an uppercase letter: `grace`, `lily` and "
      "`mason` written in lowercase are common nouns, not names.",
      "Zero-width characters inside a name are ignored.",
      "A response holding only whitespace and zero-width characters fails, also when N is 0."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
