// format:quotes: quotes within quotes within quotes, at least 3 levels deep, alternating
// between double and single quotes.
//
// reference: a stack of `"` and `'`: a character equal to the top pops it, otherwise a quote
//            character is pushed; true when the depth reached so far minus the current depth
//            is at least 3 right after a pop. Apostrophes count as quotes; alternation is not
//            checked (it follows from the stack for straight quotes).
// precise:   double quotes are `"` and `“ ”`, single quotes `'` and `‘ ’`; an apostrophe inside
//            a word (`don't`, `it’s`) or after a letter when no single quote is open (`dogs'`)
//            is not a quote. Some quoted passage must be closed completely and hold a quote at
//            depth 3 or more whose three innermost levels alternate between double and single
//            quotes and whose text is not blank.
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

constexpr int kMinLevels = 3;

class QuotesReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string levels;
    int reached = 0;
    int current = 0;
    for (char c : text.raw()) {
      if (!levels.empty() && c == levels.back()) {
        levels.pop_back();
        --current;
        if (reached - current >= kMinLevels) {
          if (why) why->set("quotes nested {} levels deep", reached);
          return true;
        }
      } else if (c == '"' || c == '\'') {
        levels.push_back(c);
        ++current;
        if (current > reached) reached = current;
      }
    }
    if (why) why->set("no quotes nested {} levels deep", kMinLevels);
    return false;
  }
};

enum class Kind : unsigned char { kDouble, kSingle };
// The opener of a quote: the ASCII char, or the curly opening quote.
struct Open {
  Kind kind;
  bool curly;
  size_t end;  // byte after the opener
};

bool is_letter_or_digit(char32_t cp) noexcept {
  return text::is_word_char(cp);
}

class QuotesPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const char* base = raw.data();
    const char* end = base + raw.size();
    std::vector<Open> stack;
    bool deep = false;
    char32_t prev = 0;
    for (const char* p = base; p < end;) {
      auto d = text::decode(p, end);
      size_t at = static_cast<size_t>(p - base);
      p += d.len;
      char32_t next = p < end ? text::decode(p, end).cp : 0;
      char32_t cp = d.cp;
      char32_t before = prev;
      prev = cp;
      // 0 = none, 1 = opens, -1 = closes; `kind` and `curly` describe the quote.
      int role = 0;
      Kind kind = Kind::kDouble;
      bool curly = false;
      bool top_matches = false;
      if (cp == U'"' || cp == U'\'') {
        kind = cp == U'"' ? Kind::kDouble : Kind::kSingle;
        top_matches = !stack.empty() && stack.back().kind == kind && !stack.back().curly;
        if (kind == Kind::kSingle && is_letter_or_digit(before) && is_letter_or_digit(next)) {
          role = 0;  // an apostrophe inside a word: don't
        } else if (top_matches) {
          role = -1;
        } else if (kind == Kind::kSingle && is_letter_or_digit(before)) {
          role = 0;  // an apostrophe after a word: dogs'
        } else {
          role = 1;
        }
      } else if (cp == U'\u201C' || cp == U'\u2018') {
        kind = cp == U'\u201C' ? Kind::kDouble : Kind::kSingle;
        curly = true;
        role = 1;
      } else if (cp == U'\u201D' || cp == U'\u2019') {
        kind = cp == U'\u201D' ? Kind::kDouble : Kind::kSingle;
        curly = true;
        top_matches = !stack.empty() && stack.back().kind == kind && stack.back().curly;
        if (kind == Kind::kSingle && is_letter_or_digit(before) && is_letter_or_digit(next))
          role = 0;  // it’s
        else
          role = top_matches ? -1 : 0;
      }
      if (role > 0) {
        stack.push_back({kind, curly, static_cast<size_t>(p - base)});
      } else if (role < 0) {
        size_t depth = stack.size();
        size_t from = stack.back().end;
        if (depth >= static_cast<size_t>(kMinLevels) &&
            stack[depth - 2].kind != stack[depth - 1].kind &&
            stack[depth - 3].kind != stack[depth - 2].kind &&
            !text::py_strip(raw.substr(from, at - from)).empty())
          deep = true;
        stack.pop_back();
        if (stack.empty()) {
          if (deep) {
            if (why)
              why->set("a quoted passage holds quotes nested {} levels deep, alternating",
                       kMinLevels);
            return true;
          }
        }
      }
    }
    if (why)
      why->set("no closed quotation with {} alternating levels of double and single quotes",
               kMinLevels);
    return false;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<QuotesReference>();
  return make<QuotesPrecise>();
}

}  // namespace

VerifierInfo quotes() {
  VerifierInfo info;
  info.id = "format:quotes";
  info.suite = "IFBench";
  info.summary =
      "Include quotes within quotes within quotes, at least 3 levels deep, alternating between "
      "double and single quotes.";
  info.precise_differences = {
      "Apostrophes inside or at the end of words (`don't`, `dogs'`) are not quotes; reference "
      "treats every `'` as a quote, so `\"I don't 'know' it\"` can pass or fail by accident.",
      "Curly quotes `“ ”` and `‘ ’` count as double and single quotes; reference sees only `\"` "
      "and `'`.",
      "The three innermost levels must alternate between double and single quotes (`“a “b “c” "
      "b” a”` fails).",
      "The innermost quote must hold non-blank text: `\"''\"` patterns without text fail; "
      "reference accepts them.",
      "The quoted passage must be closed completely; reference passes once three levels have "
      "closed, even when outer quotes stay open."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
