// count:numbers: include exactly N numbers.
//
// reference: IFBench (both versions): every ASCII punctuation character is deleted, then the
//            runs of decimal digits (Python's `\d+`, Unicode Nd) are counted: `3.14` and `1,000`
//            are one number each, and so are `1990-2000` and `3/4` (`19902000`, `34`).
// precise:   numbers are runs of decimal digits in which a single `.` or `,` between two digits
//            stays inside (`3.14`, `1,000`, `1.234,5`); any other character separates numbers, so
//            `1990-2000`, `3/4` and `9:30` hold two each. Exactly N. A blank response fails.
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/count/ifbench_text.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

bool is_digit(char32_t c) noexcept {
  return (text::flags(c) & text::kDigit) != 0;
}

// Runs of `\d` after deleting ASCII punctuation.
size_t count_reference(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  size_t n = 0;
  bool in_run = false;
  while (p < end) {
    if (is_ascii_punct(*p)) {  // deleted: the characters around it become neighbours
      ++p;
      continue;
    }
    text::Decoded d = text::decode(p, end);
    const bool digit = is_digit(d.cp);
    if (digit && !in_run) ++n;
    in_run = digit;
    p += d.len;
  }
  return n;
}

// Digit runs, a single `.` or `,` between two digits joining them.
size_t count_precise(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  size_t n = 0;
  bool in_run = false;
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (is_digit(d.cp)) {
      if (!in_run) ++n;
      in_run = true;
    } else if (in_run && (d.cp == '.' || d.cp == ',') && p + 1 < end &&
               is_digit(text::decode(p + 1, end).cp)) {
      // stays inside the number
    } else {
      in_run = false;
    }
    p += d.len;
  }
  return n;
}

class Numbers final : public Constraint {
 public:
  Numbers(int64_t n, bool precise) : n_(n), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    const size_t found = precise_ ? count_precise(text.raw()) : count_reference(text.raw());
    const bool ok = static_cast<int64_t>(found) == n_;
    if (why) why->set("{} numbers; expected exactly {}", found, n_);
    return ok;
  }

 private:
  int64_t n_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  return make<Numbers>(kwargs.integer("N"), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo numbers() {
  VerifierInfo info;
  info.id = "count:numbers";
  info.suite = "IFBench";
  info.summary = "Include exactly N numbers in the response.";
  info.kwargs = {int_kwarg("N", "the exact number of numbers", 0)};
  info.precise_differences = {
      "Only a single `.` or `,` between two digits keeps a number whole (`3.14`, `1,000`); other "
      "punctuation separates numbers, so `1990-2000`, `3/4` and `9:30` hold two numbers each "
      "(reference deletes all ASCII punctuation first and reads one number).",
      "A response holding only whitespace and zero-width characters fails, also when N is 0."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
