// ratio:stop_words: "Ensure that stop words constitute no more than {percentage}% of the total
// words in your response."
//
// reference: IFBench: the `\w+` tokens; those whose lower() is in NLTK's English stopword list,
//            divided by all tokens, times 100 (Python floats) <= percentage. No token fails.
// precise:   precis words (Text::words()), full case folding and ’ as ', against the same list;
//            100 x stop words <= percentage x words, in exact integers. No word fails.
#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "text/stopwords.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/ratio/family.h"

namespace precis::verifiers::ratio {
namespace {

// An ASCII word of at most 32 bytes, lowercased into `buf` (full case folding of ASCII is
// lowercasing); false for any other word.
bool ascii_lower(std::string_view w, char (&buf)[32]) noexcept {
  if (w.size() > sizeof buf) return false;
  for (size_t i = 0; i < w.size(); ++i) {
    char c = w[i];
    if (static_cast<unsigned char>(c) >= 0x80) return false;
    buf[i] = (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c;
  }
  return true;
}

class StopWordsConstraint final : public Constraint {
 public:
  StopWordsConstraint(int64_t percentage, const text::StopWords* list, Semantics s)
      : percentage_(percentage), list_(list), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      size_t words = 0, stop = 0;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("the response is blank");
          return false;
        }
        std::string norm;
        std::string_view raw = text.raw();
        for (const Span& w : text.words()) {
          ++words;
          std::string_view word = raw.substr(w.begin, w.size());
          char buf[32];
          if (ascii_lower(word, buf)) {
            stop += list_->contains(std::string_view(buf, word.size()));
          } else {
            norm.clear();
            text::normalize_word(word, norm);
            stop += list_->contains(norm);
          }
        }
      } else {
        count_reference(text.raw(), words, stop);
      }
      if (words == 0) {
        if (why) why->set("the response has no word");
        return false;
      }
      bool pass;
      if (precise_) {
        pass = static_cast<uint64_t>(stop) * 100 <=
               static_cast<uint64_t>(percentage_) * static_cast<uint64_t>(words);
      } else {
        double pct = static_cast<double>(stop) / static_cast<double>(words) * 100.0;
        pass = pct <= static_cast<double>(percentage_);
      }
      if (why)
        why->set("{} of {} words are stop words ({:.2f}%); expected at most {}%", stop, words,
                 100.0 * static_cast<double>(stop) / static_cast<double>(words), percentage_);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while counting words");
      return false;
    }
  }

 private:
  // `\w+` tokens of `s`, and those whose Python lower() is a stop word.
  void count_reference(std::string_view s, size_t& words, size_t& stop) const {
    const char* p = s.data();
    const char* end = p + s.size();
    const char* token = nullptr;
    bool ascii = true;
    auto finish = [&](const char* stop_at) {
      std::string_view t(token, static_cast<size_t>(stop_at - token));
      ++words;
      if (ascii) {
        char buf[32];
        if (t.size() > sizeof buf) return;  // longer than any stop word
        for (size_t i = 0; i < t.size(); ++i)
          buf[i] = (t[i] >= 'A' && t[i] <= 'Z') ? static_cast<char>(t[i] + 32) : t[i];
        stop += list_->contains(std::string_view(buf, t.size()));
      } else {
        stop += list_->contains(text::py_lower(t));
      }
    };
    while (p < end) {
      auto d = text::decode(p, end);
      if (text::is_py_word(d.cp)) {
        if (!token) {
          token = p;
          ascii = true;
        }
        if (d.cp >= 0x80) ascii = false;
      } else if (token) {
        finish(p);
        token = nullptr;
      }
      p += d.len;
    }
    if (token) finish(end);
  }

  int64_t percentage_;
  const text::StopWords* list_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  Result<const text::StopWords*> list = text::english_stopwords();
  if (!list.ok())
    return Status(list.status().code(),
                  fmt::format("id \"{}\": {}", ctx.id, list.status().message()));
  return make<StopWordsConstraint>(kwargs.integer("percentage"), *list, ctx.semantics);
}

}  // namespace

VerifierInfo stop_words() {
  VerifierInfo info;
  info.id = "ratio:stop_words";
  info.suite = "IFBench";
  info.summary =
      "Stop words (NLTK's English list) may make up at most the given percentage of the words.";
  info.kwargs = {int_kwarg("percentage", "the largest share of stop words allowed, in percent", 0)};
  info.precise_differences = {
      "Words are precis words: a contraction is one word, so `don't` is one stop word (reference "
      "counts the `\\w+` tokens `don` and `t`, two stop words); `’` works like `'`; an "
      "underscore separates words.",
      "The share is compared exactly: 7 stop words of 25 words is 28% and passes with "
      "percentage 28 (reference computes 7 / 25 x 100 = 28.000000000000004 in floating point "
      "and fails).",
      "Words are compared with full case folding (reference uses Python's lower())."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::ratio
