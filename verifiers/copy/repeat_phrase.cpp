// copy:repeat_phrase: repeat a phrase N times, each time replacing one word in its centre.
//
// reference: with first and last the first and last whitespace tokens of phrase.strip(),
//            re.findall(rf"{first} .*? {last}", response) (case-sensitive, the words read as a
//            regular expression, `.` not crossing a line break) must find exactly small_n
//            matches, and every match must have as many whitespace tokens as the phrase and
//            differ from it in exactly one token (open-instruct after #1044).
// precise:   the phrase is literal text split into words (Text::words()); a repetition is a run
//            of as many consecutive words of the response that starts with the phrase's first
//            word and ends with its last one (full case folding). Exactly small_n repetitions,
//            each with exactly one of the inner words replaced; an unchanged repetition, or one
//            with more than one word replaced, fails.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/copy/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::copy {
namespace {

constexpr size_t kNone = std::string_view::npos;

// ---------------------------------------------------------------------------------------------
// reference

// A word of the phrase as the atoms of a Python regular expression: code points, or kAny for
// `.` (any code point but '\n').
constexpr char32_t kAny = 0xFFFFFFFF;
using Atoms = std::vector<char32_t>;

bool is_ascii_alnum(char32_t c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Parses `word` as Python `re` syntax. Literal text, `.` and a backslash before punctuation or a
// non-ASCII character are reproduced; other syntax is refused. `first`: the word is followed by
// the pattern's literal space, which a trailing backslash escapes to the same literal space.
Result<Atoms> parse_atoms(std::string_view word, bool first) {
  Atoms atoms;
  const char* p = word.data();
  const char* end = p + word.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    p += d.len;
    if (d.cp == '\\') {
      if (p == end) {
        if (first) break;  // `\ ` is the literal space that follows anyway
        return invalid_argument("ends with a backslash, which Python's re rejects");
      }
      text::Decoded e = text::decode(p, end);
      p += e.len;
      if (is_ascii_alnum(e.cp))
        return invalid_argument(
            fmt::format("holds the regex escape \\{}, which precis does not reproduce",
                        static_cast<char>(e.cp)));
      atoms.push_back(e.cp);
    } else if (d.cp == '.') {
      atoms.push_back(kAny);
    } else if (d.cp < 0x80 && std::strchr("^$*+?{}[]()|", static_cast<int>(d.cp)) != nullptr) {
      return invalid_argument(
          fmt::format("holds the regex metacharacter '{}', which precis does not reproduce",
                      static_cast<char>(d.cp)));
    } else {
      atoms.push_back(d.cp);
    }
  }
  return atoms;
}

// Whether `atoms` match `s` at byte `pos`; sets `end` past the match.
bool match_atoms(const Atoms& atoms, std::string_view s, size_t pos, size_t& end) noexcept {
  const char* p = s.data() + pos;
  const char* stop = s.data() + s.size();
  for (char32_t a : atoms) {
    if (p >= stop) return false;
    text::Decoded d = text::decode(p, stop);
    if (a == kAny ? d.cp == '\n' : d.cp != a) return false;
    p += d.len;
  }
  end = static_cast<size_t>(p - s.data());
  return true;
}

// The next Python whitespace token of [p, end), or an empty view at the end.
std::string_view next_token(const char*& p, const char* end) noexcept {
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (!text::is_py_space(d.cp)) break;
    p += d.len;
  }
  const char* b = p;
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    if (text::is_py_space(d.cp)) break;
    p += d.len;
  }
  return {b, static_cast<size_t>(p - b)};
}

