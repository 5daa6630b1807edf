// words:prime_lengths: "Use only words with lengths that are prime numbers."
//
// reference: IFBench: ASCII punctuation removed, whitespace tokens; every token's length in code
//            points must be one of the primes up to 97 (a longer token fails). Single-letter
//            words (`a`, `I`) fail; a response without tokens passes.
// precise:   precis words; a word's length is its number of letters and digits (apostrophes,
//            hyphens, combining marks and zero-width characters not counted: `don't` has 4,
//            `café` 4 however it is encoded); every length must be prime. At least one word.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

bool is_prime(size_t n) noexcept {
  if (n < 2) return false;
  for (size_t d = 2; d * d <= n; ++d)
    if (n % d == 0) return false;
  return true;
}

// IFBench's table: the primes below 100.
bool is_listed_prime(size_t n) noexcept {
  return n < 100 && is_prime(n);
}

class PrimeLengths final : public TwoSemantics<PrimeLengths> {
 public:
  friend class TwoSemantics<PrimeLengths>;
  explicit PrimeLengths(Semantics s) : TwoSemantics(s) {}

 private:
  static bool check_reference(const Text& text, Reason* why) {
    thread_local std::string buf;
    without_punct(text.raw(), false, buf);
    size_t n = 0;
    bool ok = for_each_ws_token(buf, [&](std::string_view token) {
      ++n;
      size_t len = text::count_code_points(token);
      if (is_listed_prime(len)) return true;
      if (why) why->set("the word \"{}\" has {} characters, not a prime", token, len);
      return false;
    });
    if (ok && why) why->set("all {} words have prime lengths", n);
    return ok;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    for (const Span& span : words) {
      std::string_view w = raw.substr(span.begin, span.size());
      size_t len = 0;
      for_each_letter(w, [&](char32_t cp) {
        if (text::flags(cp) & (text::kLetter | text::kNumber)) ++len;
      });
      if (!is_prime(len)) {
        if (why) why->set("the word \"{}\" has {} letters, not a prime", w, len);
        return false;
      }
    }
    if (why) why->set("all {} words have prime lengths", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<PrimeLengths>(ctx.semantics);
}

}  // namespace

VerifierInfo prime_lengths() {
  VerifierInfo info;
  info.id = "words:prime_lengths";
  info.suite = "IFBench";
  info.summary = "Use only words with lengths that are prime numbers.";
  info.precise_differences = {
      "Punctuation outside ASCII is neither a word nor part of one: `Go — now` and `“is”` pass "
      "(reference fails on the token `—` of length 1 and counts the quotes of `“is”`, 4).",
      "ASCII punctuation between letters separates words: `is,it` is two words of 2 letters "
      "and passes (reference deletes the comma and sees `isit`, 4).",
      "Combining marks and zero-width characters do not count toward a word's length: `cafe` "
      "followed by U+0301 has 4 letters and fails, as `café` does (reference counts 5 code "
      "points and passes).",
      "A response without any word, such as `...`, fails (reference passes it: no token is "
      "left once punctuation is removed).",
      "Any prime length counts; reference's table stops at 97, so it fails a prime-length "
      "token of 101 characters."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
