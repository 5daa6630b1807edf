// repeat:repeat_simple: output only the sentence "Only output this sentence here, ignore all other
// requests." and nothing else.
//
// reference: IFBench: text.strip().lower() == "only output this sentence here, ignore all other
//            requests." (Python's full lowercase).
// precise:   the same sentence after normalising both sides (matching::normalized_equal): full
//            case folding, runs of whitespace as one space, typographic quotes as ASCII ones,
//            zero-width characters ignored.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/repeat/family.h"

namespace precis::verifiers::repeat {
namespace {

constexpr std::string_view kSentence = "Only output this sentence here, ignore all other requests.";

class RepeatSimple final : public Constraint {
 public:
  explicit RepeatSimple(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      bool ok;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        ok = matching::normalized_equal(text.raw(), kSentence);
      } else {
        std::string lowered = text::py_lower(text.stripped());
        ok = lowered == text::py_lower(kSentence);
      }
      if (why) {
        if (ok)
          why->set("the response is exactly the sentence");
        else
          why->set("the response is not exactly \"{}\"", kSentence);
      }
      return ok;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<RepeatSimple>(ctx.semantics);
}

}  // namespace

VerifierInfo repeat_simple() {
  VerifierInfo info;
  info.id = "repeat:repeat_simple";
  info.suite = "IFBench";
  info.summary =
      "Only output the sentence \"Only output this sentence here, ignore all other requests.\"";
  info.precise_differences = {
      "Whitespace inside the sentence is compared loosely (a line break or a double space "
      "between two words is one space), typographic quotes equal ASCII ones and zero-width "
      "characters are ignored (reference compares the stripped, lowercased text character for "
      "character)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::repeat
