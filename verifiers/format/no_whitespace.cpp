// format:no_whitespace: the response contains no whitespace.
//
// reference: no code point for which Python's str.isspace() is true.
// precise:   the same, and no zero-width character (U+200B, U+200C, U+200D, U+2060, U+FEFF)
//            either, since those are invisible spaces that hide word breaks.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

class NoWhitespace final : public Constraint {
 public:
  explicit NoWhitespace(bool zero_width) : zero_width_(zero_width) {}
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const char* p = raw.data();
    const char* end = p + raw.size();
    while (p < end) {
      auto d = text::decode(p, end);
      if (text::is_py_space(d.cp) || (zero_width_ && text::is_zero_width(d.cp))) {
        if (why)
          why->set("{} U+{:04X} at byte {}",
                   text::is_py_space(d.cp) ? "whitespace" : "zero-width character",
                   static_cast<uint32_t>(d.cp), p - raw.data());
        return false;
      }
      p += d.len;
    }
    if (why) why->set("the response contains no whitespace");
    return true;
  }

 private:
  bool zero_width_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<NoWhitespace>(ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo no_whitespace() {
  VerifierInfo info;
  info.id = "format:no_whitespace";
  info.suite = "IFBench";
  info.summary = "The response must not contain any whitespace.";
  info.precise_differences = {
      "Zero-width characters (U+200B, U+200C, U+200D, U+2060, U+FEFF) count as whitespace and "
      "fail; reference accepts them because Python's isspace() is false for them."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
