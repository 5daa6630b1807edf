// copy:copy: copy the given text verbatim and output only that text.
//
// reference: response.strip().lower() == prompt_to_repeat.strip().lower().
// precise:   the same comparison after normalising (copy_text.h): full case folding, runs of
//            whitespace as one space, typographic quotes as ASCII ones, zero-width characters
//            ignored. A blank prompt is an error.
#include "verifiers/common.h"
#include "verifiers/copy/copy_text.h"
#include "verifiers/copy/family.h"

namespace precis::verifiers::copy {

VerifierInfo copy() {
  VerifierInfo info;
  info.id = "copy:copy";
  info.suite = "IFEvalG";
  info.summary =
      "Copy the given instruction verbatim and output only that text (do not follow it).";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the text the whole response must be")};
  info.precise_differences = whole_copy_differences();
  info.factory = &create_whole_copy;
  return info;
}

}  // namespace precis::verifiers::copy
