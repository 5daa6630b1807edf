// combination:repeat_prompt: the response first repeats the prompt, then answers.
//
// reference: response.strip().lower().startswith(prompt_to_repeat.strip().lower()): exact,
//            no whitespace normalisation.
// precise:   the response starts with the prompt compared with full case folding, runs of
//            whitespace (line breaks included) as one space, typographic quotes and apostrophes
//            as ASCII ones, zero-width characters ignored; the repeated prompt must not run on
//            into a longer word (`... a poem` is not repeated by `... a poems`).
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/combination/family.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::combination {
namespace {

class RepeatReference final : public Constraint {
 public:
  explicit RepeatReference(std::string prompt) : prompt_(std::move(prompt)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    std::string_view s = text.stripped();
    // The stripped whitespace lowercases to itself byte for byte, so lower(s) is a slice of
    // lower(raw).
    const size_t head = static_cast<size_t>(s.data() - raw.data());
    const size_t tail = raw.size() - head - s.size();
    const std::string& lower = text.lower();
    bool pass = false;
    if (lower.size() >= head + tail) {
      std::string_view ls(lower.data() + head, lower.size() - head - tail);
      pass = ls.substr(0, prompt_.size()) == prompt_;
    }
    if (why) {
      if (pass)
        why->set("starts with the prompt");
      else
        why->set("does not start with the prompt");
    }
    return pass;
  }

 private:
  std::string prompt_;  // prompt_to_repeat.strip().lower()
};

class RepeatPrecise final : public Constraint {
 public:
  RepeatPrecise(std::u32string norm, bool ends_with_word)
      : norm_(std::move(norm)), ends_with_word_(ends_with_word) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    auto fail = [&](const char* msg) {
      if (why) why->set("{}", msg);
      return false;
    };
    if (matching::blank(text)) return fail("blank response");
    std::string_view s = matching::strip_visible(text.raw());
    size_t off = matching::match_prefix(s, norm_);
    if (off == std::string_view::npos) return fail("does not start with the prompt");
    if (ends_with_word_) {
      const char* p = s.data() + off;
      const char* end = s.data() + s.size();
      while (p < end) {
        text::Decoded d = text::decode(p, end);
        if (!text::is_zero_width(d.cp)) {
          if (text::is_word_char(d.cp))
            return fail("the repeated prompt runs on into a longer word");
          break;
        }
        p += d.len;
      }
    }
    if (why) why->set("starts with the prompt");
    return true;
  }

 private:
  std::u32string norm_;
  bool ends_with_word_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  if (ctx.semantics == Semantics::kReference)
    return make<RepeatReference>(text::py_lower(text::py_strip(prompt)));
  std::string_view visible = matching::strip_visible(prompt);
  std::u32string norm = matching::normalize(visible);
  if (norm.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"prompt_to_repeat\": the prompt is blank; precise semantics needs a "
        "prompt to repeat",
        ctx.id));
  text::Decoded last = text::decode_before(visible.data(), visible.data() + visible.size());
  return make<RepeatPrecise>(std::move(norm), text::is_word_char(last.cp));
}

}  // namespace

VerifierInfo repeat_prompt() {
  VerifierInfo info;
  info.id = "combination:repeat_prompt";
  info.suite = "IFEval";
  info.summary = "First repeat the request word for word, then give the answer.";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the request the response must start with")};
  info.conflicts = {"change_case:capital_word_frequency",
                    "change_case:english_capital",
                    "change_case:english_lowercase",
                    "combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_content:number_placeholders",
                    "detectable_content:postscript",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "detectable_format:number_bullet_lists",
                    "detectable_format:number_highlighted_sections",
                    "keywords:forbidden_words",
                    "keywords:frequency",
                    "keywords:letter_frequency",
                    "language:response_language",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences",
                    "length_constraints:number_words",
                    "startend:end_checker",
                    "startend:quotation"};
  info.precise_differences = {
      "Runs of whitespace (line breaks included) compare as one space, typographic quotes and "
      "apostrophes as ASCII ones, and zero-width characters are ignored (reference compares "
      "the characters exactly).",
      "Case is compared with full Unicode case folding (reference: Python's lower()).",
      "The repeated prompt must not run on into a longer word: for a prompt ending in `poem`, "
      "`poems` fails (reference accepts any continuation).",
      "A blank prompt_to_repeat is an error (reference: every non-blank response starts with it).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::combination
