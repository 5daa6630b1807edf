// keywords:keyword_specific_position (IFEvalG): "Include keyword {keyword} in the {n}-th
// sentence, as the {m}-th word of that sentence."
//
// reference: the n-th sentence of IFEval's regex splitter (Text::regex_sentences()) is tokenized
//            with nltk.word_tokenize; its m-th token must equal keyword.strip(), case-sensitively.
//            Punctuation tokens count (`Well, the cat`: `cat` is token 4) and clitics are split
//            (`Don't` is `Do`, `n't`). Fewer sentences than n or tokens than m fail.
// precise:   sentences are Punkt sentences (Text::sentences()), also ended by a blank line and by
//            a line break before or after a markdown list item or heading line; only sentences
//            that hold a word are numbered. The m-th word (Text::words()) of the n-th sentence
//            must be the keyword, a single word, compared with full case folding. A blank
//            response fails.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <fmt/format.h>

#include "text/treebank.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/family.h"
#include "verifiers/keywords/keyword_count.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class PositionReference final : public Constraint {
 public:
  PositionReference(std::string keyword, int64_t n, int64_t m)
      : keyword_(std::move(keyword)), n_(static_cast<size_t>(n)), m_(static_cast<size_t>(m)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      const auto& sentences = text.regex_sentences();
      if (sentences.size() < n_) {
        if (why) why->set("{} sentences; expected at least {}", sentences.size(), n_);
        return false;
      }
      thread_local text::TreebankScratch scratch;
      thread_local std::string arena;
      thread_local std::vector<Span> tokens;
      arena.clear();
      tokens.clear();
      text::word_tokenize(sentences[n_ - 1], scratch, arena, tokens);
      if (tokens.size() < m_) {
        if (why) why->set("sentence {} has {} tokens; expected at least {}", n_, tokens.size(), m_);
        return false;
      }
      std::string_view token(arena.data() + tokens[m_ - 1].begin, tokens[m_ - 1].size());
      if (why) why->set("token {} of sentence {} is \"{}\"", m_, n_, token.substr(0, 60));
      return token == keyword_;
    } catch (...) {
      if (why) why->set("out of memory while tokenizing");
      return false;
    }
  }

 private:
  std::string keyword_;
  size_t n_, m_;
};

bool is_blank_char(char32_t cp) {
  return text::is_py_space(cp) || text::is_zero_width(cp);
}

// True when `line` (without its line break) is a markdown list item or ATX heading with content:
// after indentation, `*`, `-`, `+` or `•` and a space, or digits then `.` or `)` and a space,
// or one to six `#` and a space (the rule of length_constraints:number_sentences, precise).
bool is_item_or_heading(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
    ++i;
  std::string_view rest = line.substr(i);
  size_t marker = 0;
  if (rest.empty()) return false;
  if (rest[0] == '*' || rest[0] == '-' || rest[0] == '+') {
    marker = 1;
  } else if (rest.substr(0, 3) == "\xE2\x80\xA2") {  // U+2022 BULLET
    marker = 3;
  } else if (rest[0] == '#') {
    while (marker < rest.size() && rest[marker] == '#')
      ++marker;
    if (marker > 6) return false;
  } else if (rest[0] >= '0' && rest[0] <= '9') {
    while (marker < rest.size() && marker < 9 && rest[marker] >= '0' && rest[marker] <= '9')
      ++marker;
    if (marker >= rest.size() || (rest[marker] != '.' && rest[marker] != ')')) return false;
    ++marker;
  } else {
    return false;
  }
  if (marker >= rest.size() || (rest[marker] != ' ' && rest[marker] != '\t')) return false;
  std::string_view content = rest.substr(marker);
  const char* p = content.data();
  const char* end = p + content.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_blank_char(d.cp)) return true;
    p += d.len;
  }
  return false;
}

std::string_view without_cr(std::string_view line) {
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  return line;
}

// True when the gap [from, to) between two words of `raw` ends a sentence by its line breaks:
// two or more (a blank or wordless line), or one before or after a list item or heading line.
bool line_break_ends_sentence(std::string_view raw, size_t from, size_t to) {
  size_t nl = raw.find('\n', from);
  if (nl == std::string_view::npos || nl >= to) return false;
  size_t second = raw.find('\n', nl + 1);
  if (second != std::string_view::npos && second < to) return true;
  size_t line_start = 0;
  if (nl > 0) {
    size_t before = raw.rfind('\n', nl - 1);
    if (before != std::string_view::npos) line_start = before + 1;
  }
  if (is_item_or_heading(without_cr(raw.substr(line_start, nl - line_start)))) return true;
  size_t after_end = second == std::string_view::npos ? raw.size() : second;
  return is_item_or_heading(without_cr(raw.substr(nl + 1, after_end - nl - 1)));
}

