// startend:quotation: the whole response is wrapped in double quotation marks.
//
// reference: v = response.strip(); len(v) > 1 and v[0] == '"' and v[-1] == '"' (ASCII only;
//            `""` passes, `"A" and "B"` passes).
// precise:   the response, trimmed, is one quotation: it opens with `"` or `“` and closes with
//            the matching `"` or `”`, the content is not blank, and the opening quote is not
//            closed before the end (`"A" and "B"` fails; nested quotes inside are fine).
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/startend/family.h"

namespace precis::verifiers::startend {
namespace {

class QuotationReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view v = text.stripped();
    bool pass = v.size() > 1 && v.front() == '"' && v.back() == '"';
    if (why) {
      if (pass)
        why->set("wrapped in double quotes");
      else
        why->set("not wrapped in double quotes");
    }
    return pass;
  }
};

// How a quotation mark inside the text acts.
enum class QuoteRole { kNone, kOpen, kClose, kEither };

bool is_space(char32_t c) {
  return text::is_py_space(c) || text::is_zero_width(c);
}
bool is_punct(char32_t c) {
  return (text::flags(c) & (text::kPunct | text::kSymbol)) != 0;
}

// A straight '"' opens when it starts a word (after whitespace or punctuation, before a
// non-space) and closes when it ends one (after a non-space, before whitespace or punctuation).
QuoteRole straight_role(char32_t prev, char32_t next) {
  bool open = !is_space(next) && (is_space(prev) || is_punct(prev));
  bool close = !is_space(prev) && (is_space(next) || is_punct(next));
  if (open && close) return QuoteRole::kEither;
  if (open) return QuoteRole::kOpen;
  if (close) return QuoteRole::kClose;
  return QuoteRole::kNone;
}

class QuotationPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    auto fail = [&](const char* msg) {
      if (why) why->set("{}", msg);
      return false;
    };
    if (matching::blank(text)) return fail("blank response");
    std::string_view v = matching::strip_visible(text.raw());
    const char* b = v.data();
    const char* e = b + v.size();
    text::Decoded first = text::decode(b, e);
    if (first.cp != U'"' && first.cp != 0x201C) return fail("does not start with a double quote");
    if (v.size() <= first.len) return fail("only one quotation mark");
    text::Decoded last = text::decode_before(b + first.len, e);
    char32_t want = first.cp == U'"' ? U'"' : 0x201D;
    if (last.cp != want) return fail("does not end with the matching closing quote");
    std::string_view content(b + first.len, v.size() - first.len - last.len);
    if (matching::strip_visible(content).empty()) return fail("the quotation is empty");

    // Track nesting: the opening quote must stay open until the last character.
    int depth = 1;
    char32_t prev = first.cp;
    const char* p = content.data();
    const char* end = p + content.size();
    while (p < end) {
      text::Decoded d = text::decode(p, end);
      const char* q = p + d.len;
      QuoteRole role = QuoteRole::kNone;
      if (d.cp == 0x201C) {
        role = QuoteRole::kOpen;
      } else if (d.cp == 0x201D) {
        role = QuoteRole::kClose;
      } else if (d.cp == U'"') {
        char32_t next = q < end ? text::decode(q, end).cp : last.cp;
        role = straight_role(prev, next);
        if (role == QuoteRole::kEither) role = depth > 1 ? QuoteRole::kClose : QuoteRole::kOpen;
      }
      if (role == QuoteRole::kOpen) ++depth;
      if (role == QuoteRole::kClose && --depth == 0)
        return fail("the opening quote is closed before the end: not one quotation");
      prev = d.cp;
      p = q;
    }
    if (depth != 1) return fail("unbalanced quotation marks inside the quotation");
    if (why) why->set("wrapped in one pair of double quotes");
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<QuotationReference>();
  return make<QuotationPrecise>();
}

}  // namespace

VerifierInfo quotation() {
  VerifierInfo info;
  info.id = "startend:quotation";
  info.suite = "IFEval";
  info.summary = "The entire response must be wrapped in double quotation marks.";
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:title",
                    "startend:quotation"};
  info.precise_differences = {
      "Typographic quotes `“…”` are accepted as well as `\"…\"` (reference: ASCII `\"` only).",
      "The response must be one quotation: a quote that closes the opening one before the end "
      "fails it (`\"A\" and \"B\"`, or separately quoted paragraphs); quotes nested inside "
      "must balance. Reference only looks at the first and last characters.",
      "The quoted content must not be blank (reference accepts `\"\"`).",
      "Zero-width characters around the quotes are ignored like whitespace.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::startend
