// words:vowel: "Write a paragraph using words that contain only three types of vowels."
//
// reference: IFBench: value.strip() must hold no "\n" (one paragraph), and the lowercased text
//            may use at most 3 of the letters a, e, i, o, u. Only ASCII vowels count; a text
//            without any letter passes.
// precise:   the response is one paragraph: no line break of any kind (\n, \r, U+2028, U+2029,
//            U+0085, \v, \f) after trimming; vowels are a, e, i, o, u in any case and with any
//            accent (`é` is an e); at most 3 distinct vowels; at least one word.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

constexpr size_t kMaxVowels = 3;

int vowel_bit(char c) noexcept {
  switch (c) {
    case 'a':
      return 1;
    case 'e':
      return 2;
    case 'i':
      return 4;
    case 'o':
      return 8;
    case 'u':
      return 16;
    default:
      return 0;
  }
}

// "aeiu" for the bits set.
std::string vowel_list(int bits) {
  std::string s;
  for (char c : std::string_view("aeiou"))
    if (bits & vowel_bit(c)) s += c;
  return s;
}

bool is_line_break(char32_t cp) noexcept {
  return cp == '\n' || cp == '\r' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 ||
         cp == 0x2029;
}

class Vowel final : public TwoSemantics<Vowel> {
 public:
  friend class TwoSemantics<Vowel>;
  explicit Vowel(Semantics s) : TwoSemantics(s) {}

 private:
  static bool verdict(int bits, Reason* why) {
    int n = __builtin_popcount(static_cast<unsigned>(bits));
    if (static_cast<size_t>(n) > kMaxVowels) {
      if (why)
        why->set("{} vowels used ({}), expected at most {}", n, vowel_list(bits), kMaxVowels);
      return false;
    }
    if (why) why->set("{} vowels used ({}), at most {}", n, vowel_list(bits), kMaxVowels);
    return true;
  }

  static bool check_reference(const Text& text, Reason* why) {
    if (text.stripped().find('\n') != std::string_view::npos) {
      if (why) why->set("the response has more than one line, expected one paragraph");
      return false;
    }
    int bits = 0;
    for (char c : text.lower())
      bits |= vowel_bit(c);
    return verdict(bits, why);
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view s = text.stripped();
    const char* p = s.data();
    const char* end = p + s.size();
    int bits = 0;
    while (p < end) {
      text::Decoded d = text::decode(p, end);
      if (is_line_break(d.cp)) {
        if (why) why->set("the response has a line break, expected one paragraph");
        return false;
      }
      bits |= vowel_bit(ascii_base(d.cp));
      p += d.len;
    }
    if (text.words().empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    return verdict(bits, why);
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Vowel>(ctx.semantics);
}

}  // namespace

VerifierInfo vowel() {
  VerifierInfo info;
  info.id = "words:vowel";
  info.suite = "IFBench";
  info.summary = "Write a paragraph using words that contain only three types of vowels.";
  info.precise_differences = {
      "Accented vowels count as their vowel: `Café bar, pâté, ton ami` uses a, e, o and i and "
      "fails (reference counts only the ASCII letters a, e, i, o, u and sees three).",
      "Any line break makes more than one paragraph: a lone carriage return, U+2028 or U+2029 "
      "fails (reference splits only at \\n).",
      "A response without any word fails (reference passes `...`, which uses no vowel)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
