// length_constraints:nth_paragraph_first_word: N paragraphs separated by blank lines, and the
// nth one starts with a given word.
//
// reference: IFEval splits with `re.split(r"\n\n", response)`; the count is the number of
//            non-blank pieces, but the nth piece is taken from the raw list (blank pieces
//            included); its first whitespace-separated token, with leading `'` then `"` removed,
//            lowercased up to the first of `. , ? ! ' "`, must equal first_word.lower().
// precise:   paragraphs are the non-blank blocks between blank lines (a line of only whitespace,
//            CR included, is blank); the nth paragraph's first word (precis's words, so leading
//            markdown, quotes and trailing punctuation are ignored) must equal first_word,
//            compared case-insensitively; the paragraph count must equal num_paragraphs.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/length_constraints/family.h"

namespace precis::verifiers::length_constraints {
namespace {

bool is_blank_char(char32_t cp) {
  return text::is_py_space(cp) || text::is_zero_width(cp);
}

bool visibly_blank(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_blank_char(d.cp)) return false;
    p += d.len;
  }
  return true;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

char ascii_lower(char c) {
  return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
}

// A per-thread buffer, so that checking allocates nothing once it has grown.
std::string& scratch() {
  thread_local std::string buf;
  buf.clear();
  return buf;
}

class NthParagraphFirstWord final : public Constraint {
 public:
  NthParagraphFirstWord(int64_t num, int64_t nth, std::string expected, Semantics s)
      : num_(num), nth_(nth), expected_(std::move(expected)), precise_(s == Semantics::kPrecise) {}

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
    std::string_view s = text.raw();
    // re.split(r"\n\n", s): count the non-blank pieces and keep the raw nth piece.
    int64_t index = 0;
    int64_t n = 0;
    std::string_view nth;
    size_t start = 0;
    while (true) {
      size_t sep = s.find("\n\n", start);
      std::string_view piece =
          s.substr(start, sep == std::string_view::npos ? s.npos : sep - start);
      ++index;
      if (index == nth_) nth = piece;
      if (!text::py_strip(piece).empty()) ++n;
      if (sep == std::string_view::npos) break;
      start = sep + 2;
    }
    if (nth_ > n) {
      if (why) why->set("{} paragraphs, fewer than nth_paragraph {}", n, nth_);
      return false;
    }
    std::string_view p = text::py_strip(nth);
    if (p.empty()) {
      if (why) why->set("piece {} of the split on \"\\n\\n\" is empty", nth_);
      return false;
    }
    // The first whitespace-separated token.
    const char* q = p.data();
    const char* end = q + p.size();
    while (q < end) {
      auto d = text::decode(q, end);
      if (text::is_py_space(d.cp)) break;
      q += d.len;
    }
    std::string_view word(p.data(), static_cast<size_t>(q - p.data()));
    while (!word.empty() && word.front() == '\'')
      word.remove_prefix(1);
    while (!word.empty() && word.front() == '"')
      word.remove_prefix(1);
    // Lowercase each character (str.lower() of one character) up to the first punctuation.
    std::string& first = scratch();
    q = word.data();
    end = q + word.size();
    while (q < end) {
      auto d = text::decode(q, end);
      if (d.cp == '.' || d.cp == ',' || d.cp == '?' || d.cp == '!' || d.cp == '\'' || d.cp == '"')
        break;
      text::py_lower(std::string_view(q, d.len), first);
      q += d.len;
    }
    bool pass = n == num_ && first == expected_;
    if (why) {
      if (n != num_)
        why->set("{} paragraphs; expected {}", n, num_);
      else
        why->set("paragraph {} starts with \"{}\"; expected \"{}\"", nth_, first, expected_);
    }
    return pass;
  }

