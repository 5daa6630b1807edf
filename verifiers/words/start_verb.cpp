// words:start_verb (IFBench): "The response must start with a verb."
//
// reference: nltk.pos_tag(nltk.word_tokenize(text))[0] has a tag containing "VB" (VB, VBD, VBG,
//            VBN, VBP, VBZ), with NLTK's averaged-perceptron English model
//            (lib/text/pos_tagger.h). Only the first three tokens are computed: the Punkt
//            sentences of a prefix of the text are tokenized one by one until three tokens are
//            known (see first_tokens). The same in both IFBench versions.
// precise:   the first word of the response (where Text::words() would start it), after any leading
// markdown, quotes
//            or other punctuation, is tagged by the same model, with the next two word-bearing
//            tokens as its context; the tag must be a verb tag. A capitalised first word is also
//            tagged in lowercase (the model calls most unknown capitalised words NNP); either tag
//            may be the verb tag. A blank response fails.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "text/pos_tagger.h"
#include "text/punkt.h"
#include "text/treebank.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"

namespace precis::verifiers::words {
namespace {

bool has_word_char(std::string_view token) noexcept {
  const char* p = token.data();
  const char* end = p + token.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_word_char(d.cp)) return true;
    p += d.len;
  }
  return false;
}

bool is_verb(std::string_view tag) noexcept {
  return tag.find("VB") != std::string_view::npos;
}

// Where the first precise word starts (its first letter, mark or digit; Text::words() would
// split the whole text), or npos.
size_t first_word_begin(std::string_view raw) noexcept {
  const char* p = raw.data();
  const char* end = p + raw.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_word_char(d.cp)) return static_cast<size_t>(p - raw.data());
    p += d.len;
  }
  return std::string_view::npos;
}

bool starts_upper(std::string_view word) noexcept {
  if (word.empty()) return false;
  auto d = text::decode(word.data(), word.data() + word.size());
  return (text::flags(d.cp) & text::kUpper) != 0;
}

// The first three nltk.word_tokenize tokens of raw[from, ...) (views into `arena`): the Punkt
// sentences of a prefix of the text are tokenized one by one, and the sentence holding `from` is
// cut at `from`. With `words_only`, tokens without a letter, mark or digit are skipped.
//
// Punkt decides a boundary from the tokens around it (its parameters are pretrained), so the
// sentences of a prefix are the text's own except near the cut: the last two sentences of a
// prefix that is not the whole text are not used, and the prefix doubles until three tokens are
// known or it is the whole text. A check therefore reads about as much text as it needs.
void first_tokens(std::string_view raw, size_t from, bool words_only,
                  std::vector<std::string_view>& out) {
  thread_local text::TreebankScratch scratch;
  thread_local std::string arena;
  thread_local std::vector<Span> spans;
  thread_local std::vector<Span> sentences;
  const text::PunktParams& punkt = text::english_punkt();
  size_t len = from + 1024;
  size_t kept = 0;
  for (;;) {
    bool whole = len >= raw.size();
    if (whole) {
      len = raw.size();
    } else {
      while (len < raw.size() && (static_cast<unsigned char>(raw[len]) & 0xC0) == 0x80)
        ++len;
    }
    std::string_view prefix = raw.substr(0, len);
    sentences.clear();
    text::punkt_sentences(prefix, punkt, sentences);
    size_t usable = sentences.size();
    if (!whole) usable = usable >= 2 ? usable - 2 : 0;
    arena.clear();
    spans.clear();
    kept = 0;
    for (size_t k = 0; k < usable; ++k) {
      const Span s = sentences[k];
      if (s.end <= from) continue;
      size_t begin = s.begin < from ? from : s.begin;
      size_t before = spans.size();
      text::treebank_tokenize_sentence(prefix.substr(begin, s.end - begin), scratch, arena, spans);
      if (words_only) {
        size_t w = before;
        for (size_t i = before; i < spans.size(); ++i) {
          std::string_view t(arena.data() + spans[i].begin, spans[i].size());
          if (has_word_char(t)) spans[w++] = spans[i];
        }
        spans.resize(w);
      }
      kept = spans.size();
      if (kept >= 3) break;
    }
    if (kept >= 3 || whole) break;
    len = len * 2;
  }
  out.clear();
  for (size_t i = 0; i < kept && i < 3; ++i)
    out.emplace_back(arena.data() + spans[i].begin, spans[i].size());
}

class StartVerb final : public Constraint {
 public:
  StartVerb(std::shared_ptr<const text::PosTagger> tagger, bool precise)
      : tagger_(std::move(tagger)), precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      size_t from = 0;
      if (precise_) {
        if (matching::blank(text)) {
          if (why) why->set("blank response");
          return false;
        }
        from = first_word_begin(text.raw());
        if (from == std::string_view::npos) {
          if (why) why->set("no word; expected a verb first");
          return false;
        }
      }
      thread_local std::vector<std::string_view> tokens;
      first_tokens(text.raw(), from, precise_, tokens);
      if (tokens.empty()) {
        if (why) why->set("no token; expected a verb first");
        return false;
      }
      std::string_view tag = tagger_->tag_first(tokens);
      bool pass = is_verb(tag);
      if (!pass && precise_ && starts_upper(tokens[0])) {
        // The model, trained on news text, tags an unknown capitalised sentence-initial word as
        // a proper noun (`Build a house`: NNP); the lowercase word is tagged too.
        thread_local std::string lowered;
        lowered.clear();
        text::py_lower(tokens[0], lowered);
        std::string_view original = tokens[0];
        tokens[0] = lowered;
        std::string_view lower_tag = tagger_->tag_first(tokens);
        tokens[0] = original;
        if (is_verb(lower_tag)) {
          pass = true;
          tag = lower_tag;
        }
      }
      if (why)
        why->set("the first {} \"{}\" is tagged {}; expected a verb tag (VB...)",
                 precise_ ? "word" : "token", tokens[0].substr(0, 60), tag);
      return pass;
    } catch (...) {
      if (why) why->set("out of memory while tagging");
      return false;
    }
  }

 private:
  std::shared_ptr<const text::PosTagger> tagger_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  const auto& tagger = text::english_pos_tagger();
  if (!tagger.ok())
    return Status(tagger.status().code(),
                  fmt::format("id \"{}\": {}", ctx.id, tagger.status().message()));
  return make<StartVerb>(tagger.value(), ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo start_verb() {
  VerifierInfo info;
  info.id = "words:start_verb";
  info.suite = "IFBench";
  info.summary =
      "The response must start with a verb (NLTK's averaged-perceptron part-of-speech tagger "
      "decides; needs the averaged_perceptron_tagger_eng model in the NLTK data folder).";
  info.precise_differences = {
      "Leading markdown, quotes and other punctuation are skipped: the first word is tagged "
      "(`**Imagine** a world` and `\"Imagine\" ...` start with `Imagine`; reference tags the "
      "first token, `*` or the opening quote, which is never a verb).",
      "A capitalised first word is also tagged in lowercase, and either tag may be the verb tag: "
      "the model, trained on news text, tags many unknown capitalised words as proper nouns, so "
      "reference fails `Describe the scene.` and `Understand the problem.` (`Describe`: NNP, "
      "`Understand`: IN) while precise passes them (`describe`, `understand`: VB); nouns stay "
      "nouns (`Water is wet.` fails in both).",
      "The tagger sees the first word with the next two tokens that hold a letter or digit as "
      "its context, so markdown or punctuation right after the first word does not change its "
      "tag (reference gives the tagger the next two tokens, punctuation included).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
