// count:counting_composition: 3 paragraphs separated by the markdown divider `* * *`, each with
// exactly n_sent sentences of exactly n_words words.
//
// reference: open-instruct IFEvalG: the response is split with re.split(r"\s?\*\*\*\s?") (the
//            prompt's `* * *` never splits). A blank piece in the middle fails; a blank first or
//            last piece is not counted but still fails, because it has 0 sentences. Every piece
//            must have exactly n_sent sentences of IFEval's regex splitter, each with exactly
//            n_words nltk.word_tokenize tokens (punctuation tokens count); there must be 3 pieces.
// precise:   paragraphs are separated by divider lines of asterisks (`***`, `* * *`); empty
//            paragraphs are ignored and exactly 3 must remain. Sentences are Punkt sentences of
//            the paragraph, split further at line breaks; words are precis words.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/punkt.h"
#include "text/regex_sentences.h"
#include "text/treebank.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/first_word/edge_words.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

constexpr int64_t kParagraphs = 3;

// The length of the Python whitespace character at s[i], or 0.
size_t space_at(std::string_view s, size_t i) noexcept {
  if (i >= s.size()) return 0;
  auto d = text::decode(s.data() + i, s.data() + s.size());
  return text::is_py_space(d.cp) ? d.len : 0;
}

bool stars_at(std::string_view s, size_t i) noexcept {
  return s.substr(i, 3) == "***";
}

// A divider line: three or more `*`, optionally separated by spaces or tabs, and nothing else but
// whitespace.
bool is_star_divider(std::string_view line) noexcept {
  line = text::py_strip(line);
  int count = 0;
  for (char c : line) {
    if (c == ' ' || c == '\t') continue;
    if (c != '*') return false;
    ++count;
  }
  return count >= 3;
}

bool visibly_blank(std::string_view s) noexcept {
  return matching::strip_visible(s).empty();
}

class CountingComposition final : public Constraint {
 public:
  CountingComposition(int64_t n_sent, int64_t n_words, Semantics s)
      : n_sent_(n_sent), n_words_(n_words), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    try {
      return precise_ ? check_precise(text, why) : check_reference(text.raw(), why);
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
  }

 private:
  struct Scratch {
    std::vector<std::string> sentences;
    text::TreebankScratch treebank;
    std::string arena;
    std::vector<Span> tokens;
  };

  // One piece of re.split: false (with a reason) when it fails the check.
  bool reference_piece(std::string_view piece, size_t index, Scratch& s, Reason* why) const {
    text::regex_sentences(piece, s.sentences);
    if (static_cast<int64_t>(s.sentences.size()) != n_sent_) {
      if (why)
        why->set("paragraph {} has {} sentences; expected {}", index + 1, s.sentences.size(),
                 n_sent_);
      return false;
    }
    for (size_t i = 0; i < s.sentences.size(); ++i) {
      s.arena.clear();
      s.tokens.clear();
      text::word_tokenize(s.sentences[i], s.treebank, s.arena, s.tokens);
      if (static_cast<int64_t>(s.tokens.size()) != n_words_) {
        if (why)
          why->set("sentence {} of paragraph {} has {} tokens; expected {}", i + 1, index + 1,
                   s.tokens.size(), n_words_);
        return false;
      }
    }
    return true;
  }

  bool check_reference(std::string_view raw, Reason* why) const {
    Scratch scratch;
    int64_t count = 0;
    size_t index = 0;
    size_t piece_start = 0;
    size_t i = 0;
    while (i < raw.size()) {
      // Leftmost match of \s?\*\*\*\s? at i: the greedy \s? first, then the empty one.
      size_t ws = space_at(raw, i);
      size_t match_end = 0;
      if (ws && stars_at(raw, i + ws))
        match_end = i + ws + 3;
      else if (stars_at(raw, i))
        match_end = i + 3;
      if (!match_end) {
        i += text::decode(raw.data() + i, raw.data() + raw.size()).len;
        continue;
      }
      match_end += space_at(raw, match_end);
      // The piece [piece_start, i) is followed by a divider: it is not the last piece.
      std::string_view piece = raw.substr(piece_start, i - piece_start);
      if (text::py_strip(piece).empty() && index > 0) {
        if (why) why->set("paragraph {} is empty", index + 1);
        return false;
      }
      if (!reference_piece(piece, index, scratch, why)) return false;
      if (!text::py_strip(piece).empty()) ++count;
      ++index;
      piece_start = i = match_end;
    }
    std::string_view last = raw.substr(piece_start);
    if (!reference_piece(last, index, scratch, why)) return false;
    if (!text::py_strip(last).empty()) ++count;
    if (why) why->set("{} paragraphs; expected {}", count, kParagraphs);
    return count == kParagraphs;
  }

