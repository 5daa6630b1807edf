// copy:copying_multiple: repeat the request without change N times, separated by `******`.
//
// reference: response.split("******") gives exactly N parts, and every part's strip().lower()
//            equals prompt_to_repeat.strip().lower().
// precise:   the response is N copies of the prompt joined by `******` separators (whitespace
//            around a separator allowed), each copy compared after normalising (copy_text.h):
//            full case folding, runs of whitespace as one space, typographic quotes as ASCII
//            ones, zero-width characters ignored. The copies are matched in order, so a prompt
//            that itself contains `******` can be repeated.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/copy/copy_text.h"
#include "verifiers/copy/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::copy {
namespace {

constexpr std::string_view kSeparator = "******";

class MultipleReference final : public Constraint {
 public:
  MultipleReference(std::string target, int64_t n) : target_(std::move(target)), n_(n) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view lower;
    try {
      // Python lowercases each part; '*' and whitespace separate casing contexts, so the parts
      // of the lowercased text are the lowercased parts.
      lower = text.lower();
    } catch (...) {
      if (why) why->set("out of memory while lowercasing");
      return false;
    }
    int64_t parts = 0, equal = 0;
    size_t pos = 0;
    for (;;) {
      size_t sep = lower.find(kSeparator, pos);
      std::string_view part = lower.substr(pos, sep == std::string_view::npos ? sep : sep - pos);
      ++parts;
      if (text::py_strip(part) == target_) ++equal;
      if (sep == std::string_view::npos) break;
      pos = sep + kSeparator.size();
    }
    bool pass = parts == n_ && equal == parts;
    if (why) {
      if (parts != n_)
        why->set("splitting at \"******\" gives {} parts; expected {}", parts, n_);
      else if (!pass)
        why->set("{} of the {} parts are not the prompt", parts - equal, parts);
      else
        why->set("{} copies of the prompt", parts);
    }
    return pass;
  }

 private:
  std::string target_;  // prompt.strip().lower()
  int64_t n_;
};

// The first byte of `s` at or after `pos` that is neither whitespace nor zero-width.
size_t skip_space(std::string_view s, size_t pos) noexcept {
  const char* end = s.data() + s.size();
  while (pos < s.size()) {
    text::Decoded d = text::decode(s.data() + pos, end);
    if (!text::is_py_space(d.cp) && !text::is_zero_width(d.cp)) break;
    pos += d.len;
  }
  return pos;
}

class MultiplePrecise final : public Constraint {
 public:
  MultiplePrecise(std::u32string norm, int64_t n) : norm_(std::move(norm)), n_(n) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    std::string_view s = matching::strip_visible(text.raw());
    size_t pos = 0;
    for (int64_t k = 0; k < n_; ++k) {
      if (k > 0) {
        pos = skip_space(s, pos);
        if (s.substr(pos, kSeparator.size()) != kSeparator) {
          if (why)
            why->set("copy {} is not followed by a \"******\" separator; expected {} copies", k,
                     n_);
          return false;
        }
        pos = skip_space(s, pos + kSeparator.size());
      }
      size_t off = matching::match_prefix(s.substr(pos), norm_);
      if (off == std::string_view::npos) {
        if (why) why->set("copy {} of {} is not the prompt", k + 1, n_);
        return false;
      }
      pos += off;
    }
    if (pos != s.size()) {
      if (why) {
        size_t next = skip_space(s, pos);
        if (s.substr(next, kSeparator.size()) == kSeparator)
          why->set("more than {} copies", n_);
        else
          why->set("text follows copy {}", n_);
      }
      return false;
    }
    if (why) why->set("{} copies of the prompt", n_);
    return true;
  }

 private:
  std::u32string norm_;
  int64_t n_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  int64_t n = kwargs.integer("N");
  if (ctx.semantics == Semantics::kReference)
    return make<MultipleReference>(reference_target(prompt), n);
  std::u32string norm = matching::normalize(prompt);
  if (norm.empty()) return blank_prompt_error(ctx.id, "prompt_to_repeat");
  return make<MultiplePrecise>(std::move(norm), n);
}

}  // namespace

VerifierInfo copying_multiple() {
  VerifierInfo info;
  info.id = "copy:copying_multiple";
  info.suite = "IFEvalG";
  info.summary =
      "Repeat the request without change N times, separated by 6 asterisks (`******`), and do "
      "not answer it.";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the request to repeat"),
                 int_kwarg("N",
                           "how many copies; at least 1 (upstream draws 2 or 3 at random when N "
                           "is 0, so precis refuses 0)",
                           1)};
  info.precise_differences = comparison_differences();
  info.precise_differences.insert(
      info.precise_differences.end(),
      {"The copies are matched in order, so a prompt that itself contains `******` can be "
       "repeated (reference splits inside the prompt and fails every response).",
       "A prompt_to_repeat with nothing visible in it is an error (reference accepts any "
       "response made of N-1 separators and whitespace).",
       blank_response_difference()});
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::copy
