// change_case:capital_word_frequency: fewer than / at least N words in all capital letters.
//
// reference: IFEval counts the nltk.word_tokenize tokens for which Python's str.isupper() is
//            true: `I`, `A`, `U.S.A.`, `2ND`, `COVID-19`, and the clitic halves of `DON'T`
//            (`DO`, `N'T`) and `I'M` each count.
// precise:   precis's words (Text::words()) with at least one letter whose letters are all
//            uppercase. Blank text fails.
#include <cstdint>
#include <limits>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/change_case/family.h"
#include "verifiers/common.h"

namespace precis::verifiers::change_case {
namespace {

// Every letter of `word` is uppercase and there is at least one letter.
bool all_caps_word(std::string_view word) {
  bool letter = false;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    auto d = text::decode(p, end);
    uint16_t f = text::flags(d.cp);
    if (f & text::kLetter) {
      if (!(f & text::kUpper)) return false;
      letter = true;
    }
    p += d.len;
  }
  return letter;
}

// Python's str.isupper() of one token; an ASCII token (nearly all of them) is decided here
// without the general code-point loop.
bool token_isupper(std::string_view token) noexcept {
  bool upper = false;
  for (const char c : token) {
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0x80) return text::case_stats(token).python_isupper();
    if (static_cast<unsigned char>(b - 'a') < 26) return false;
    upper |= static_cast<unsigned char>(b - 'A') < 26;
  }
  return upper;
}

class CapitalWordFrequency final : public Constraint {
 public:
  CapitalWordFrequency(int64_t bound, Relation relation, Semantics s)
      : bound_(bound), relation_(relation), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    int64_t n = 0;
    try {
      if (precise_) {
        std::string_view raw = text.raw();
        for (const Span& w : text.words())
          n += all_caps_word(raw.substr(w.begin, w.size())) ? 1 : 0;
      } else {
        for (const std::string& tok : text.treebank_tokens())
          n += token_isupper(tok) ? 1 : 0;
      }
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
    bool pass = compare(n, bound_, relation_);
    if (why) why->set("{} all-capital words; expected {} {}", n, relation_text(relation_), bound_);
    return pass;
  }

 private:
  int64_t bound_;
  Relation relation_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<CapitalWordFrequency>(kw.integer("capital_frequency"),
                                    parse_relation(kw.string("capital_relation")), ctx.semantics);
}

}  // namespace

VerifierInfo capital_word_frequency() {
  VerifierInfo info;
  info.id = "change_case:capital_word_frequency";
  info.suite = "IFEval";
  info.summary =
      "Words in all capital letters must appear fewer than / at least `capital_frequency` times.";
  KwargSpec frequency = int_kwarg("capital_frequency", "the bound on all-capital words");
  frequency.min.reset();  // IFEval does not check the sign (a negative bound is kept as is)
  info.kwargs = {frequency, relation_kwarg("capital_relation")};
  info.conflicts = {"change_case:capital_word_frequency", "change_case:english_capital",
                    "change_case:english_lowercase",      "combination:repeat_prompt",
                    "combination:two_responses",          "detectable_format:constrained_response",
                    "detectable_format:json_format"};
  info.precise_differences = {
      "Words are precis's words, not nltk.word_tokenize tokens. Clitics stay inside the word: "
      "`DON'T` and `I'M` are one all-capital word each (reference: `DO` `N'T` and `I` `'M`, two "
      "counted tokens each); `CANNOT` is one (reference: `CAN` `NOT`, two).",
      "Periods, slashes and a hyphen next to a digit separate words: `U.S.A.` is three "
      "all-capital words, `X/Y` two, and `COVID-19` one (`COVID`; `19` has no letter); "
      "reference counts one token for each.",
      "Every letter must be uppercase: a caseless letter (CJK, Devanagari) or a modifier letter "
      "makes the word not all-capital; reference's str.isupper() ignores caseless characters "
      "(`ÄB中` counts).",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::change_case
