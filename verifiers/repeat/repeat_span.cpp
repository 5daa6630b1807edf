// repeat:repeat_span: copy the span of words of the request between (and including) indices
// n_start and n_end, the indices being word indices (split by whitespace).
//
// reference: IFBench, by version:
//   head:  text.strip().lower() == prompt[n_start:n_end+1].strip().lower(): an inclusive slice of
//          CHARACTERS (code points), whatever the prompt says.
//   paper: text.lower().split() == prompt.lower().split()[n_start:n_end]: a slice of whitespace
//          words that leaves out the word at n_end. Upstream draws a random index when n_start or
//          n_end is 0 (`if not n_start`), so 0 is a spec error here.
// precise:   the whitespace words n_start to n_end (0-based, both included) of prompt_to_repeat,
//            and nothing else, compared after normalising (full case folding, runs of whitespace
//            as one space, typographic quotes unified, zero-width characters ignored). The span
//            must lie inside the prompt (n_start <= n_end < number of words), else a spec error.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/repeat/family.h"

namespace precis::verifiers::repeat {
namespace {

// Python's s[begin:end] on code points, for non-negative indices.
std::string_view cp_slice(std::string_view s, int64_t begin, int64_t end) {
  const char* p = s.data();
  const char* e = p + s.size();
  const char* b = nullptr;
  int64_t i = 0;
  for (; p < e && i < end; ++i) {
    if (i == begin) b = p;
    p += text::decode(p, e).len;
  }
  if (b == nullptr) return {};
  return std::string_view(b, static_cast<size_t>(p - b));
}

enum class Mode : unsigned char { kHead, kPaper, kPrecise };

class RepeatSpan final : public Constraint {
 public:
  RepeatSpan(std::string prompt, int64_t n_start, int64_t n_end, Mode mode) : mode_(mode) {
    if (mode == Mode::kHead) {
      std::string_view span = cp_slice(prompt, n_start, n_end + 1);
      expected_ = text::py_lower(text::py_strip(span));
    } else if (mode == Mode::kPaper) {
      std::string lowered = text::py_lower(prompt);
      std::vector<std::string_view> tokens;
      text::py_split(lowered, tokens);
      for (int64_t i = n_start; i < n_end && i < static_cast<int64_t>(tokens.size()); ++i)
        expected_words_.emplace_back(tokens[static_cast<size_t>(i)]);
    } else {
      std::vector<std::string_view> tokens;
      text::py_split(prompt, tokens);
      for (int64_t i = n_start; i <= n_end; ++i) {
        if (i > n_start) expected_ += ' ';
        expected_ += tokens[static_cast<size_t>(i)];
      }
    }
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      bool ok = false;
      switch (mode_) {
        case Mode::kHead:
          ok = text::py_lower(text.stripped()) == expected_;
          break;
        case Mode::kPaper: {
          std::string lowered = text::py_lower(text.raw());
          std::vector<std::string_view> tokens;
          text::py_split(lowered, tokens);
          ok = tokens.size() == expected_words_.size();
          for (size_t i = 0; ok && i < tokens.size(); ++i)
            ok = tokens[i] == expected_words_[i];
          break;
        }
        case Mode::kPrecise:
          if (matching::blank(text)) {
            if (why) why->set("the response is blank");
            return false;
          }
          ok = matching::normalized_equal(text.raw(), expected_);
          break;
      }
      if (why) {
        if (ok)
          why->set("the response is exactly the span");
        else
          why->set("the response is not exactly the requested span");
      }
      return ok;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  std::string expected_;
  std::vector<std::string> expected_words_;
  Mode mode_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& prompt = kwargs.string("prompt_to_repeat");
  int64_t n_start = kwargs.integer("n_start");
  int64_t n_end = kwargs.integer("n_end");
  auto error = [&](std::string_view kwarg, std::string_view msg) -> Result<ConstraintPtr> {
    return invalid_argument(fmt::format("id \"{}\": kwarg \"{}\": {}", ctx.id, kwarg, msg));
  };
  if (ctx.semantics == Semantics::kPrecise) {
    std::vector<std::string_view> tokens;
    text::py_split(prompt, tokens);
    if (n_start > n_end)
      return error("n_start", fmt::format("must not exceed n_end ({}), got {}", n_end, n_start));
    if (n_end >= static_cast<int64_t>(tokens.size()))
      return error("n_end",
                   fmt::format("must be a word index of prompt_to_repeat (0 to {}), got {}",
                               static_cast<int64_t>(tokens.size()) - 1, n_end));
    return make<RepeatSpan>(prompt, n_start, n_end, Mode::kPrecise);
  }
  if (ctx.ifbench_version == IfbenchVersion::kPaper) {
    if (n_start == 0)
      return error("n_start",
                   "expected a positive index (the paper-era checker draws a random one for 0)");
    if (n_end == 0)
      return error("n_end",
                   "expected a positive index (the paper-era checker draws a random one for 0)");
    return make<RepeatSpan>(prompt, n_start, n_end, Mode::kPaper);
  }
  return make<RepeatSpan>(prompt, n_start, n_end, Mode::kHead);
}

}  // namespace

VerifierInfo repeat_span() {
  VerifierInfo info;
  info.id = "repeat:repeat_span";
  info.suite = "IFBench";
  info.summary =
      "Copy the span of words of the request between (and including) word indices n_start and "
      "n_end, split by whitespace.";
  info.kwargs = {string_kwarg("prompt_to_repeat", "the request to copy the span from"),
                 int_kwarg("n_start", "index of the span's first word (0-based)", 0),
                 int_kwarg("n_end", "index of the span's last word (0-based, included)", 0)};
  info.precise_differences = {
      "Indices are whitespace word indices with both ends included, as the instruction says "
      "(reference slices characters at head, and leaves out the word at n_end in the paper "
      "version).",
      "n_start = 0 and n_end = 0 are valid indices (the paper-era reference draws a random index "
      "for 0, which precis reports as a spec error).",
      "A span that does not lie inside the request (n_start > n_end, or n_end past its last "
      "word) is a spec error (reference expects an empty or shortened span).",
      "The copy is compared with runs of whitespace as one space, full case folding, typographic "
      "quotes equal to ASCII ones and zero-width characters ignored (reference compares "
      "lowercased text exactly at head, whitespace tokens in the paper version)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::repeat
