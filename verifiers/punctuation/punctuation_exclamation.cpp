// punctuation:punctuation_exclamation: the response uses no exclamation marks at all.
//
// reference: no ASCII '!' anywhere (`!=` in code fails too).
// precise:   no ASCII '!' and none of its look-alikes (see kBangLookalikes); a blank response
//            fails.
#include <iterator>

#include "verifiers/common.h"
#include "verifiers/punctuation/family.h"
#include "verifiers/punctuation/forbidden_mark.h"

namespace precis::verifiers::punctuation {
namespace {

constexpr char32_t kBangLookalikes[] = {
    0x00A1,  // ¡ INVERTED EXCLAMATION MARK
    0x01C3,  // ǃ LATIN LETTER RETROFLEX CLICK
    0x203C,  // ‼ DOUBLE EXCLAMATION MARK
    0x203D,  // ‽ INTERROBANG
    0x2048,  // ⁈ QUESTION EXCLAMATION MARK
    0x2049,  // ⁉ EXCLAMATION QUESTION MARK
    0x2755,  // ❕ WHITE EXCLAMATION MARK ORNAMENT
    0x2757,  // ❗ HEAVY EXCLAMATION MARK SYMBOL
    0x2762,  // ❢ HEAVY EXCLAMATION MARK ORNAMENT
    0xFE15,  // ︕ PRESENTATION FORM FOR VERTICAL EXCLAMATION MARK
    0xFE57,  // ﹗ SMALL EXCLAMATION MARK
    0xFF01,  // ！ FULLWIDTH EXCLAMATION MARK
};

constexpr ForbiddenMark kBang{'!', "exclamation mark", kBangLookalikes, std::size(kBangLookalikes)};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<NoMark>(kBang, ctx.semantics);
}

}  // namespace

VerifierInfo punctuation_exclamation() {
  VerifierInfo info;
  info.id = "punctuation:punctuation_exclamation";
  info.suite = "IFEvalG";
  info.summary = "The response must not use the exclamation mark `!` at all.";
  info.precise_differences = {
      "Look-alike and compound exclamation marks also fail: U+00A1 `¡`, U+01C3 `ǃ`, U+203C `‼`, "
      "U+203D `‽`, U+2048 `⁈`, U+2049 `⁉`, U+2755 `❕`, U+2757 `❗`, U+2762 `❢`, U+FE15 `︕`, "
      "U+FE57 `﹗`, U+FF01 `！` (reference checks only the ASCII `!`).",
      "A response holding only whitespace and zero-width characters fails (reference passes a "
      "response of zero-width characters, which Python's str.strip() does not remove)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::punctuation
