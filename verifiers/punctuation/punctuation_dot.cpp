// punctuation:punctuation_dot: the response uses no dots at all.
//
// reference: no ASCII '.' anywhere (URLs, decimals and list numbers fail too).
// precise:   no ASCII '.' and none of its look-alikes (see kDotLookalikes); a blank response fails.
#include <iterator>

#include "verifiers/common.h"
#include "verifiers/punctuation/family.h"
#include "verifiers/punctuation/forbidden_mark.h"

namespace precis::verifiers::punctuation {
namespace {

constexpr char32_t kDotLookalikes[] = {
    0x2024,  // ․ ONE DOT LEADER
    0x2025,  // ‥ TWO DOT LEADER
    0x2026,  // … HORIZONTAL ELLIPSIS
    0x3002,  // 。 IDEOGRAPHIC FULL STOP
    0xFE52,  // ﹒ SMALL FULL STOP
    0xFF0E,  // ． FULLWIDTH FULL STOP
    0xFF61,  // ｡ HALFWIDTH IDEOGRAPHIC FULL STOP
};

constexpr ForbiddenMark kDot{'.', "dot", kDotLookalikes, std::size(kDotLookalikes)};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<NoMark>(kDot, ctx.semantics);
}

}  // namespace

VerifierInfo punctuation_dot() {
  VerifierInfo info;
  info.id = "punctuation:punctuation_dot";
  info.suite = "IFEvalG";
  info.summary =
      "The response must not use the dot `.` at all, neither as punctuation nor elsewhere (URLs, "
      "decimals).";
  info.precise_differences = {
      "Look-alike dots also fail: U+2024 `․`, U+2025 `‥`, U+2026 `…`, U+3002 `。`, U+FE52 `﹒`, "
      "U+FF0E `．`, U+FF61 `｡` (reference checks only the ASCII `.`).",
      "A response holding only whitespace and zero-width characters fails (reference passes a "
      "response of zero-width characters, which Python's str.strip() does not remove)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::punctuation
