// words:palindrome: "Include at least 10 single-word palindromes, each at least 5 characters
// long."
//
// reference: IFBench: ASCII punctuation removed, lowercased, whitespace tokens; the tokens of at
//            least 5 characters that read the same reversed (code point by code point) are
//            counted, repeats included; at least 10 pass. `12321` counts; `level—` does not.
// precise:   precis words, case-folded (zero-width characters ignored); a word is a palindrome
//            when its letters and digits (inner apostrophes and hyphens skipped) read the same
//            both ways, number at least 5 and include a letter. At least 10 DIFFERENT
//            palindromes.
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

constexpr size_t kMinLength = 5;
constexpr size_t kMinCount = 10;

// Python: len(s) >= 5 and s == s[::-1], on code points.
bool reference_palindrome(std::string_view s) noexcept {
  if (text::count_code_points(s) < kMinLength) return false;
  const char* b = s.data();
  const char* p = b;
  const char* q = b + s.size();
  while (p < q) {
    text::Decoded f = text::decode(p, q);
    text::Decoded r = text::decode_before(p, q);
    if (f.cp != r.cp) return false;
    p += f.len;
    q -= r.len;
  }
  return true;
}

class Palindrome final : public TwoSemantics<Palindrome> {
 public:
  friend class TwoSemantics<Palindrome>;
  explicit Palindrome(Semantics s) : TwoSemantics(s) {}

 private:
  static bool verdict(size_t n, bool distinct, Reason* why) {
    bool ok = n >= kMinCount;
    if (why)
      why->set("{} {}palindromes of at least {} characters, expected at least {}", n,
               distinct ? "different " : "", kMinLength, kMinCount);
    return ok;
  }

  static bool check_reference(const Text& text, Reason* why) {
    thread_local std::string buf;
    without_punct(text.raw(), true, buf);
    size_t n = 0;
    for_each_ws_token(buf, [&](std::string_view token) {
      if (reference_palindrome(token)) ++n;
      return true;
    });
    return verdict(n, false, why);
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    std::string norm;
    std::u32string letters;
    std::unordered_set<std::u32string> found;
    for (const Span& span : text.words()) {
      norm.clear();
      text::normalize_word(raw.substr(span.begin, span.size()), norm);
      letters.clear();
      bool has_letter = false;
      const char* p = norm.data();
      const char* end = p + norm.size();
      while (p < end) {
        text::Decoded d = text::decode(p, end);
        uint16_t fl = text::flags(d.cp);
        if (fl & (text::kLetter | text::kMark | text::kNumber)) letters.push_back(d.cp);
        if (fl & text::kLetter) has_letter = true;
        p += d.len;
      }
      if (!has_letter || letters.size() < kMinLength) continue;
      bool pal = true;
      for (size_t i = 0, j = letters.size() - 1; i < j; ++i, --j)
        if (letters[i] != letters[j]) {
          pal = false;
          break;
        }
      if (pal) found.insert(letters);
    }
    return verdict(found.size(), true, why);
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Palindrome>(ctx.semantics);
}

}  // namespace

VerifierInfo palindrome() {
  VerifierInfo info;
  info.id = "words:palindrome";
  info.suite = "IFBench";
  info.summary = "Include at least 10 single-word palindromes, each at least 5 characters long.";
  info.precise_differences = {
      "Each palindrome counts once: `level` written ten times is one palindrome and fails "
      "(reference counts every occurrence and passes).",
      "A palindrome must contain a letter: numbers such as `12321` do not count (reference "
      "counts them).",
      "Punctuation outside ASCII is not part of a word: `“level”` and `level—` count as "
      "`level` (reference keeps `“`, `”` and `—` in the token, which then is no palindrome).",
      "Zero-width characters inside a word are ignored: `lev\\u200Bel` counts as `level` "
      "(reference compares the zero-width character too)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
