// detectable_format:bigram_wrapping: every word bigram is wrapped in double angular brackets,
// as in <<I am>> <<at home>>.
//
// reference: whitespace tokens (Python str.split()) are paired (0,1), (2,3), ...: the first of a
//            pair must start with `<<` and the second end with `>>`; an odd last token is not
//            checked, and a response without tokens passes vacuously.
// precise:   every word (Text::words()) lies inside a `<< >>` group, each group holds exactly two
//            words, except that the last group may hold one word when the number of words is
//            odd; groups do not nest and every `<<` is closed; text that is not a word
//            (punctuation, markdown markers) may stand outside the groups. At least two words;
//            a blank response fails.
#include <cstdint>
#include <string_view>

#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"
#include "verifiers/detectable_format/ws_tokens.h"

namespace precis::verifiers::detectable_format {
namespace {

class BigramWrappingReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    size_t index = 0;
    bool opens = false;  // the last even-indexed token starts with "<<"
    std::string_view first, bad;
    bool pass = for_each_ws_token(text.raw(), [&](std::string_view token) {
      if (index++ % 2 == 0) {
        opens = token.substr(0, 2) == "<<";
        first = token;
        return true;
      }
      if (opens && token.size() >= 2 && token.substr(token.size() - 2) == ">>") return true;
      bad = token;
      return false;
    });
    if (why) {
      if (pass)
        why->set("each pair of whitespace tokens is wrapped in << >>");
      else
        why->set("the tokens \"{}\" \"{}\" are not wrapped in << >>", first, bad);
    }
    return pass;
  }
};

class BigramWrappingPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.size() < 2) {
      if (why)
        text.blank() ? why->set("the response is blank")
                     : why->set("the response has fewer than two words");
      return false;
    }
    bool open = false;      // inside a << >> group
    uint32_t in_group = 0;  // words in the open group
    bool single = false;    // a group with one word was closed
    size_t opened_at = 0;   // byte of the open group's "<<"
    // Processes the markers in raw[from, to); false (with a reason) when a rule is broken.
    auto scan = [&](size_t from, size_t to) {
      for (size_t i = from; i < to;) {
        if (i + 1 < to && raw[i] == '<' && raw[i + 1] == '<') {
          if (open) {
            if (why) why->set("a `<<` at byte {} opens a group inside another one", i);
            return false;
          }
          open = true;
          in_group = 0;
          opened_at = i;
          i += 2;
        } else if (i + 1 < to && raw[i] == '>' && raw[i + 1] == '>' && open) {
          if (in_group == 0) {
            if (why) why->set("the group at byte {} wraps no word", opened_at);
            return false;
          }
          single = single || in_group == 1;
          open = false;
          i += 2;
        } else {
          ++i;
        }
      }
      return true;
    };
    size_t pos = 0;
    for (const Span& w : words) {
      if (!scan(pos, w.begin)) return false;
      std::string_view word = raw.substr(w.begin, w.size());
      if (!open) {
        if (why) why->set("the word \"{}\" is not wrapped in << >>", word);
        return false;
      }
      if (in_group == 2) {
        if (why) why->set("the group at byte {} wraps more than two words", opened_at);
        return false;
      }
      if (single) {
        if (why) why->set("a group with a single word is not the last one");
        return false;
      }
      ++in_group;
      pos = w.end;
    }
    if (!scan(pos, raw.size())) return false;
    if (open) {
      if (why) why->set("the `<<` at byte {} is never closed", opened_at);
      return false;
    }
    if (why) why->set("all {} words are wrapped in pairs in << >>", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<BigramWrappingReference>();
  return make<BigramWrappingPrecise>();
}

}  // namespace

VerifierInfo bigram_wrapping() {
  VerifierInfo info;
  info.id = "detectable_format:bigram_wrapping";
  info.suite = "IFEvalG";
  info.summary =
      "Every word bigram must be wrapped in double angular brackets, such as <<I am>> <<at "
      "home>> <<with my>> <<cute dog>>.";
  info.precise_differences = {
      "Every word must be wrapped: with an odd number of words the last one needs its own group "
      "(`<<I am>> <<home>>`); reference never checks an odd last token (`<<I am>> home` passes).",
      "Each group must hold exactly two words (one only for the odd last word); reference only "
      "looks at where tokens start and end, so `<<I>> <<am>>` (one word per group) passes there.",
      "Words are checked, not whitespace tokens: punctuation and markdown markers may stand "
      "outside the groups (`* <<I am>>, <<at home>>.` passes); reference requires the first "
      "token of each pair to start with `<<` and the second to end with `>>`.",
      "Groups may not nest and every `<<` must be closed; a group without words fails.",
      "A response with fewer than two words fails (reference passes a single token vacuously).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