  bool check_precise(const Text& text, Reason* why) const {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    std::vector<Span> sentences;
    size_t wi = 0;
    int64_t paragraphs = 0;
    // Paragraph [para_begin, para_end) ends at a divider line or at the end of the text.
    auto paragraph = [&](size_t para_begin, size_t para_end) -> bool {
      std::string_view chunk = raw.substr(para_begin, para_end - para_begin);
      if (visibly_blank(chunk)) return true;
      ++paragraphs;
      sentences.clear();
      text::punkt_sentences(chunk, text::english_punkt(), sentences);
      for (Span& s : sentences) {
        s.begin += static_cast<uint32_t>(para_begin);
        s.end += static_cast<uint32_t>(para_begin);
      }
      int64_t n = 0;
      bool ok = true;
      edge_words::for_each_unit_of(raw, sentences, words, wi, [&](const edge_words::Unit& u) {
        if (!u.has_words()) return true;
        ++n;
        int64_t w = static_cast<int64_t>(u.end_word - u.first_word);
        if (w != n_words_) {
          if (why)
            why->set("sentence {} of paragraph {} has {} words; expected {}", n, paragraphs, w,
                     n_words_);
          ok = false;
        }
        return ok;
      });
      if (!ok) return false;
      if (n != n_sent_) {
        if (why) why->set("paragraph {} has {} sentences; expected {}", paragraphs, n, n_sent_);
        return false;
      }
      return true;
    };
    size_t para_begin = 0;
    size_t line_start = 0;
    while (line_start <= raw.size()) {
      size_t nl = raw.find('\n', line_start);
      if (nl == std::string_view::npos) nl = raw.size();
      if (is_star_divider(raw.substr(line_start, nl - line_start))) {
        if (!paragraph(para_begin, line_start)) return false;
        para_begin = nl < raw.size() ? nl + 1 : raw.size();
      }
      line_start = nl + 1;
    }
    if (!paragraph(para_begin, raw.size())) return false;
    if (why) why->set("{} paragraphs between divider lines; expected {}", paragraphs, kParagraphs);
    return paragraphs == kParagraphs;
  }

  int64_t n_sent_;
  int64_t n_words_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<CountingComposition>(kw.integer("n_sent"), kw.integer("n_words"), ctx.semantics);
}

}  // namespace

VerifierInfo counting_composition() {
  VerifierInfo info;
  info.id = "count:counting_composition";
  info.suite = "IFEvalG";
  info.summary =
      "Write 3 paragraphs, separated by the markdown divider `* * *`, with exactly `n_sent` "
      "sentences each and exactly `n_words` words in each sentence.";
  info.kwargs = {int_kwarg("n_sent",
                           "sentences per paragraph; 0 is an error, where upstream draws a random "
                           "value from 2 to 3",
                           1),
                 int_kwarg("n_words",
                           "words per sentence; 0 is an error, where upstream draws a random "
                           "value from 2 to 3",
                           1)};
  info.precise_differences = {
      "Paragraphs are separated by divider lines of asterisks, as the prompt asks: a line holding "
      "only `* * *`, `***` or a longer run (reference splits only at `***`, anywhere in the text, "
      "so the prompt's own `* * *` never separates paragraphs while `***bold***` does).",
      "Empty paragraphs (a divider at the start or end, two dividers in a row) are ignored; "
      "exactly 3 non-empty paragraphs must remain (reference fails any empty piece).",
      "Words are precis's words: punctuation is not a word, so `Cats sleep.` has 2 words "
      "(reference counts nltk.word_tokenize tokens: 3, with the period); `don't` and "
      "`well-known` are one word each.",
      "Sentences are Punkt sentences of each paragraph, and a line break also ends a sentence "
      "(reference: IFEval's regex splitter, which joins lines, so a lead-in line such as "
      "`Here it is:` becomes part of the first sentence). Lines without any word are not "
      "sentences.",
      "A response holding only whitespace and zero-width characters fails by itself (reference "
      "leaves a blank response to the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
