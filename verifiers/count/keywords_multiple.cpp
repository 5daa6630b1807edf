// count:keywords_multiple: keyword1 once, keyword2 twice, keyword3 three times, keyword4 five
// times and keyword5 seven times.
//
// reference: IFBench (both versions): each keyword is str.strip()ped, and
//            text.lower().count(keyword.lower()) must equal 1, 2, 3, 5 and 7: non-overlapping
//            SUBSTRING occurrences (`war` counts in `software`). An empty keyword counts
//            len(text) + 1 (Python's "".count rule).
// precise:   whole-word (or whole-phrase) occurrences, compared with full case folding and
//            zero-width characters ignored (keywords/matching.h), non-overlapping; exact counts.
//            Keywords are literal words; a blank keyword is a spec error. A blank response fails.
#include <array>
#include <string>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

constexpr std::array<int64_t, 5> kCounts = {1, 2, 3, 5, 7};
constexpr std::array<const char*, 5> kNames = {"keyword1", "keyword2", "keyword3", "keyword4",
                                               "keyword5"};

// Python's haystack.count(needle) for a non-empty needle: non-overlapping, left to right.
size_t count_substring(std::string_view haystack, std::string_view needle) noexcept {
  size_t n = 0;
  for (size_t pos = haystack.find(needle); pos != std::string_view::npos;
       pos = haystack.find(needle, pos + needle.size()))
    ++n;
  return n;
}

class KeywordsMultipleReference final : public Constraint {
 public:
  KeywordsMultipleReference(std::array<std::string, 5> shown, std::array<std::string, 5> lowered)
      : shown_(std::move(shown)), lowered_(std::move(lowered)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const std::string& lower = text.lower();
      for (size_t i = 0; i < 5; ++i) {
        const size_t n = lowered_[i].empty() ? text::count_code_points(lower) + 1
                                             : count_substring(lower, lowered_[i]);
        if (static_cast<int64_t>(n) != kCounts[i]) {
          if (why) why->set("\"{}\" occurs {} times; expected {}", shown_[i], n, kCounts[i]);
          return false;
        }
      }
      if (why) why->set("every keyword occurs the required number of times");
      return true;
    } catch (...) {
      if (why) why->set("out of memory while lowercasing");
      return false;
    }
  }

 private:
  std::array<std::string, 5> shown_, lowered_;
};

class KeywordsMultiplePrecise final : public Constraint {
 public:
  KeywordsMultiplePrecise(std::array<std::string, 5> shown, std::array<matching::Phrase, 5> phrases)
      : shown_(std::move(shown)), phrases_(std::move(phrases)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    for (size_t i = 0; i < 5; ++i) {
      const size_t n = matching::count_phrase(text, phrases_[i], false);
      if (static_cast<int64_t>(n) != kCounts[i]) {
        if (why) why->set("\"{}\" occurs {} times; expected {}", shown_[i], n, kCounts[i]);
        return false;
      }
    }
    if (why) why->set("every keyword occurs the required number of times");
    return true;
  }

 private:
  std::array<std::string, 5> shown_;
  std::array<matching::Phrase, 5> phrases_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  std::array<std::string, 5> shown;
  for (size_t i = 0; i < 5; ++i)
    shown[i] = std::string(text::py_strip(kwargs.string(kNames[i])));
  if (ctx.semantics == Semantics::kReference) {
    std::array<std::string, 5> lowered;
    for (size_t i = 0; i < 5; ++i)
      lowered[i] = text::py_lower(shown[i]);
    return make<KeywordsMultipleReference>(std::move(shown), std::move(lowered));
  }
  std::array<matching::Phrase, 5> phrases;
  for (size_t i = 0; i < 5; ++i) {
    auto phrase = matching::parse_phrase(shown[i]);
    if (!phrase.ok())
      return invalid_argument(
          fmt::format("id \"{}\": kwarg \"{}\": {}", ctx.id, kNames[i], phrase.status().message()));
    phrases[i] = std::move(*phrase);
  }
  return make<KeywordsMultiplePrecise>(std::move(shown), std::move(phrases));
}

}  // namespace

VerifierInfo keywords_multiple() {
  VerifierInfo info;
  info.id = "count:keywords_multiple";
  info.suite = "IFBench";
  info.summary =
      "Include keyword1 once, keyword2 twice, keyword3 three times, keyword4 five times and "
      "keyword5 seven times.";
  for (size_t i = 0; i < 5; ++i)
    info.kwargs.push_back(string_kwarg(kNames[i],
                                       fmt::format("the keyword that must occur exactly {} time{}",
                                                   kCounts[i], kCounts[i] == 1 ? "" : "s"),
                                       false));
  info.precise_differences = {
      "Only whole-word occurrences count: `war` is not counted in `software` or `wars` "
      "(reference counts every substring). Hyphens and apostrophes separate words, so `war` "
      "counts in `post-war`.",
      "A multi-word keyword is counted as consecutive words, whatever whitespace, line breaks or "
      "punctuation separate them.",
      "Case is compared with full Unicode case folding and zero-width characters are ignored "
      "(reference compares str.lower() forms, so `ß` never matches `ss`).",
      "A keyword must consist of words separated by whitespace; a blank keyword is a spec error "
      "(reference counts len(text) + 1 occurrences of the empty string).",
      "A response holding only whitespace and zero-width characters fails."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
