// keywords:letter_frequency: a letter appears less than / at least N times.
//
// reference: n = the number of code points equal to letter.strip().lower() in response.lower()
//            (newest upstream code: non-letters such as '#' are counted literally; a letter that
//            lowercases to more than one code point, or strips to nothing, counts 0).
// precise:   n = the number of characters of the response that equal the letter under full
//            case folding, after canonical composition (NFC), so `É`, `é` and `e` + U+0301
//            count for `é`; non-letters are counted literally.
// Upstream draws a random letter when the kwarg is empty or longer than one character; precis
// refuses such a kwarg in both semantics.
#include <string>
#include <utility>

#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/unorm2.h>
#include <unicode/utf16.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class LetterBase : public Constraint {
 public:
  LetterBase(std::string letter, int64_t bound, Relation rel)
      : letter_(std::move(letter)), bound_(bound), rel_(rel) {}

 protected:
  bool verdict(size_t n, Reason* why) const noexcept {
    bool pass = compare(static_cast<int64_t>(n), bound_, rel_);
    if (why)
      why->set("letter \"{}\" occurs {} times; expected {} {}", letter_, n, relation_text(rel_),
               bound_);
    return pass;
  }

  std::string letter_;
  int64_t bound_;
  Relation rel_;
};

class LetterReference final : public LetterBase {
 public:
  LetterReference(std::string letter, std::string target, int64_t bound, Relation rel)
      : LetterBase(std::move(letter), bound, rel), target_(std::move(target)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    size_t n = 0;
    if (!target_.empty()) {
      const std::string& lower = text.lower();
      if (target_.size() == 1) {
        for (char c : lower)
          n += c == target_[0];
      } else {
        // UTF-8 is self-synchronizing: byte matches of one encoded code point are exactly its
        // occurrences.
        for (size_t pos = lower.find(target_); pos != std::string::npos;
             pos = lower.find(target_, pos + target_.size()))
          ++n;
      }
    }
    return verdict(n, why);
  }

 private:
  std::string target_;  // one code point (UTF-8), or empty: Counter lookup that never matches
};

const UNormalizer2* nfc() {
  UErrorCode err = U_ZERO_ERROR;
  const UNormalizer2* n = unorm2_getNFCInstance(&err);
  return U_SUCCESS(err) ? n : nullptr;
}

class LetterPrecise final : public LetterBase {
 public:
  LetterPrecise(std::string letter, char32_t target, int64_t bound, Relation rel)
      : LetterBase(std::move(letter), bound, rel),
        target_(matching::full_fold(target)),
        nfc_(nfc()) {
    ascii_ = (target_.n == 1 && target_.cp[0] < 0x80) ? static_cast<char>(target_.cp[0]) : 0;
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    std::string_view raw = text.raw();
    const char* p = raw.data();
    const char* end = p + raw.size();
    size_t n = 0;
    while (p < end) {
      auto b = static_cast<unsigned char>(*p);
      if (b < 0x80 && (p + 1 == end || static_cast<unsigned char>(p[1]) < 0x80)) {
        // An ASCII character not followed by a possible combining mark.
        char c = (b >= 'A' && b <= 'Z') ? static_cast<char>(b + 32) : static_cast<char>(b);
        n += ascii_ != 0 && c == ascii_;
        ++p;
        continue;
      }
      p = cluster(p, end, n);
    }
    return verdict(n, why);
  }

 private:
  bool matches(char32_t c) const noexcept {
    matching::Folded f = matching::full_fold(c);
    if (f.n != target_.n) return false;
    for (int i = 0; i < f.n; ++i)
      if (f.cp[i] != target_.cp[i]) return false;
    return true;
  }

  // Counts the characters of the NFC form of the cluster that starts at p (a code point and
  // the code points that may compose with it); returns the end of the cluster.
  const char* cluster(const char* p, const char* end, size_t& n) const noexcept {
    constexpr int32_t kMax = 32;
    text::Decoded d = text::decode(p, end);
    const char* q = p + d.len;
    UChar buf[kMax + 2];
    int32_t len = 0;
    U16_APPEND_UNSAFE(buf, len, static_cast<UChar32>(d.cp));
    bool single = true;
    while (nfc_ && q < end && len < kMax) {
      text::Decoded e = text::decode(q, end);
      if (unorm2_hasBoundaryBefore(nfc_, static_cast<UChar32>(e.cp))) break;
      U16_APPEND_UNSAFE(buf, len, static_cast<UChar32>(e.cp));
      q += e.len;
      single = false;
    }
    if (single && (!nfc_ || u_getIntPropertyValue(static_cast<UChar32>(d.cp),
                                                  UCHAR_NFC_QUICK_CHECK) == UNORM_YES)) {
      n += matches(d.cp);
      return q;
    }
    UChar out[4 * kMax];
    UErrorCode err = U_ZERO_ERROR;
    int32_t m = unorm2_normalize(nfc_, buf, len, out, 4 * kMax, &err);
    const UChar* src = U_SUCCESS(err) ? out : buf;
    if (U_FAILURE(err)) m = len;
    for (int32_t i = 0; i < m;) {
      UChar32 c;
      U16_NEXT(src, i, m, c);
      n += matches(static_cast<char32_t>(c));
    }
    return q;
  }

