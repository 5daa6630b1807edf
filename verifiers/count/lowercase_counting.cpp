// count:lowercase_counting: at most N lowercase words in the response.
//
// reference: open-instruct IFEvalG: len(re.findall(r"\b[a-z]+\b", response)) <= N. A match is a
//            maximal run of `\w` characters made only of ASCII lowercase letters: `naïve`,
//            `abc123` and `snake_case` are not counted, `well-known` counts twice.
// precise:   precis words (Text::words()) with at least one letter whose letters are all
//            lowercase (Unicode), counted; at most N. Blank text fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

// re.findall(r"\b[a-z]+\b", s): maximal `\w` runs that hold only a-z.
int64_t reference_count(std::string_view s) noexcept {
  int64_t n = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  bool in_run = false, ascii_lower = false;
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    bool word = d.cp < 0x80 ? ((d.cp >= 'a' && d.cp <= 'z') || (d.cp >= 'A' && d.cp <= 'Z') ||
                               (d.cp >= '0' && d.cp <= '9') || d.cp == '_')
                            : text::is_py_word(d.cp);
    if (word) {
      if (!in_run) {
        in_run = true;
        ascii_lower = true;
      }
      if (!(d.cp >= 'a' && d.cp <= 'z')) ascii_lower = false;
    } else {
      if (in_run && ascii_lower) ++n;
      in_run = false;
    }
  }
  if (in_run && ascii_lower) ++n;
  return n;
}

// Every letter of `word` is lowercase and there is at least one letter.
bool lowercase_word(std::string_view word) noexcept {
  bool letter = false;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    uint16_t f = text::flags(d.cp);
    if (f & text::kLetter) {
      if (!(f & text::kLower)) return false;
      letter = true;
    }
  }
  return letter;
}

class LowercaseCounting final : public Constraint {
 public:
  LowercaseCounting(int64_t bound, Semantics s)
      : bound_(bound), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    int64_t n = 0;
    if (precise_) {
      if (matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      try {
        std::string_view raw = text.raw();
        for (const Span& w : text.words())
          n += lowercase_word(raw.substr(w.begin, w.size())) ? 1 : 0;
      } catch (...) {
        if (why) why->set("out of memory while finding words");
        return false;
      }
    } else {
      n = reference_count(text.raw());
    }
    if (why) why->set("{} lowercase words; expected at most {}", n, bound_);
    return n <= bound_;
  }

 private:
  int64_t bound_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<LowercaseCounting>(kw.integer("N"), ctx.semantics);
}

}  // namespace

VerifierInfo lowercase_counting() {
  VerifierInfo info;
  info.id = "count:lowercase_counting";
  info.suite = "IFEvalG";
  info.summary = "All lowercase words together must appear at most `N` times in the response.";
  info.kwargs = {int_kwarg("N",
                           "the most lowercase words allowed; 0 is an error, where upstream draws "
                           "a random N from 2 to 3",
                           1)};
  info.precise_differences = {
      "Words are precis's words and a word is lowercase when all its letters are lowercase "
      "(Unicode): `naïve`, `über` and `abc123` count (reference counts only runs of ASCII `a-z` "
      "between non-word characters, so none of them). A word with an uppercase, titlecase or "
      "caseless (CJK) letter is not lowercase, in both semantics.",
      "Hyphens and apostrophes between letters stay inside a word: `well-known` and `don't` are "
      "one lowercase word each (reference: two each); an underscore separates words, so "
      "`snake_case` is two (reference: none).",
      "A response holding only whitespace and zero-width characters fails by itself (reference "
      "leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
