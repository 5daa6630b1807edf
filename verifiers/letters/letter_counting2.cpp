// letters:letter_counting2: a letter appears at least / less than N times.
//
// open-instruct IFEvalG registers IFEval's LetterFrequencyChecker under this id, so precis builds
// keywords:letter_frequency's constraint (same kwargs, same counting in both semantics). One
// difference in reference semantics: IFEvalG's copy replaces any letter that is not one
// character whose lowercase form is in a-z (`#`, `é`, a space) by a random ASCII letter, so
// reference semantics refuses such a letter here; precise counts it literally, as
// keywords:letter_frequency does.
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/letters/family.h"

namespace precis::verifiers::letters {
namespace {

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  static const Factory letter_frequency = keywords::letter_frequency().factory;
  if (ctx.semantics == Semantics::kReference) {
    const std::string& letter = kwargs.string("letter");
    std::string lower = text::py_lower(letter);
    bool ascii_letter = text::count_code_points(letter) == 1 && lower.size() == 1 &&
                        lower[0] >= 'a' && lower[0] <= 'z';
    if (!ascii_letter)
      return invalid_argument(fmt::format(
          "id \"{}\": kwarg \"letter\": expected one letter a-z or A-Z, got \"{}\"; upstream "
          "replaces any other letter by a random one, which precis never does",
          ctx.id, letter));
  }
  return letter_frequency(kwargs, ctx);
}

}  // namespace

VerifierInfo letter_counting2() {
  VerifierInfo base = keywords::letter_frequency();
  VerifierInfo info;
  info.id = "letters:letter_counting2";
  info.suite = "IFEvalG";
  info.summary =
      "A letter must appear less than, or at least, a given number of times (the check of "
      "`keywords:letter_frequency`).";
  info.kwargs = std::move(base.kwargs);
  info.kwargs[0].doc =
      "the letter to count: in reference semantics one of a-z or A-Z (upstream draws a random "
      "letter for anything else, so precis refuses it); in precise semantics any one character";
  info.precise_differences = {
      "Any one character may be counted (`é`, `#`, `ß`), compared literally; reference semantics "
      "refuses a letter that is not one of a-z or A-Z, since upstream replaces it by a random "
      "letter on every call.",
      "Characters are compared with full Unicode case folding (`K` KELVIN SIGN counts for `k`, "
      "`ẞ` for `ß`); reference counts the letter in Python's lowercased text (`İ` lowercases to "
      "`i` + U+0307 and so counts for `i`).",
      "The text is compared in canonically composed form: `e` + U+0301 counts as one `é` and not "
      "as an `e`; reference counts code points as they are.",
      "A response holding only whitespace and zero-width characters fails, also with \"less than\" "
      "(reference: only whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::letters