class RepeatPhraseReference final : public Constraint {
 public:
  RepeatPhraseReference(std::vector<std::string> tokens, Atoms first, Atoms last, int64_t n)
      : tokens_(std::move(tokens)), first_(std::move(first)), last_(std::move(last)), n_(n) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view s = text.raw();
    // Monotone caches: the scan positions only move forward, so each byte is looked at a
    // bounded number of times (linear time for a given phrase).
    size_t hit = kNone, hit_end = 0, scanned = 0;  // " last" at hit..hit_end; none before scanned
    size_t newline = kNone, newline_from = 0;      // first '\n' at or after newline_from
    int64_t count = 0;
    size_t bad_tokens = 0, bad_diffs = 0;
    bool bad = false;
    size_t pos = 0;
    while (pos < s.size()) {
      size_t f_end = 0;
      if (match_atoms(first_, s, pos, f_end) && f_end < s.size() && s[f_end] == ' ') {
        const size_t from = f_end + 1;
        // The leftmost " last" at or after `from`: where the lazy `.*?` stops.
        if (hit == kNone || hit < from) {
          size_t q = std::max(scanned, from);
          hit = kNone;
          while (q < s.size()) {
            const void* sp = std::memchr(s.data() + q, ' ', s.size() - q);
            if (!sp) {
              q = s.size();
              break;
            }
            q = static_cast<size_t>(static_cast<const char*>(sp) - s.data());
            if (match_atoms(last_, s, q + 1, hit_end)) {
              hit = q;
              break;
            }
            ++q;
          }
          scanned = hit == kNone ? s.size() : hit + 1;
        }
        if (hit != kNone && hit >= from) {
          if (newline == kNone || newline < from) {
            if (newline_from < from) newline_from = from;
            const void* np = std::memchr(s.data() + newline_from, '\n', s.size() - newline_from);
            newline = np ? static_cast<size_t>(static_cast<const char*>(np) - s.data()) : s.size();
            newline_from = newline;
          }
          if (newline >= hit) {  // `.*?` does not cross a line break
            ++count;
            size_t ntok = 0, diffs = 0;
            const char* p = s.data() + pos;
            const char* end = s.data() + hit_end;
            for (std::string_view tok = next_token(p, end); !tok.empty();
                 tok = next_token(p, end)) {
              if (ntok < tokens_.size() && tok != tokens_[ntok]) ++diffs;
              ++ntok;
            }
            if (!bad && (ntok != tokens_.size() || diffs != 1)) {
              bad = true;
              bad_tokens = ntok;
              bad_diffs = diffs;
            }
            pos = hit_end;
            continue;
          }
        }
      }
      pos += text::decode(s.data() + pos, s.data() + s.size()).len;
    }
    const bool pass = count == n_ && !bad;
    if (why) {
      if (count != n_)
        why->set("found {} repetitions from \"{}\" to \"{}\"; expected {}", count, tokens_.front(),
                 tokens_.back(), n_);
      else if (bad && bad_tokens != tokens_.size())
        why->set("a repetition has {} tokens; the phrase has {}", bad_tokens, tokens_.size());
      else if (bad)
        why->set("a repetition differs from the phrase in {} tokens; expected exactly 1",
                 bad_diffs);
      else
        why->set("{} repetitions, each with one token changed", count);
    }
    return pass;
  }

 private:
  std::vector<std::string> tokens_;  // phrase.strip().split()
  Atoms first_, last_;
  int64_t n_;
};

// ---------------------------------------------------------------------------------------------
// precise

class RepeatPhrasePrecise final : public Constraint {
 public:
  RepeatPhrasePrecise(std::vector<std::u32string> words, int64_t n)
      : words_(std::move(words)), n_(n) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    const std::vector<Span>* spans = nullptr;
    try {
      spans = &text.words();
    } catch (...) {
      if (why) why->set("out of memory while splitting words");
      return false;
    }
    std::string_view raw = text.raw();
    auto word = [&](size_t i) { return raw.substr((*spans)[i].begin, (*spans)[i].size()); };
    const size_t m = words_.size();
    int64_t count = 0;
    size_t i = 0;
    while (i + m <= spans->size()) {
      if (!matching::word_equals(word(i), words_.front()) ||
          !matching::word_equals(word(i + m - 1), words_.back())) {
        ++i;
        continue;
      }
      size_t changed = 0;
      for (size_t j = 1; j + 1 < m; ++j)
        changed += matching::word_equals(word(i + j), words_[j]) ? 0 : 1;
      if (changed != 1) {
        if (why) {
          if (changed == 0)
            why->set("repetition {} leaves the phrase unchanged", count + 1);
          else
            why->set("repetition {} replaces {} words; expected exactly 1", count + 1, changed);
        }
        return false;
      }
      ++count;
      i += m;
    }
    const bool pass = count == n_;
    if (why) {
      if (pass)
        why->set("{} repetitions, each with one word replaced", count);
      else
        why->set("found {} repetitions with one word replaced; expected {}", count, n_);
    }
    return pass;
  }

 private:
  std::vector<std::u32string> words_;  // the phrase's words, normalized
  int64_t n_;
};