class PositionPrecise final : public Constraint {
 public:
  PositionPrecise(std::string keyword, int64_t n, int64_t m)
      : keyword_(std::move(keyword)),
        norm_(matching::fold_word(keyword_)),
        n_(static_cast<size_t>(n)),
        m_(static_cast<size_t>(m)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    try {
      std::string_view raw = text.raw();
      const auto& words = text.words();
      const auto& sentences = text.sentences();
      size_t sentence = 0;  // 1-based number of the current sentence
      size_t word = 0;      // 1-based number of the current word in it
      size_t si = 0;        // Punkt sentence of the previous word
      size_t prev_end = 0;
      for (size_t i = 0; i < words.size(); ++i) {
        const Span w = words[i];
        size_t sj = si;
        while (sj < sentences.size() && sentences[sj].end <= w.begin)
          ++sj;
        bool cut = i == 0 || sj != si || line_break_ends_sentence(raw, prev_end, w.begin);
        si = sj;
        prev_end = w.end;
        if (cut) {
          ++sentence;
          word = 0;
          if (sentence > n_) break;
        }
        ++word;
        if (sentence == n_ && word == m_) {
          std::string_view found = raw.substr(w.begin, w.size());
          bool pass = matching::word_equals(found, norm_);
          if (why) why->set("word {} of sentence {} is \"{}\"", m_, n_, found.substr(0, 60));
          return pass;
        }
      }
      if (why) {
        if (sentence < n_)
          why->set("{} sentences; expected at least {}", sentence, n_);
        else
          why->set("sentence {} has fewer than {} words", n_, m_);
      }
      return false;
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  std::string keyword_;
  std::u32string norm_;
  size_t n_, m_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  // Upstream takes the first element of a list keyword.
  std::string given;
  if (const Value* v = kwargs.find("keyword")) {
    if (v->is_list()) {
      if (!v->as_list().empty()) given = v->as_list().front().as_string();
    } else {
      given = v->as_string();
    }
  }
  if (given.empty())
    return random_kwarg_error(ctx, "keyword", "a non-empty string", "draws a random keyword");
  std::string keyword(text::py_strip(given));
  int64_t n = kwargs.integer("n");
  int64_t m = kwargs.integer("m");
  if (ctx.semantics == Semantics::kReference)
    return make<PositionReference>(std::move(keyword), n, m);
  std::vector<Span> spans;
  text::precise_words(keyword, spans);
  if (spans.size() != 1 || spans[0].begin != 0 || spans[0].end != keyword.size())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"keyword\": \"{}\" is not a single word; precise semantics compares "
        "it with one word of the response (letters, marks and digits; an inner hyphen or "
        "apostrophe stays inside a word)",
        ctx.id, keyword));
  return make<PositionPrecise>(std::move(keyword), n, m);
}

}  // namespace

VerifierInfo keyword_specific_position() {
  VerifierInfo info;
  info.id = "keywords:keyword_specific_position";
  info.suite = "IFEvalG";
  info.summary =
      "A keyword must be the m-th word of the n-th sentence of the response (both counted from "
      "1).";
  KwargSpec keyword = string_kwarg("keyword",
                                   "the word to place (an empty string, which upstream replaces "
                                   "with a random keyword, is an error); a list uses its first "
                                   "element, as upstream does",
                                   false);
  keyword.type = KwargType::kStringOrList;
  info.kwargs = {std::move(keyword),
                 int_kwarg("n",
                           "the sentence, counted from 1 (0, which upstream replaces with a "
                           "random number from 1 to 20, is an error)",
                           1),
                 int_kwarg("m",
                           "the word within the sentence, counted from 1 (0, which upstream "
                           "replaces with a random number from 1 to 30, is an error)",
                           1)};
  info.precise_differences = {
      "Words, not nltk tokens: punctuation is not counted (`Well, the cat`: `cat` is word 3; "
      "reference counts the comma and makes it token 4) and a contraction is one word (`Don't` "
      "is word 1; reference splits it into `Do` and `n't`).",
      "The keyword is compared with full Unicode case folding (`The Cat` matches `cat`; "
      "reference is case-sensitive). It must be a single word: a keyword with spaces or "
      "punctuation outside a word is an error (reference compares it with one token and never "
      "matches a multi-word keyword), and a whitespace-only keyword is an error (reference "
      "always fails it).",
      "Sentences are Punkt sentences (as length_constraints:number_sentences), also ended by a "
      "blank line and by a line break before or after a markdown list item or heading line, so a "
      "heading counts as a sentence of its own; reference uses IFEval's regex splitter, which "
      "turns line breaks into spaces.",
      "Only sentences holding a word are numbered: a divider line (`***`) or a lone `...` is not "
      "a sentence.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::keywords
