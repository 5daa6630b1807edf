// punctuation:no_comma: the response contains no comma.
//
// reference: no ASCII ',' (U+002C).
// precise:   no ASCII comma and no look-alike: U+FF0C, U+060C, U+3001, U+FE50, U+FE51, U+201A.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/punctuation/family.h"

namespace precis::verifiers::punctuation {
namespace {

constexpr char32_t kLookalikes[] = {0xFF0C, 0x060C, 0x3001, 0xFE50, 0xFE51, 0x201A};

class NoComma final : public Constraint {
 public:
  explicit NoComma(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t pos = raw.find(',');
    if (pos != std::string_view::npos) {
      if (why) why->set("found a comma at byte {}", pos);
      return false;
    }
    // Every look-alike is non-ASCII: an ASCII text (the one-pass counts say so) has none.
    if (precise_ && text.counts().non_ascii != 0) {
      const char* begin = raw.data();
      const char* p = begin;
      const char* end = p + raw.size();
      while (p < end) {
        auto d = text::decode(p, end);
        for (char32_t c : kLookalikes) {
          if (d.cp == c) {
            if (why)
              why->set("found the comma look-alike U+{:04X} at byte {}", static_cast<unsigned>(c),
                       p - begin);
            return false;
          }
        }
        p += d.len;
      }
    }
    if (why) why->set("no comma");
    return true;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<NoComma>(ctx.semantics);
}

}  // namespace

VerifierInfo no_comma() {
  VerifierInfo info;
  info.id = "punctuation:no_comma";
  info.suite = "IFEval";
  info.summary = "The response must not contain any commas.";
  info.precise_differences = {
      "Look-alike commas also fail: U+FF0C `，`, U+060C `،`, U+3001 `、`, U+FE50 `﹐`, U+FE51 "
      "`﹑`, "
      "U+201A `‚` (reference checks only the ASCII comma)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::punctuation
