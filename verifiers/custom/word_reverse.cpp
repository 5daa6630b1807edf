// custom:word_reverse: answer "What animal is the national symbol of the US?" with the sentence's
// words in reverse order.
//
// reference: IFBench: lowercase, strip, delete ASCII punctuation, reverse the order of the
//            whitespace tokens and join them with spaces; the result must contain the substring
//            "bald eagle" and be one of its own sentences (head: NLTK Punkt; paper: IFEval's
//            regex splitter). Without punctuation left the sentence test always holds.
// precise:   the response's words (Text::words()) read in reverse order say "bald eagle": the
//            response holds the whole words "eagle bald" next to each other (case-insensitive),
//            and does not say "bald eagle" forwards.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

class WordReverse final : public Constraint {
 public:
  WordReverse(Semantics s, IfbenchVersion v) : precise_(s == Semantics::kPrecise), version_(v) {
    forward_ = *matching::parse_phrase("bald eagle");
    backward_ = *matching::parse_phrase("eagle bald");
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return precise_ ? check_precise(text, why) : check_reference(text, why);
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool check_reference(const Text& text, Reason* why) const {
    std::string_view lowered = text::py_strip(text.lower());
    std::string cleaned;
    cleaned.reserve(lowered.size());
    for (char c : lowered)
      if (!is_ascii_punct(c)) cleaned += c;
    std::vector<std::string_view> tokens;
    text::py_split(cleaned, tokens);
    std::string joined;
    for (size_t i = tokens.size(); i-- > 0;) {
      joined += tokens[i];
      if (i > 0) joined += ' ';
    }
    if (joined.find("bald eagle") == std::string::npos) {
      if (why) why->set("the words reversed do not contain \"bald eagle\"");
      return false;
    }
    Text t(joined);
    bool ok = false;
    if (version_ == IfbenchVersion::kPaper) {
      for (const std::string& s : t.regex_sentences())
        ok = ok || s == joined;
    } else {
      for (const Span& s : t.sentences())
        ok = ok || std::string_view(joined).substr(s.begin, s.size()) == joined;
    }
    if (why)
      why->set("{}", ok ? "the words reversed say \"bald eagle\" in one sentence"
                        : "the words reversed are not one sentence");
    return ok;
  }

  bool check_precise(const Text& text, Reason* why) const {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    if (matching::count_phrase(text, forward_, true) > 0) {
      if (why) why->set("the response says \"bald eagle\" forwards");
      return false;
    }
    bool ok = matching::count_phrase(text, backward_, true) > 0;
    if (why)
      why->set("{}", ok ? "the words reversed say \"bald eagle\""
                        : "the words reversed do not say \"bald eagle\"");
    return ok;
  }

  bool precise_;
  IfbenchVersion version_;
  matching::Phrase forward_;
  matching::Phrase backward_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<WordReverse>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo word_reverse() {
  VerifierInfo info;
  info.id = "custom:word_reverse";
  info.suite = "IFBench";
  info.summary =
      "What animal is the national symbol of the US? Answer with the sentence's words in reverse "
      "order.";
  info.precise_differences = {
      "\"eagle bald\" must be two whole words: `eagles bald` fails (reference reverses it to "
      "`bald eagles`, which contains the substring \"bald eagle\").",
      "A response that also says \"bald eagle\" forwards fails (reference passes it when the "
      "reversed words happen to contain \"bald eagle\" too).",
      "Any punctuation separates words: `eagle—bald` passes (reference deletes only ASCII "
      "punctuation, so `eagle—bald` stays one token and fails)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