  bool check_precise(const Text& text, Reason* why) const {
    if (text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    // Paragraphs: maximal runs of non-blank lines.
    int64_t n = 0;
    size_t nth_begin = 0, nth_end = 0;
    bool in_paragraph = false;
    size_t line_start = 0;
    while (line_start <= s.size()) {
      size_t nl = s.find('\n', line_start);
      if (nl == std::string_view::npos) nl = s.size();
      bool blank = visibly_blank(s.substr(line_start, nl - line_start));
      if (!blank && !in_paragraph) {
        ++n;
        in_paragraph = true;
        if (n == nth_) nth_begin = line_start;
      } else if (blank && in_paragraph) {
        in_paragraph = false;
        if (n == nth_) nth_end = line_start;
      }
      line_start = nl + 1;
    }
    if (in_paragraph && n == nth_) nth_end = s.size();
    if (n != num_) {
      if (why) why->set("{} paragraphs; expected {}", n, num_);
      return false;
    }
    // The first word at or after the paragraph's start (words never cross a line break).
    const auto& words = text.words();
    auto it = std::lower_bound(words.begin(), words.end(), nth_begin,
                               [](const Span& w, size_t pos) { return w.begin < pos; });
    if (it == words.end() || it->begin >= nth_end) {
      if (why) why->set("paragraph {} has no word", nth_);
      return false;
    }
    std::string_view word = s.substr(it->begin, it->size());
    bool pass = same_word(word);
    if (why)
      why->set("paragraph {} starts with \"{}\"; expected \"{}\"", nth_,
               word.substr(0, std::min<size_t>(word.size(), 60)), expected_);
    return pass;
  }

  // `word` equals expected_ (already normalized) after normalize_word().
  bool same_word(std::string_view word) const {
    if (is_ascii(word)) {
      if (word.size() != expected_.size()) return false;
      for (size_t i = 0; i < word.size(); ++i)
        if (ascii_lower(word[i]) != expected_[i]) return false;
      return true;
    }
    std::string& folded = scratch();
    text::normalize_word(word, folded);
    return folded == expected_;
  }

  int64_t num_;
  int64_t nth_;
  std::string expected_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  int64_t num = kw.integer("num_paragraphs");
  int64_t nth = kw.integer("nth_paragraph");
  const std::string& first_word = kw.string("first_word");
  if (nth > num)
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"nth_paragraph\": expected an integer from 1 to "
                    "num_paragraphs ({}), got {}",
                    ctx.id, num, nth));
  if (ctx.semantics == Semantics::kReference)
    return make<NthParagraphFirstWord>(num, nth, text::py_lower(first_word), ctx.semantics);
  std::vector<Span> words;
  text::precise_words(first_word, words);
  if (words.size() != 1)
    return invalid_argument(
        fmt::format("id \"{}\": kwarg \"first_word\": expected one word, got \"{}\" ({} words)",
                    ctx.id, first_word, words.size()));
  std::string expected;
  text::normalize_word(std::string_view(first_word).substr(words[0].begin, words[0].size()),
                       expected);
  return make<NthParagraphFirstWord>(num, nth, std::move(expected), ctx.semantics);
}

}  // namespace

VerifierInfo nth_paragraph_first_word() {
  VerifierInfo info;
  info.id = "length_constraints:nth_paragraph_first_word";
  info.suite = "IFEval";
  info.summary =
      "The response must have exactly `num_paragraphs` paragraphs separated by blank lines, and "
      "paragraph `nth_paragraph` must start with the word `first_word`.";
  info.kwargs = {int_kwarg("num_paragraphs", "the exact number of paragraphs", 1),
                 int_kwarg("nth_paragraph", "which paragraph (1-based, at most num_paragraphs)", 1),
                 string_kwarg("first_word", "the word the paragraph must start with")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs"};
  info.precise_differences = {
      "Paragraphs are separated by blank lines: a line of only whitespace (CR included) or "
      "zero-width characters. Reference splits on the literal `\\n\\n`, so `\\r\\n\\r\\n` does not "
      "separate paragraphs and `\\n\\n\\n` leaves a newline at the start of the next piece.",
      "The nth paragraph is the nth non-blank one. Reference counts non-blank pieces but picks "
      "the nth piece of the raw split, blank pieces included, so `A\\n\\n\\n\\nB` fails for the "
      "second paragraph.",
      "The first word is the paragraph's first word in precis's sense: leading markdown and "
      "quote characters (`**`, `#`, `>`, `\"`, `“`, `-` ...) and trailing punctuation (`:` `,` `.` "
      "`”` ...) are ignored, so `**Weekend**`, `“Weekend`, `## Weekend:` match `weekend` "
      "(reference: no match).",
      "An apostrophe between letters stays inside the word: `It's` does not match `it` "
      "(reference cuts the word at `'`).",
      "Comparison uses full Unicode case folding and ignores zero-width characters (reference: "
      "str.lower() character by character).",
      "first_word must be exactly one word; anything else is an invalid kwarg (reference accepts "
      "any string, and a multi-word first_word can never match).",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::length_constraints
