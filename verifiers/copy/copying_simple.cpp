// copy:copying_simple: repeat the request without change and do not answer it.
//
// reference: response.strip().lower() == prompt_to_repeat.strip().lower() (the same check as
//            copy:copy under another prompt template).
// precise:   the same comparison after normalising (copy_text.h): full case folding, runs of
//            whitespace as one space, typographic quotes as ASCII ones, zero-width characters
//            ignored. A blank prompt is an error.
#include "verifiers/common.h"
#include "verifiers/copy/copy_text.h"
#include "verifiers/copy/family.h"

namespace precis::verifiers::copy {

VerifierInfo copying_simple() {
  VerifierInfo info;
  info.id = "copy:copying_simple";
  info.suite = "IFEvalG";
  info.summary =
      "Repeat the request without change, saying nothing before it, and do not answer it.";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the request the whole response must be")};
  info.precise_differences = whole_copy_differences();
  info.factory = &create_whole_copy;
  return info;
}

}  // namespace precis::verifiers::copy
