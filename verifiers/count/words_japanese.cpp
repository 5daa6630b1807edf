// count:words_japanese: every Nth word of the response must be in Japanese.
//
// reference: IFBench (both versions): for each whitespace token at 1-based position i with
//            i % N == 0: stripped of ASCII punctuation it must be empty, all digits (Python's
//            str.isdigit()), or contain a character of [\u3040-\u30ff\u4e00-\u9fff] (one kana or
//            kanji anywhere in it is enough). A response with fewer than N tokens passes.
//            N = 0 would divide by zero upstream, so it is a spec error (N >= 1).
// precise:   for each precis word (Text::words(); punctuation and emoji are not words) at
//            1-based position i with i % N == 0: it must contain a Japanese character (hiragana,
//            katakana including half-width and the phonetic extensions, kanji including the
//            extensions, 々 〆 〇), and at least as many Japanese characters as letters of other
//            scripts (`IDの偽造` is Japanese, `Tokyo東京` is not); digits may appear beside them,
//            but a number alone is not Japanese. At least N words are required (no vacuous
//            pass). A blank response fails.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/count/ifbench_text.h"
#include "verifiers/detectable_format/ws_tokens.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

// Python's str.isdigit() for one code point: Numeric_Type Decimal (Nd) or Digit.
bool is_py_digit(char32_t c) noexcept {
  if ((text::flags(c) & text::kDigit) != 0) return true;
  struct Range {
    char32_t lo, hi;
  };
  static constexpr Range kDigitRanges[] = {
      {0xB2, 0xB3},       {0xB9, 0xB9},       {0x1369, 0x1371},   {0x19DA, 0x19DA},
      {0x2070, 0x2070},   {0x2074, 0x2079},   {0x2080, 0x2089},   {0x2460, 0x2468},
      {0x2474, 0x247C},   {0x2488, 0x2490},   {0x24EA, 0x24EA},   {0x24F5, 0x24FD},
      {0x24FF, 0x24FF},   {0x2776, 0x277E},   {0x2780, 0x2788},   {0x278A, 0x2792},
      {0x10A40, 0x10A43}, {0x10E60, 0x10E68}, {0x11052, 0x1105A}, {0x1F100, 0x1F10A}};
  for (const Range& r : kDigitRanges)
    if (c >= r.lo && c <= r.hi) return true;
  return false;
}

// The reference's character class [\u3040-\u30ff\u4e00-\u9fff].
bool is_reference_japanese(char32_t c) noexcept {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x4E00 && c <= 0x9FFF);
}

// Japanese script for precise: kana (with the phonetic extensions and half-width forms), kanji
// (CJK unified ideographs with their extensions and compatibility forms), 々 〆 〇.
bool is_japanese(char32_t c) noexcept {
  return (c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) ||
         (c >= 0xFF66 && c <= 0xFF9F) || (c >= 0x3400 && c <= 0x4DBF) ||
         (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F) || (c >= 0x3005 && c <= 0x3007);
}

bool reference_token_ok(std::string_view tok) noexcept {
  std::string_view w = strip_punct_space(tok);
  if (w.empty()) return true;
  bool all_digits = true, japanese = false;
  const char* p = w.data();
  const char* end = p + w.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (!is_py_digit(d.cp)) all_digits = false;
    if (is_reference_japanese(d.cp)) japanese = true;
    p += d.len;
  }
  return all_digits || japanese;
}

bool precise_word_ok(std::string_view w) noexcept {
  size_t japanese = 0, other = 0;
  const char* p = w.data();
  const char* end = p + w.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (is_japanese(d.cp))
      ++japanese;
    else if ((text::flags(d.cp) & text::kLetter) != 0)
      ++other;
    p += d.len;
  }
  // Japanese writing embeds Latin acronyms (`IDの偽造`): most letters must be Japanese.
  return japanese > 0 && japanese >= other;
}

class WordsJapanese final : public Constraint {
 public:
  WordsJapanese(int64_t n, bool precise) : n_(static_cast<size_t>(n)), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return precise_ ? check_precise(text, why) : check_reference(text, why);
    } catch (...) {
      if (why) why->set("out of memory while splitting words");
      return false;
    }
  }

 private:
  bool check_reference(const Text& text, Reason* why) const {
    size_t i = 0;
    std::string_view bad;
    const bool ok = detectable_format::for_each_ws_token(text.raw(), [&](std::string_view tok) {
      ++i;
      if (i % n_ != 0 || reference_token_ok(tok)) return true;
      bad = tok;
      return false;
    });
    if (why) {
      if (ok)
        why->set("every word at a multiple of {} is Japanese, empty or a number", n_);
      else
        why->set("word {} (\"{}\") is not Japanese; expected every {}th word in Japanese", i, bad,
                 n_);
    }
    return ok;
  }

  bool check_precise(const Text& text, Reason* why) const {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.size() < n_) {
      if (why)
        why->set("{} words; expected at least {} so that some word must be Japanese", words.size(),
                 n_);
      return false;
    }
    for (size_t i = n_; i <= words.size(); i += n_) {
      const Span& w = words[i - 1];
      if (!precise_word_ok(raw.substr(w.begin, w.size()))) {
        if (why)
          why->set("word {} (\"{}\") is not Japanese; expected every {}th word in Japanese", i,
                   raw.substr(w.begin, w.size()), n_);
        return false;
      }
    }
    if (why) why->set("every word at a multiple of {} is Japanese", n_);
    return true;
  }

  size_t n_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<WordsJapanese>(kwargs.integer("N"), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo words_japanese() {
  VerifierInfo info;
  info.id = "count:words_japanese";
  info.suite = "IFBench";
  info.summary = "Every Nth word of the response must be in Japanese.";
  info.kwargs = {int_kwarg("N", "the period: words N, 2N, 3N ... must be Japanese", 1)};
  info.precise_differences = {
      "Words are precis words: punctuation, dashes and emoji standing alone are not words and do "
      "not shift the count (reference counts every whitespace token, and passes one that is "
      "only punctuation).",
      "A word at a multiple of N must be written mostly in Japanese script: at least as many "
      "kana and kanji as letters of other scripts, so `IDの偽造` passes and `Tokyo東京` fails "
      "(reference accepts any token holding one kana or kanji); a number alone is not Japanese "
      "(reference accepts digits).",
      "Kana and kanji outside the reference's two blocks count too: half-width katakana, the "
      "katakana phonetic extensions, rarer kanji (CJK extensions, compatibility ideographs) "
      "and 々.",
      "The response must have at least N words (reference passes a response with fewer than N "
      "tokens).",
      "A response holding only whitespace and zero-width characters fails."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
