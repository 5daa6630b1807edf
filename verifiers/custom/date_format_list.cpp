// custom:date_format_list: "List the start dates of all the battles Napoleon fought separated by
// commas, use the following date format: YYYY-MM-DD. Do not provide an explanation."
//
// reference: IFBench: text.strip().split(','); every item, stripped, must match
//            ^\d{4}-\d{2}-\d{2}$ (Python's \d: any Unicode decimal digit), the year must lie in
//            1769-1821, the month must not exceed 12 and the day must not exceed the month's
//            length (February: 29). Month 00 and day 00 are not rejected.
// precise:   the same list, but every item must be a real calendar date written with ASCII
//            digits: month 01-12, day 01 to the month's length, 29 February only in leap years.
#include <unicode/uchar.h>

#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

// Parses exactly `n` decimal digits (ASCII only when `ascii_only`) from the start of `s`.
bool take_digits(std::string_view& s, int n, bool ascii_only, int& value) {
  value = 0;
  const char* p = s.data();
  const char* end = p + s.size();
  for (int i = 0; i < n; ++i) {
    if (p >= end) return false;
    auto d = text::decode(p, end);
    if (!(text::flags(d.cp) & text::kDigit)) return false;
    if (ascii_only && d.cp > 0x7F) return false;
    int v = u_charDigitValue(static_cast<UChar32>(d.cp));
    value = value * 10 + (v < 0 ? 0 : v);
    p += d.len;
  }
  s.remove_prefix(static_cast<size_t>(p - s.data()));
  return true;
}

bool take_char(std::string_view& s, char c) {
  if (s.empty() || s.front() != c) return false;
  s.remove_prefix(1);
  return true;
}

class DateFormatList final : public Constraint {
 public:
  explicit DateFormatList(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view rest = text.stripped();
    size_t count = 0;
    while (true) {
      size_t comma = rest.find(',');
      std::string_view item = text::py_strip(rest.substr(0, comma));
      ++count;
      if (!valid(item)) {
        if (why) why->set("item {} \"{}\" is not a valid date in YYYY-MM-DD", count, item);
        return false;
      }
      if (comma == std::string_view::npos) break;
      rest.remove_prefix(comma + 1);
    }
    if (why) why->set("{} valid dates", count);
    return true;
  }

 private:
  bool valid(std::string_view s) const {
    int y, m, d;
    if (!take_digits(s, 4, precise_, y) || !take_char(s, '-') || !take_digits(s, 2, precise_, m) ||
        !take_char(s, '-') || !take_digits(s, 2, precise_, d) || !s.empty())
      return false;
    if (y < 1769 || y > 1821 || m > 12) return false;
    int length = 31;
    if (m == 4 || m == 6 || m == 9 || m == 11) length = 30;
    if (m == 2) {
      length = 29;
      if (precise_) {
        bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
        length = leap ? 29 : 28;
      }
    }
    if (d > length) return false;
    if (precise_ && (m == 0 || d == 0)) return false;
    return true;
  }

  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<DateFormatList>(ctx.semantics);
}

}  // namespace

VerifierInfo date_format_list() {
  VerifierInfo info;
  info.id = "custom:date_format_list";
  info.suite = "IFBench";
  info.summary =
      "List the start dates of all the battles Napoleon fought, separated by commas, in the "
      "format YYYY-MM-DD, without explanation.";
  info.precise_differences = {
      "Month 00 and day 00 are not dates and fail (reference accepts `1805-00-00`).",
      "29 February passes only in leap years (reference accepts `1805-02-29`).",
      "Digits must be ASCII: `１８０５-１２-０２` fails (reference accepts any Unicode decimal "
      "digits, as Python's \\d does)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
