// detectable_format:square_brackets: every word of the response is enclosed in square brackets.
//
// reference: every whitespace token (Python str.split()) starts with `[` and ends with `]`; a
//            response without tokens passes vacuously (the evaluation's blank gate fails it).
// precise:   every word (Text::words()) lies inside a bracket pair `[...]` (ASCII or full-width
//            `［...］`), and the innermost pair around a word encloses no other word; text that is
//            not a word (punctuation, markdown markers, emoji) may stand outside the brackets.
//            At least one word; every `[` closed; a blank response fails.
#include <cstdint>
#include <string_view>

#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"
#include "verifiers/detectable_format/ws_tokens.h"

namespace precis::verifiers::detectable_format {
namespace {

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}
bool ends_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

class SquareBracketsReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view bad;
    bool pass = for_each_ws_token(text.raw(), [&](std::string_view token) {
      if (starts_with(token, "[") && ends_with(token, "]")) return true;
      bad = token;
      return false;
    });
    if (why) {
      if (pass)
        why->set("every whitespace token is wrapped in [ ]");
      else
        why->set("the token \"{}\" is not wrapped in [ ]", bad);
    }
    return pass;
  }
};

// The bracket at raw[i]: +1 opens, -1 closes, 0 none; `len` gets its length in bytes.
int bracket_at(std::string_view s, size_t i, size_t& len) noexcept {
  char c = s[i];
  len = 1;
  if (c == '[') return 1;
  if (c == ']') return -1;
  // U+FF3B ［ = EF BC BB, U+FF3D ］ = EF BC BD
  if (c == '\xEF' && i + 2 < s.size() && s[i + 1] == '\xBC') {
    len = 3;
    if (s[i + 2] == '\xBB') return 1;
    if (s[i + 2] == '\xBD') return -1;
  }
  len = 1;
  return 0;
}

class SquareBracketsPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why)
        text.blank() ? why->set("the response is blank") : why->set("the response has no words");
      return false;
    }
    // Open bracket pairs, innermost last: words directly inside, and words inside in all.
    struct Group {
      uint32_t direct;
      uint32_t total;
    };
    constexpr int kMaxDepth = 32;
    Group stack[kMaxDepth];
    int depth = 0;
    // Processes the brackets in raw[from, to); false (with a reason) when a rule is broken.
    auto scan = [&](size_t from, size_t to) {
      for (size_t i = from; i < to;) {
        size_t len = 1;
        int b = bracket_at(raw, i, len);
        if (b > 0) {
          if (depth == kMaxDepth) {
            if (why) why->set("square brackets nested more than {} deep", kMaxDepth);
            return false;
          }
          stack[depth++] = {0, 0};
        } else if (b < 0 && depth > 0) {
          Group g = stack[--depth];
          if (g.direct > 0 && g.total > 1) {
            if (why) why->set("a pair of square brackets at byte {} encloses several words", i);
            return false;
          }
          if (depth > 0) stack[depth - 1].total += g.total;
        }
        i += len;
      }
      return true;
    };
    size_t pos = 0;
    for (const Span& w : words) {
      if (!scan(pos, w.begin)) return false;
      std::string_view word = raw.substr(w.begin, w.size());
      if (depth == 0) {
        if (why) why->set("the word \"{}\" is not enclosed in square brackets", word);
        return false;
      }
      Group& g = stack[depth - 1];
      if (g.direct > 0) {
        if (why) why->set("the word \"{}\" shares its square brackets with another word", word);
        return false;
      }
      ++g.direct;
      ++g.total;
      pos = w.end;
    }
    if (!scan(pos, raw.size())) return false;
    if (depth > 0) {
      if (why) why->set("a `[` is never closed");
      return false;
    }
    if (why) why->set("each of the {} words is enclosed in its own square brackets", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<SquareBracketsReference>();
  return make<SquareBracketsPrecise>();
}

}  // namespace

VerifierInfo square_brackets() {
  VerifierInfo info;
  info.id = "detectable_format:square_brackets";
  info.suite = "IFEvalG";
  info.summary = "Every word of the response must be enclosed in square brackets, like [this].";
  info.precise_differences = {
      "Words are checked, not whitespace tokens: punctuation, markdown markers and symbols may "
      "stand outside the brackets (`[Hello], [world].` and `* [apples]` pass); reference requires "
      "every whitespace-separated token to start with `[` and end with `]`.",
      "Each word is checked inside its token: `[a]x[b]` and `[a][b]c]` fail because `x` and `c` "
      "stand outside the brackets (reference accepts both tokens, which start with `[` and end "
      "with `]`).",
      "Full-width brackets `［ ］` count as square brackets; reference accepts only `[` and `]`.",
      "A response without words (`[] []`, only punctuation) fails; reference passes any response "
      "whose tokens are all wrapped, however empty.",
      "Every `[` must be closed.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
