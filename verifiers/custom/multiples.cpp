// custom:multiples: "Count from 10 to 50 but only print multiples of 7."
//
// reference: IFBench: after replacing `,` with `, `, re.findall(r"\d+") must be exactly
//            ['14', '21', '28', '35', '42', '49']. Python's \d is any Unicode decimal digit, so
//            `١٤` is a number that is not '14'.
// precise:   the numbers of the response (maximal runs of Unicode decimal digits, read by value)
//            must be exactly 14, 21, 28, 35, 42, 49 in that order.
#include <unicode/uchar.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

constexpr int kExpected[] = {14, 21, 28, 35, 42, 49};
constexpr size_t kCount = sizeof(kExpected) / sizeof(kExpected[0]);

class Multiples final : public Constraint {
 public:
  explicit Multiples(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view raw = text.raw();
    const char* p = raw.data();
    const char* end = p + raw.size();
    size_t n = 0;
    while (p < end) {
      auto d = text::decode(p, end);
      if (!(text::flags(d.cp) & text::kDigit)) {
        p += d.len;
        continue;
      }
      // One run of digits: its ASCII text (reference) or its value (precise).
      bool ascii = true;
      int64_t value = 0;
      size_t digits = 0;
      while (p < end) {
        d = text::decode(p, end);
        if (!(text::flags(d.cp) & text::kDigit)) break;
        if (d.cp > 0x7F) ascii = false;
        int v = u_charDigitValue(static_cast<UChar32>(d.cp));
        if (v < 0) v = 0;
        if (value < 1000000) value = value * 10 + v;
        ++digits;
        p += d.len;
      }
      bool match = n < kCount && value == kExpected[n] && (precise_ || (ascii && digits == 2));
      if (!match) {
        if (why) {
          if (n >= kCount)
            why->set("more than {} numbers", kCount);
          else
            why->set("number {} is not {}", n + 1, kExpected[n]);
        }
        return false;
      }
      ++n;
    }
    if (n != kCount) {
      if (why) why->set("{} numbers, expected 14, 21, 28, 35, 42, 49", n);
      return false;
    }
    if (why) why->set("exactly the multiples of 7 from 10 to 50");
    return true;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Multiples>(ctx.semantics);
}

}  // namespace

VerifierInfo multiples() {
  VerifierInfo info;
  info.id = "custom:multiples";
  info.suite = "IFBench";
  info.summary = "Count from 10 to 50 but only print multiples of 7.";
  info.precise_differences = {
      "Numbers are read by value in any script's decimal digits: `１４` (fullwidth) or `٢١` "
      "count as 14 and 21, and so does `014` (reference compares the digit strings with the "
      "ASCII ones, so these fail)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
