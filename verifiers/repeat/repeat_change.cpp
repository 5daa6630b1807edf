// repeat:repeat_change: repeat the request, but change its first word, saying nothing before it
// and not answering it.
//
// reference: IFBench: the response must differ from prompt_to_repeat, and the whitespace tokens
//            after the first one, joined with single spaces, must equal the prompt's (compared
//            case-sensitively). So any whitespace-only difference, a trailing newline included,
//            counts as "changed".
// precise:   the first whitespace token must really change (it differs from the prompt's first
//            token after normalising: full case folding, typographic quotes unified, zero-width
//            characters ignored), and the rest must equal the rest of the prompt after the same
//            normalisation with runs of whitespace as one space. A blank prompt is an error.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/repeat/family.h"

namespace precis::verifiers::repeat {
namespace {

// Splits `s` into its first whitespace token and the text after it (not stripped).
void first_and_rest(std::string_view s, std::string_view& first, std::string_view& rest) {
  s = text::py_lstrip(s);
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_py_space(d.cp)) break;
    p += d.len;
  }
  first = std::string_view(s.data(), static_cast<size_t>(p - s.data()));
  rest = std::string_view(p, static_cast<size_t>(end - p));
}

std::string joined_tail(std::string_view s) {
  std::vector<std::string_view> tokens;
  text::py_split(s, tokens);
  std::string out;
  for (size_t i = 1; i < tokens.size(); ++i) {
    if (i > 1) out += ' ';
    out += tokens[i];
  }
  return out;
}

class RepeatChange final : public Constraint {
 public:
  RepeatChange(std::string prompt, Semantics s)
      : prompt_(std::move(prompt)), precise_(s == Semantics::kPrecise) {
    tail_ = joined_tail(prompt_);
    first_and_rest(prompt_, prompt_first_, prompt_rest_);
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
    if (text.raw() == prompt_) {
      if (why) why->set("the response is the request unchanged");
      return false;
    }
    if (joined_tail(text.raw()) != tail_) {
      if (why) why->set("the words after the first one differ from the request's");
      return false;
    }
    if (why) why->set("the request is repeated with the first word changed");
    return true;
  }

  bool check_precise(const Text& text, Reason* why) const {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view first, rest;
    first_and_rest(text.raw(), first, rest);
    if (!matching::normalized_equal(rest, prompt_rest_)) {
      if (why) why->set("the words after the first one differ from the request's");
      return false;
    }
    if (matching::normalized_equal(first, prompt_first_)) {
      if (why) why->set("the first word \"{}\" is not changed", first);
      return false;
    }
    if (why) why->set("the request is repeated with the first word changed to \"{}\"", first);
    return true;
  }

  std::string prompt_;
  std::string tail_;
  std::string_view prompt_first_;
  std::string_view prompt_rest_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  if (ctx.semantics == Semantics::kPrecise && matching::strip_visible(prompt).empty())
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"prompt_to_repeat\": must hold visible text", ctx.id));
  return make<RepeatChange>(prompt, ctx.semantics);
}

}  // namespace

VerifierInfo repeat_change() {
  VerifierInfo info;
  info.id = "repeat:repeat_change";
  info.suite = "IFBench";
  info.summary =
      "Repeat the request, but change its first word; say nothing before it and do not answer "
      "it.";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the request to repeat with a new first word")};
  info.precise_differences = {
      "The first word must really change: the request repeated with only a trailing newline, "
      "extra spaces or a different capitalisation of its first word fails (reference passes any "
      "response that differs from the request by a single character).",
      "The words after the first are compared case-insensitively with typographic quotes equal "
      "to ASCII ones and zero-width characters ignored (reference compares them exactly)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::repeat
