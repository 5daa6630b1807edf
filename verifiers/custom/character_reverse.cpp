// custom:character_reverse: answer "What animal is the national symbol of the US?" with the
// sentence written backwards, letter by letter.
//
// reference: IFBench: "elgae dlab" in text.lower() (a substring: "xelgae dlabs" passes, and so
//            does a response that also gives the answer forwards).
// precise:   the response read backwards (code point by code point) contains the words
//            "bald eagle" as whole words (case-insensitive, any whitespace between them), and
//            the response itself does not contain "bald eagle" forwards.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

std::string reversed_code_points(std::string_view s) {
  std::string out(s.size(), '\0');
  const char* p = s.data();
  const char* end = p + s.size();
  size_t w = s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    w -= d.len;
    for (uint32_t i = 0; i < d.len; ++i)
      out[w + i] = p[i];
    p += d.len;
  }
  return out;
}

class CharacterReverse final : public Constraint {
 public:
  explicit CharacterReverse(Semantics s) : precise_(s == Semantics::kPrecise) {
    if (precise_) phrase_ = *matching::parse_phrase("bald eagle");
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (!precise_) {
        bool ok = text.lower().find("elgae dlab") != std::string::npos;
        if (why) why->set("{}", ok ? "\"elgae dlab\" occurs" : "\"elgae dlab\" does not occur");
        return ok;
      }
      if (matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      if (matching::count_phrase(text, phrase_, true) > 0) {
        if (why) why->set("the response says \"bald eagle\" forwards");
        return false;
      }
      std::string rev = reversed_code_points(text.raw());
      Text backwards(rev);
      bool ok = matching::count_phrase(backwards, phrase_, true) > 0;
      if (why)
        why->set("{}", ok ? "the response read backwards says \"bald eagle\""
                          : "the response read backwards does not say \"bald eagle\"");
      return ok;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
  matching::Phrase phrase_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<CharacterReverse>(ctx.semantics);
}

}  // namespace

VerifierInfo character_reverse() {
  VerifierInfo info;
  info.id = "custom:character_reverse";
  info.suite = "IFBench";
  info.summary =
      "What animal is the national symbol of the US? Answer with the sentence reversed letter by "
      "letter.";
  info.precise_differences = {
      "\"elgae dlab\" must be whole words: `xelgae dlabs` fails (reference looks for the "
      "substring), and any whitespace may separate them (`elgae\\ndlab` passes; reference needs "
      "one space).",
      "A response that also gives the answer forwards (\"bald eagle\") fails (reference passes "
      "it as long as the reversed text occurs somewhere)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
