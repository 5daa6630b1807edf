// ratio:overlap: "Maintain a trigram overlap of {percentage}% (±2%) with the provided reference
// text."
//
// reference: IFBench: set(nltk.ngrams(text, 3)) over a str is the set of CHARACTER trigrams
//            (code points). overlap = |response trigrams ∩ reference trigrams| / |response
//            trigrams|; overlap x 100 (Python floats) must lie in [percentage - 2, percentage +
//            2]. A response without a trigram fails.
// precise:   WORD trigrams, as IFBench PR #34 says was intended: precis words (Text::words()) with
//            full case folding; the same set ratio, compared exactly with the ±2 tolerance. A
//            response with fewer than 3 words fails; a reference text with fewer than 3 words is
//            an error.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/ratio/family.h"

namespace precis::verifiers::ratio {
namespace {

// Sorted, distinct character trigrams of `s`, three 21-bit code points packed in 64 bits, into
// `out` (cleared first; a reused buffer keeps its capacity).
void char_trigrams(std::string_view s, std::vector<uint64_t>& out) {
  out.clear();
  const char* p = s.data();
  const char* end = p + s.size();
  uint64_t a = 0, b = 0;
  size_t n = 0;
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    uint64_t c = static_cast<uint64_t>(d.cp) & 0x1FFFFF;
    if (n >= 2) out.push_back((a << 42) | (b << 21) | c);
    a = b;
    b = c;
    ++n;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
}

std::vector<uint64_t> char_trigrams(std::string_view s) {
  std::vector<uint64_t> out;
  char_trigrams(s, out);
  return out;
}

size_t intersection(const std::vector<uint64_t>& x, const std::vector<uint64_t>& y) {
  size_t n = 0;
  auto i = x.begin();
  auto j = y.begin();
  while (i != x.end() && j != y.end()) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

using WordTrigram = std::array<uint32_t, 3>;

// Word ids: the reference text's vocabulary, then (per check) new words of the response.
struct Vocabulary {
  std::unordered_map<std::string, uint32_t> ids;
};

// Sorted, distinct word trigrams of `text`. A word of the reference vocabulary takes its id;
// any other word gets a fresh id from `local` (per check), so it matches no reference trigram.
std::vector<WordTrigram> word_trigrams(const Text& text,
                                       std::unordered_map<std::string, uint32_t>& local,
                                       const Vocabulary& vocab) {
  std::vector<uint32_t> ids;
  std::string norm;
  std::string_view raw = text.raw();
  for (const Span& w : text.words()) {
    norm.clear();
    text::normalize_word(raw.substr(w.begin, w.size()), norm);
    auto it = vocab.ids.find(norm);
    if (it != vocab.ids.end()) {
      ids.push_back(it->second);
    } else {
      auto [jt, inserted] =
          local.emplace(norm, static_cast<uint32_t>(vocab.ids.size() + local.size()));
      ids.push_back(jt->second);
    }
  }
  std::vector<WordTrigram> out;
  for (size_t i = 2; i < ids.size(); ++i)
    out.push_back({ids[i - 2], ids[i - 1], ids[i]});
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

class OverlapReference final : public Constraint {
 public:
  OverlapReference(std::vector<uint64_t> ref, int64_t percentage)
      : ref_(std::move(ref)), percentage_(percentage) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      thread_local std::vector<uint64_t> mine;
      char_trigrams(text.raw(), mine);
      if (mine.empty()) {
        if (why) why->set("the response has no character trigram");
        return false;
      }
      size_t common = intersection(mine, ref_);
      double overlap = static_cast<double>(common) / static_cast<double>(mine.size());
      double pct = overlap * 100.0;
      bool pass = static_cast<double>(percentage_ - 2) <= pct &&
                  pct <= static_cast<double>(percentage_ + 2);
      if (why)
        why->set(
            "{} of {} character trigrams are in the reference text ({:.2f}%); expected "
            "{}% +- 2",
            common, mine.size(), pct, percentage_);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while collecting trigrams");
      return false;
    }
  }

 private:
  std::vector<uint64_t> ref_;
  int64_t percentage_;
};

class OverlapPrecise final : public Constraint {
 public:
  OverlapPrecise(Vocabulary vocab, std::vector<WordTrigram> ref, int64_t percentage)
      : vocab_(std::move(vocab)), ref_(std::move(ref)), percentage_(percentage) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::unordered_map<std::string, uint32_t> local;
      std::vector<WordTrigram> mine = word_trigrams(text, local, vocab_);
      if (mine.empty()) {
        if (why) why->set("the response has fewer than 3 words, so no word trigram");
        return false;
      }
      size_t common = 0;
      for (const WordTrigram& t : mine)
        common += std::binary_search(ref_.begin(), ref_.end(), t);
      // percentage - 2 <= 100 x common / n <= percentage + 2, in integers.
      int64_t n = static_cast<int64_t>(mine.size());
      int64_t scaled = 100 * static_cast<int64_t>(common);
      bool pass = (percentage_ - 2) * n <= scaled && scaled <= (percentage_ + 2) * n;
      if (why)
        why->set("{} of {} word trigrams are in the reference text ({:.2f}%); expected {}% +- 2",
                 common, mine.size(), 100.0 * static_cast<double>(common) / static_cast<double>(n),
                 percentage_);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while collecting trigrams");
      return false;
    }
  }

 private:
  Vocabulary vocab_;
  std::vector<WordTrigram> ref_;
  int64_t percentage_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& reference = kwargs.string("reference_text");
  int64_t percentage = kwargs.integer("percentage");
  if (ctx.semantics == Semantics::kReference)
    return make<OverlapReference>(char_trigrams(reference), percentage);
  Text ref(reference);
  Vocabulary vocab;
  std::unordered_map<std::string, uint32_t> none;
  // Intern the reference's words first, so that they own the vocabulary's ids.
  std::string norm;
  for (const Span& w : ref.words()) {
    norm.clear();
    text::normalize_word(ref.raw().substr(w.begin, w.size()), norm);
    vocab.ids.emplace(norm, static_cast<uint32_t>(vocab.ids.size()));
  }
  std::vector<WordTrigram> trigrams = word_trigrams(ref, none, vocab);
  if (trigrams.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"reference_text\": must hold at least 3 words (precise semantics "
        "compares word trigrams)",
        ctx.id));
  return make<OverlapPrecise>(std::move(vocab), std::move(trigrams), percentage);
}

}  // namespace

VerifierInfo overlap() {
  VerifierInfo info;
  info.id = "ratio:overlap";
  info.suite = "IFBench";
  info.summary =
      "Maintain a trigram overlap of the given percentage (±2%) with the provided reference "
      "text.";
  KwargSpec ref = string_kwarg("reference_text", "the text to overlap with", false);
  info.kwargs = {ref, int_kwarg("percentage",
                                "the share of the response's trigrams that must "
                                "occur in the reference text, in percent (±2)",
                                0)};
  info.precise_differences = {
      "Trigrams are WORD trigrams, as IFBench PR #34 says was intended (reference compares "
      "CHARACTER trigrams, because nltk.ngrams runs over a string): `the cat sat` shares no "
      "trigram with `the cat ran`.",
      "Words are precis words compared with full case folding, so case and punctuation do not "
      "change a trigram (reference's character trigrams are case- and punctuation-sensitive).",
      "The share is compared exactly, in integers (reference uses Python floats).",
      "A reference text with fewer than 3 words is an error; a response with fewer than 3 words "
      "fails (reference fails only a response shorter than 3 characters)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::ratio
