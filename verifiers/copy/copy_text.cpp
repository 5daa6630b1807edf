#include "verifiers/copy/copy_text.h"

#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::copy {

std::string_view lower_stripped(const Text& text) {
  std::string_view raw = text.raw();
  std::string_view s = text.stripped();
  // Python's whitespace lowercases to itself byte for byte, and it separates the casing contexts
  // (final sigma) on both sides, so lower(strip(x)) is a slice of lower(x).
  const size_t head = static_cast<size_t>(s.data() - raw.data());
  const size_t tail = raw.size() - head - s.size();
  const std::string& lower = text.lower();
  if (lower.size() < head + tail) return {};
  return std::string_view(lower).substr(head, lower.size() - head - tail);
}

std::string reference_target(std::string_view s) {
  return text::py_lower(text::py_strip(s));
}

bool copy_equals(std::string_view s, std::u32string_view norm) noexcept {
  std::string_view v = matching::strip_visible(s);
  return matching::match_prefix(v, norm) == v.size();
}

Status blank_prompt_error(std::string_view id, std::string_view kwarg) {
  return invalid_argument(
      fmt::format("id \"{}\": kwarg \"{}\": expected text with at least one visible character; "
                  "precise semantics has nothing to compare a blank prompt with",
                  id, kwarg));
}

}  // namespace precis::verifiers::copy

namespace precis::verifiers::copy {
namespace {

class WholeCopyReference final : public Constraint {
 public:
  explicit WholeCopyReference(std::string target) : target_(std::move(target)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    bool pass = false;
    try {
      pass = lower_stripped(text) == target_;
    } catch (...) {
      if (why) why->set("out of memory while lowercasing");
      return false;
    }
    if (why) why->set("{}", pass ? "the response is the prompt" : "the response is not the prompt");
    return pass;
  }

 private:
  std::string target_;  // prompt.strip().lower()
};

class WholeCopyPrecise final : public Constraint {
 public:
  explicit WholeCopyPrecise(std::u32string norm) : norm_(std::move(norm)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    bool pass = copy_equals(text.raw(), norm_);
    if (why) why->set("{}", pass ? "the response is the prompt" : "the response is not the prompt");
    return pass;
  }

 private:
  std::u32string norm_;
};

}  // namespace

Result<ConstraintPtr> create_whole_copy(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  if (ctx.semantics == Semantics::kReference)
    return make<WholeCopyReference>(reference_target(prompt));
  std::u32string norm = matching::normalize(prompt);
  if (norm.empty()) return blank_prompt_error(ctx.id, "prompt_to_repeat");
  return make<WholeCopyPrecise>(std::move(norm));
}

std::vector<std::string> comparison_differences() {
  return {
      "Runs of whitespace compare as one space, so line breaks, CRLF and doubled spaces inside "
      "the copy are accepted (reference compares every character).",
      "Case is compared with full Unicode case folding: `STRASSE` matches `Straße` and `σ` "
      "matches a final `ς` (reference compares Python's lower() of both texts).",
      "Typographic quotes and apostrophes (`“ ” ’`) compare as the ASCII ones, and zero-width "
      "characters are ignored."};
}

std::string blank_response_difference() {
  return "A response holding only whitespace and zero-width characters fails (reference: only "
         "whitespace, through the blank-response gate).";
}

std::vector<std::string> whole_copy_differences() {
  auto d = comparison_differences();
  d.push_back(
      "A prompt_to_repeat with nothing visible in it is an error (reference builds it and then "
      "fails every response).");
  d.push_back(blank_response_difference());
  return d;
}

}  // namespace precis::verifiers::copy