  matching::Folded target_;
  const UNormalizer2* nfc_;
  char ascii_ = 0;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& letter = kwargs.string("letter");
  int64_t bound = kwargs.integer("let_frequency");
  Relation rel = parse_relation(kwargs.string("let_relation"));
  auto error = [&](std::string_view msg) {
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"letter\": \"{}\" {}", ctx.id, letter, msg));
  };
  if (ctx.semantics == Semantics::kReference) {
    if (text::count_code_points(letter) != 1)
      return error(
          "is not exactly one character; upstream replaces such a letter by a random one, "
          "which precis never does");
    std::string target = text::py_lower(text::py_strip(letter));
    if (text::count_code_points(target) != 1) target.clear();  // Counter[...] is 0
    return make<LetterReference>(letter, std::move(target), bound, rel);
  }
  // precise: one character after canonical composition.
  std::u32string cps;
  {
    UErrorCode err = U_ZERO_ERROR;
    std::u16string src;
    const char* p = letter.data();
    const char* end = p + letter.size();
    while (p < end) {
      text::Decoded d = text::decode(p, end);
      if (d.cp == 0xFFFD && d.len == 1) return error("is not valid UTF-8");
      UChar u[2];
      int32_t ulen = 0;
      U16_APPEND_UNSAFE(u, ulen, static_cast<UChar32>(d.cp));
      src.append(reinterpret_cast<const char16_t*>(u), static_cast<size_t>(ulen));
      p += d.len;
    }
    std::u16string dst(src.size() * 3 + 4, u'\0');
    const UNormalizer2* n = nfc();
    int32_t m =
        n ? unorm2_normalize(n, reinterpret_cast<const UChar*>(src.data()),
                             static_cast<int32_t>(src.size()), reinterpret_cast<UChar*>(dst.data()),
                             static_cast<int32_t>(dst.size()), &err)
          : -1;
    if (!n || U_FAILURE(err)) return error("could not be normalized");
    for (int32_t i = 0; i < m;) {
      UChar32 c;
      U16_NEXT(dst.data(), i, m, c);
      cps.push_back(static_cast<char32_t>(c));
    }
  }
  if (cps.size() != 1)
    return error(
        "is not exactly one character; precise semantics counts one character and never draws "
        "a random one");
  return make<LetterPrecise>(letter, cps[0], bound, rel);
}

}  // namespace

VerifierInfo letter_frequency() {
  VerifierInfo info;
  info.id = "keywords:letter_frequency";
  info.suite = "IFEval";
  info.summary = "A letter must appear less than, or at least, a given number of times.";
  info.kwargs = {string_kwarg("letter", "the character to count (exactly one)"),
                 int_kwarg("let_frequency", "the number of occurrences to compare with"),
                 relation_kwarg("let_relation")};
  info.conflicts = {"combination:repeat_prompt", "combination:two_responses",
                    "detectable_format:constrained_response", "detectable_format:json_format",
                    "keywords:letter_frequency"};
  info.precise_differences = {
      "Characters are compared with full Unicode case folding (`ẞ` counts for `ß`, `K` KELVIN "
      "SIGN for `k`); reference counts one code point of the lowercased text (`İ` lowercases to "
      "`i` + U+0307 and so counts for `i`).",
      "The text is compared in canonically composed form: `e` + U+0301 counts as one `é` (and "
      "not as an `e`); reference counts code points as they are.",
      "A whitespace letter is counted literally (reference strips it and counts 0).",
      "A letter given in decomposed form (`e` + U+0301) is accepted as one character; reference "
      "semantics refuses it as two characters.",
      "A response holding only whitespace and zero-width characters fails, also with \"less than\" "
      "(reference: only whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
