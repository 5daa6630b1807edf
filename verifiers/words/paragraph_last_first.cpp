// words:paragraph_last_first: "Each paragraph must end with the same word it started with,
// separate paragraphs with a newline."
//
// reference: IFBench: the text split at "\n"; each line stripped and lowercased, blank lines
//            skipped; ASCII punctuation and spaces stripped from both ends of the whole line;
//            the first whitespace token must equal the last. Punctuation inside the line stays
//            on its token (`end, ... end` fails); a one-word line passes; no line fails.
// precise:   paragraphs are the lines (split at \n, \r\n or \r) that hold a word; each must
//            have at least two precis words, and its first and last words must be the same
//            word (full case folding, zero-width characters ignored). At least one paragraph.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

class ParagraphLastFirst final : public TwoSemantics<ParagraphLastFirst> {
 public:
  friend class TwoSemantics<ParagraphLastFirst>;
  explicit ParagraphLastFirst(Semantics s) : TwoSemantics(s) {}

 private:
  static bool check_reference(const Text& text, Reason* why) {
    thread_local std::string low;
    std::string_view raw = text.raw();
    size_t start = 0, line_no = 0, checked = 0;
    while (start <= raw.size()) {
      size_t nl = raw.find('\n', start);
      if (nl == std::string_view::npos) nl = raw.size();
      std::string_view line = text::py_strip(raw.substr(start, nl - start));
      start = nl + 1;
      ++line_no;
      if (line.empty()) continue;
      low.clear();
      text::py_lower(line, low);
      std::string_view body = strip_punct_space(low, true, true);
      std::string_view first, last;
      for_each_ws_token(body, [&](std::string_view t) {
        if (first.empty()) first = t;
        last = t;
        return true;
      });
      if (first.empty()) continue;
      ++checked;
      if (first != last) {
        if (why) why->set("line {} starts with \"{}\" and ends with \"{}\"", line_no, first, last);
        return false;
      }
    }
    if (why) why->set("all {} paragraphs end with their first word", checked);
    return true;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    std::string a, b;
    size_t start = 0, line_no = 0, paragraphs = 0, next_word = 0;
    while (start <= raw.size()) {
      size_t nl = raw.find_first_of("\r\n", start);
      if (nl == std::string_view::npos) nl = raw.size();
      size_t after = nl + 1;
      if (nl + 1 < raw.size() && raw[nl] == '\r' && raw[nl + 1] == '\n') after = nl + 2;
      ++line_no;
      size_t first = 0, last = 0;
      words_in(words, next_word, static_cast<uint32_t>(start), static_cast<uint32_t>(nl), first,
               last);
      next_word = last;
      start = after;
      if (first == last) continue;  // no word: a blank line or a divider
      ++paragraphs;
      std::string_view w0 = raw.substr(words[first].begin, words[first].size());
      if (last - first < 2) {
        if (why)
          why->set(
              "paragraph {} (line {}) is the one word \"{}\", expected a first and a last word",
              paragraphs, line_no, w0);
        return false;
      }
      std::string_view w1 = raw.substr(words[last - 1].begin, words[last - 1].size());
      a.clear();
      b.clear();
      text::normalize_word(w0, a);
      text::normalize_word(w1, b);
      if (a != b) {
        if (why)
          why->set("paragraph {} (line {}) starts with \"{}\" and ends with \"{}\"", paragraphs,
                   line_no, w0, w1);
        return false;
      }
    }
    if (paragraphs == 0) {
      if (why) why->set("the response has no word");
      return false;
    }
    if (why) why->set("all {} paragraphs end with their first word", paragraphs);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<ParagraphLastFirst>(ctx.semantics);
}

}  // namespace

VerifierInfo paragraph_last_first() {
  VerifierInfo info;
  info.id = "words:paragraph_last_first";
  info.suite = "IFBench";
  info.summary =
      "Each paragraph must end with the same word it started with, separate paragraphs with a "
      "newline.";
  info.precise_differences = {
      "Punctuation around words is ignored: `Time, they say, is time` and `“Hope springs, "
      "hope”` pass (reference compares `time,` with `time` and keeps the curly quotes on the "
      "tokens, and fails both).",
      "A paragraph of a single word fails: it has no separate last word to match the first "
      "(reference passes it).",
      "A lone carriage return also separates paragraphs (reference splits only at \\n).",
      "Words are compared with full case folding and without zero-width characters: `Straße "
      "... STRASSE` passes (reference lowercases, `straße` ≠ `strasse`).",
      "A response without any word, such as `...`, fails (reference passes it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
