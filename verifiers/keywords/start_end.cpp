// keywords:start_end (IFEvalG): "Start and end your response with the same word (do not write
// anything after the last word, not even punctuation)."
//
// reference: nltk.word_tokenize tokens of the response; at least 2, and the first and the last
//            are equal after Python's str.lower(). Punctuation tokens count: a closing `.` is the
//            last token (fails), `! Wow !` passes, and `Can't` is split into `Ca` and `n't`.
// precise:   at least 2 words (Text::words()); the first and last are the same word (full case
//            folding; `can't` is one word); nothing but whitespace follows the last word; only
//            whitespace and markdown or quotation marks (`#`, `*`, `_`, `>`, `"`, `'`, `“`, `‘`,
//            `„`, `«`) precede the first one. A blank response fails.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/line_scan.h"

namespace precis::verifiers::keywords {
namespace {

class StartEndReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const auto& tokens = text.treebank_tokens();
      if (tokens.size() < 2) {
        if (why) why->set("{} tokens; expected at least 2", tokens.size());
        return false;
      }
      thread_local std::string first, last;
      first.clear();
      last.clear();
      text::py_lower(tokens.front(), first);
      text::py_lower(tokens.back(), last);
      if (first == last) {
        if (why) why->set("the first and last tokens are both \"{}\"", first.substr(0, 60));
        return true;
      }
      if (why)
        why->set("the first token is \"{}\", the last \"{}\"", tokens.front().substr(0, 40),
                 tokens.back().substr(0, 40));
      return false;
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }
};

// True when `s` holds only whitespace, zero-width characters and line decoration.
bool only_decoration(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_line_decoration(d.cp) && !text::is_zero_width(d.cp)) return false;
    p += d.len;
  }
  return true;
}

class StartEndPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    try {
      const auto& words = text.words();
      if (words.size() < 2) {
        if (why) why->set("{} words; expected at least 2", words.size());
        return false;
      }
      std::string_view raw = text.raw();
      const Span f = words.front();
      const Span l = words.back();
      std::string_view first = raw.substr(f.begin, f.size());
      std::string_view last = raw.substr(l.begin, l.size());
      std::string_view after = raw.substr(l.end);
      if (!matching::strip_visible(after).empty()) {
        if (why)
          why->set("\"{}\" follows the last word", matching::strip_visible(after).substr(0, 40));
        return false;
      }
      if (!only_decoration(raw.substr(0, f.begin))) {
        if (why) why->set("the response does not start with a word");
        return false;
      }
      thread_local std::u32string norm;
      matching::fold_word(first, norm);
      if (!matching::word_equals(last, norm)) {
        if (why)
          why->set("the first word is \"{}\", the last \"{}\"", first.substr(0, 40),
                   last.substr(0, 40));
        return false;
      }
      if (why) why->set("the response starts and ends with \"{}\"", first.substr(0, 60));
      return true;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<StartEndReference>();
  return make<StartEndPrecise>();
}

}  // namespace

VerifierInfo start_end() {
  VerifierInfo info;
  info.id = "keywords:start_end";
  info.suite = "IFEvalG";
  info.summary =
      "The response must start and end with the same word, with nothing after the last word.";
  info.precise_differences = {
      "Words, not nltk tokens: a contraction is one word, so `Can't stop, can't` passes "
      "(reference splits it into `Ca` ... `n't` and fails), and punctuation is never the first "
      "or last word, so `! Wow !` fails (reference passes it: its first and last tokens are both "
      "`!`).",
      "Markdown and quotation marks before the first word are allowed (`**Hello** world hello`, "
      "`# Hello ... hello`); reference takes them as the first token and fails.",
      "Nothing but whitespace may follow the last word; zero-width characters there are ignored "
      "(reference: a trailing zero-width character stays inside the last token and fails).",
      "Case is compared with full Unicode case folding (`STRASSE` matches `straße`); reference "
      "uses Python's str.lower().",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
