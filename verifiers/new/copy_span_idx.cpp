// new:copy_span_idx: copy the span of the prompt between two character indices.
//
// The prompt says "Copy the span of words that lies between (and including) index {n_start} and
// {n_end}, the indices are character indices!".
// reference: response.strip().lower() == prompt_to_repeat[n_start:n_end].strip().lower(): a
//            Python slice of code points that leaves out n_end, although the prompt says
//            "including"; out-of-range indices are clamped.
// precise:   the code points n_start..n_end, both included, compared after normalising
//            (copy/copy_text.h): full case folding, runs of whitespace as one space,
//            typographic quotes as ASCII ones, zero-width characters ignored.
// Upstream draws a random index when n_start or n_end is 0 (`if not n_start`), so both
// semantics refuse 0.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/copy/copy_text.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/new/family.h"

namespace precis::verifiers::new_ {
namespace {

// Code points [begin, end) of `s`, clamped to its length (Python's s[begin:end] for
// non-negative indices).
std::string_view code_point_slice(std::string_view s, size_t begin, size_t end) {
  if (begin >= end) return {};
  const char* p = s.data();
  const char* stop = p + s.size();
  size_t i = 0;
  while (p < stop && i < begin) {
    p += text::decode(p, stop).len;
    ++i;
  }
  const char* q = p;
  while (q < stop && i < end) {
    q += text::decode(q, stop).len;
    ++i;
  }
  return {p, static_cast<size_t>(q - p)};
}

class SpanReference final : public Constraint {
 public:
  explicit SpanReference(std::string target) : target_(std::move(target)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    bool pass = false;
    try {
      pass = copy::lower_stripped(text) == target_;
    } catch (...) {
      if (why) why->set("out of memory while lowercasing");
      return false;
    }
    if (why) why->set("{}", pass ? "the response is the span" : "the response is not the span");
    return pass;
  }

 private:
  std::string target_;  // prompt[n_start:n_end].strip().lower()
};

class SpanPrecise final : public Constraint {
 public:
  explicit SpanPrecise(std::u32string norm) : norm_(std::move(norm)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    bool pass = copy::copy_equals(text.raw(), norm_);
    if (why) why->set("{}", pass ? "the response is the span" : "the response is not the span");
    return pass;
  }

 private:
  std::u32string norm_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  const auto start = static_cast<size_t>(kwargs.integer("n_start"));
  const auto end = static_cast<size_t>(kwargs.integer("n_end"));
  if (ctx.semantics == Semantics::kReference)
    return make<SpanReference>(copy::reference_target(code_point_slice(prompt, start, end)));
  const size_t length = text::count_code_points(prompt);
  if (end < start)
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"n_end\": expected an index >= n_start ({}), got {}", ctx.id,
                    start, end));
  if (end >= length)
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"n_end\": expected a character index of prompt_to_repeat (< {}, its "
        "length in code points), got {}",
        ctx.id, length, end));
  std::u32string norm = matching::normalize(code_point_slice(prompt, start, end + 1));
  if (norm.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwargs \"n_start\" and \"n_end\": the span {}..{} of prompt_to_repeat holds "
        "only whitespace; precise semantics needs a visible span to copy",
        ctx.id, start, end));
  return make<SpanPrecise>(std::move(norm));
}

}  // namespace

VerifierInfo copy_span_idx() {
  VerifierInfo info;
  info.id = "new:copy_span_idx";
  info.suite = "IFEvalG";
  info.summary =
      "Copy the span of the prompt that lies between (and including) two character indices.";
  info.kwargs = {
      string_kwarg("prompt_to_repeat", "the text to copy the span from"),
      int_kwarg("n_start",
                "the index of the span's first character, counted in code points from 0; at "
                "least 1 (upstream draws a random index when it is 0, so precis refuses 0)",
                1),
      int_kwarg("n_end",
                "the index of the span's last character (reference: the first character after "
                "the span); at least 1 (upstream draws a random index when it is 0, so precis "
                "refuses 0)",
                1)};
  info.precise_differences = {
      "The character at n_end is part of the span, as the prompt says (\"and including\"); "
      "reference slices prompt[n_start:n_end], which leaves it out.",
      "n_end before n_start, or past the last character of prompt_to_repeat, is an error, and so "
      "is a span holding only whitespace (reference compares with an empty or shortened span).",
  };
  for (auto& d : copy::comparison_differences())
    info.precise_differences.push_back(std::move(d));
  info.precise_differences.push_back(copy::blank_response_difference());
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::new_