// The normalized form of a word, as matching::word_equals() compares it.
std::u32string normalize_word(std::string_view w) {
  std::u32string out;
  const char* p = w.data();
  const char* end = p + w.size();
  while (p < end) {
    text::Decoded d = text::decode(p, end);
    p += d.len;
    if (text::is_zero_width(d.cp)) continue;
    matching::Folded f = matching::full_fold(d.cp == 0x2019 ? U'\'' : d.cp);
    for (int k = 0; k < f.n; ++k)
      out.push_back(f.cp[k]);
  }
  return out;
}

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  std::string_view phrase = text::py_strip(kwargs.string("phrase"));
  const int64_t n = kwargs.integer("small_n");
  auto error = [&](std::string_view msg) {
    return invalid_argument(fmt::format("id \"{}\": kwarg \"phrase\": {}", ctx.id, msg));
  };
  if (ctx.semantics == Semantics::kReference) {
    std::vector<std::string_view> split;
    text::py_split(phrase, split);
    if (split.empty())
      return error(
          "expected a phrase with at least one word; upstream fails with an "
          "IndexError on every response");
    auto first = parse_atoms(split.front(), true);
    if (!first.ok())
      return error(
          fmt::format("upstream reads its first word \"{}\" as a regular expression, "
                      "and it {}",
                      split.front(), first.status().message()));
    auto last = parse_atoms(split.back(), false);
    if (!last.ok())
      return error(
          fmt::format("upstream reads its last word \"{}\" as a regular expression, "
                      "and it {}",
                      split.back(), last.status().message()));
    return make<RepeatPhraseReference>(std::vector<std::string>(split.begin(), split.end()),
                                       std::move(*first), std::move(*last), n);
  }
  std::vector<Span> spans;
  text::precise_words(phrase, spans);
  if (spans.size() < 3)
    return error(
        fmt::format("expected a phrase of at least 3 words, so that one word in its "
                    "centre can be replaced; got {}",
                    spans.size()));
  std::vector<std::u32string> words;
  for (const Span& w : spans)
    words.push_back(normalize_word(phrase.substr(w.begin, w.size())));
  return make<RepeatPhrasePrecise>(std::move(words), n);
}

}  // namespace

VerifierInfo repeat_phrase() {
  VerifierInfo info;
  info.id = "copy:repeat_phrase";
  info.suite = "IFEvalG";
  info.summary =
      "Repeat a phrase exactly N times, each time replacing only one word in the centre of the "
      "phrase.";
  info.kwargs = {
      string_kwarg("phrase", "the phrase to repeat"),
      int_kwarg("small_n",
                "how many repetitions; at least 1 (upstream draws 2 or 3 at random when it is "
                "0, so precis refuses 0)",
                1)};
  info.precise_differences = {
      "The phrase is literal text; reference reads its first and last words as a regular "
      "expression (precis refuses a phrase whose first or last word uses regex syntax other "
      "than `.` and backslash escapes of punctuation).",
      "Repetitions are whole words: reference finds the first word at the end of a longer word "
      "(`SPA` for `A`) and the last word at the start of one (`wormhole` for `worm`).",
      "Words are compared with full case folding (reference: case-sensitive, so a repetition "
      "that starts with `the` instead of `The` is not found).",
      "Punctuation and whitespace between words are ignored: a repetition may span a line break, "
      "and `bird,` is the word `bird` (reference: `.*?` stops at a line break, and tokens are "
      "compared with their punctuation).",
      "A repetition is exactly as many consecutive words as the phrase, starting with its first "
      "and ending with its last word; reference's lazy match runs from the first word to the next "
      "occurrence of the last word, so a variant that changes the last word swallows the next "
      "repetition.",
      "A phrase of fewer than 3 words is an error, since it has no centre word to replace "
      "(reference builds it and fails every response).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::copy
