// keywords:no_adjacent_consecutive (IFEvalG): "No two adjacent words can start with consecutive
// letters of the alphabet."
//
// reference: for adjacent whitespace-separated tokens (str.split()), the first code point of each,
//            lowercased with Python's str.lower(), is compared: the check fails when the second
//            is the code point right after the first (so `1 2`, `( (`, emoji and Greek letters
//            take part), and also when a lowercased first character is more than one code point
//            (`İ`).
// precise:   adjacent words (Text::words()); a word's initial is its first letter when that is
//            a letter of the Latin, Greek or Cyrillic alphabet, taken without diacritics and
//            lowercased (`É` is `e`, `ς` is `σ`); the check fails when the initial of a word is
//            the alphabet's next letter after the initial of the word before it. Words that start
//            with a digit or a letter of another script have no initial. A response without a
//            word fails.
#include <string>
#include <string_view>

#include <unicode/uchar.h>
#include <unicode/unorm2.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

// Python's str.lower() of one code point, when that is one code point (false otherwise).
bool py_lower_one(char32_t cp, char32_t& out) {
  std::string s, low;  // short: no heap allocation
  text::append_utf8(s, cp);
  text::py_lower(s, low);
  const char* p = low.data();
  const char* end = p + low.size();
  if (p == end) return false;
  auto d = text::decode(p, end);
  if (d.len != low.size()) return false;
  out = d.cp;
  return true;
}

class AdjacentReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      std::string_view raw = text.raw();
      const char* p = raw.data();
      const char* end = p + raw.size();
      bool have_prev = false;
      char32_t prev = 0, prev_raw = 0;
      while (p < end) {
        auto d = text::decode(p, end);
        if (text::is_py_space(d.cp)) {
          p += d.len;
          continue;
        }
        // d is the first code point of a token.
        char32_t low = 0;
        bool single = py_lower_one(d.cp, low);
        if (have_prev) {
          if (prev == 0xFFFFFFFF || !single) {
            if (why) why->set("a lowercased first character is not one code point");
            return false;
          }
          if (low - prev == 1) {
            if (why)
              why->set("adjacent tokens start with U+{:04X} and U+{:04X}",
                       static_cast<uint32_t>(prev_raw), static_cast<uint32_t>(d.cp));
            return false;
          }
        }
        prev = single ? low : 0xFFFFFFFF;
        prev_raw = d.cp;
        have_prev = true;
        while (p < end) {  // skip the rest of the token
          auto e = text::decode(p, end);
          if (text::is_py_space(e.cp)) break;
          p += e.len;
        }
      }
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
    if (why) why->set("no adjacent tokens start with consecutive characters");
    return true;
  }
};

constexpr char32_t kGreek[] = {U'α', U'β', U'γ', U'δ', U'ε', U'ζ', U'η', U'θ',
                               U'ι', U'κ', U'λ', U'μ', U'ν', U'ξ', U'ο', U'π',
                               U'ρ', U'σ', U'τ', U'υ', U'φ', U'χ', U'ψ', U'ω'};

// The position of a word's initial in its alphabet: Latin 0-25, Greek 100-123, Cyrillic
// 200-231 (the Russian alphabet а-я, with й its own letter); -1 when the word has none.
int initial(std::string_view word) {
  const char* p = word.data();
  const char* end = p + word.size();
  char32_t c = 0;
  while (p < end) {  // the first letter, skipping zero-width characters
    auto d = text::decode(p, end);
    p += d.len;
    if (text::is_zero_width(d.cp)) continue;
    if (!(text::flags(d.cp) & text::kLetter)) return -1;
    c = d.cp;
    break;
  }
  if (c == 0) return -1;
  c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  if (c >= 0x430 && c <= 0x44F) return 200 + static_cast<int>(c - 0x430);  // а-я, й included
  if (c >= 0x80) {  // the base letter of the canonical decomposition
    UErrorCode err = U_ZERO_ERROR;
    const UNormalizer2* nfd = unorm2_getNFDInstance(&err);
    UChar buf[16];
    int32_t n =
        U_SUCCESS(err) ? unorm2_getDecomposition(nfd, static_cast<UChar32>(c), buf, 16, &err) : -1;
    if (U_SUCCESS(err) && n > 0) {
      UChar32 first;
      int32_t i = 0;
      U16_NEXT(buf, i, n, first);
      c = static_cast<char32_t>(first);
    }
  }
  c = static_cast<char32_t>(u_tolower(static_cast<UChar32>(c)));
  if (c >= U'a' && c <= U'z') return static_cast<int>(c - U'a');
  if (c == U'ς') c = U'σ';
  for (int i = 0; i < 24; ++i)
    if (kGreek[i] == c) return 100 + i;
  if (c >= 0x430 && c <= 0x44F) return 200 + static_cast<int>(c - 0x430);  // ё is е
  return -1;
}

class AdjacentPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    std::string_view raw = text.raw();
    int prev = -1;
    std::string_view prev_word;
    for (const Span& w : words) {
      std::string_view word = raw.substr(w.begin, w.size());
      int cur = initial(word);
      if (prev >= 0 && cur == prev + 1 && cur / 100 == prev / 100) {
        if (why)
          why->set("adjacent words \"{}\" and \"{}\" start with consecutive letters",
                   prev_word.substr(0, 40), word.substr(0, 40));
        return false;
      }
      prev = cur;
      prev_word = word;
    }
    if (why) why->set("no adjacent words start with consecutive letters");
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<AdjacentReference>();
  return make<AdjacentPrecise>();
}

}  // namespace

VerifierInfo no_adjacent_consecutive() {
  VerifierInfo info;
  info.id = "keywords:no_adjacent_consecutive";
  info.suite = "IFEvalG";
  info.summary = "No two adjacent words may start with consecutive letters of the alphabet.";
  info.precise_differences = {
      "Words, not whitespace-separated tokens: punctuation before a word is skipped, so `(a) "
      "(b)` fails (reference compares the `(` of both tokens and passes), and a token of "
      "punctuation alone (`--`) is no word and does not separate two words.",
      "Only letters take part: words starting with digits (`1 2 3`) and symbols or emoji "
      "(`😀 😁`) never fail (reference compares any first code point).",
      "Only the Latin, Greek and Cyrillic alphabets are compared, in alphabet order: Greek "
      "final sigma `ς` counts as `σ` (so `ρ` then `σ` fails, and `ς` then `τ`), and letters of "
      "scripts without an "
      "alphabet order that precis knows (CJK, Arabic, Hebrew, ...) never fail (reference "
      "compares code points).",
      "Diacritics are ignored: `ñ` and `é` count as `n` and `e`, so `m` then `ñ` fails and `n` "
      "then `ñ` passes (reference compares code points, so `m` then `ñ` passes).",
      "A first letter whose lowercase form is several code points (`İ`) is compared as its base "
      "letter `i` (reference fails the whole response).",
      "A response with no word (only punctuation, symbols or emoji) fails (reference passes it "
      "unless two adjacent tokens start with consecutive code points), and so does a response "
      "holding only whitespace and zero-width characters."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
