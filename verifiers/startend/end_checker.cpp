// startend:end_checker: the response ends with a given phrase; nothing may follow it.
//
// reference: response.strip().strip('"').lower().endswith(end_phrase.strip().lower()): any
//            number of ASCII '"' are stripped from both ends (whitespace is not stripped again
//            after them); a trailing '.' or '”' after the phrase fails.
// precise:   after trimming trailing whitespace and one optional closing quote (`"` or `”`),
//            the response ends with the phrase, compared with full case folding, whitespace runs
//            as one space and typographic quotes as ASCII ones; the phrase must start at a word
//            boundary (`in India.` is not the end of `...within India.`).
#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/startend/family.h"

namespace precis::verifiers::startend {
namespace {

class EndReference final : public Constraint {
 public:
  explicit EndReference(std::string phrase) : phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    std::string_view s = text.stripped();
    while (!s.empty() && s.front() == '"')
      s.remove_prefix(1);
    while (!s.empty() && s.back() == '"')
      s.remove_suffix(1);
    // What was cut off (whitespace and '"') lowercases to itself, byte for byte, and does not
    // change the final-sigma context, so lower(s) is a slice of lower(raw).
    const size_t head = static_cast<size_t>(s.data() - raw.data());
    const size_t tail = raw.size() - head - s.size();
    const std::string& lower = text.lower();
    bool pass = false;
    if (lower.size() >= head + tail) {
      std::string_view ls(lower.data() + head, lower.size() - head - tail);
      pass = ls.size() >= phrase_.size() &&
             ls.compare(ls.size() - phrase_.size(), phrase_.size(), phrase_) == 0;
    }
    if (why) {
      if (pass)
        why->set("ends with the phrase");
      else
        why->set("does not end with \"{}\"", phrase_);
    }
    return pass;
  }

 private:
  std::string phrase_;  // end_phrase.strip().lower()
};

bool is_closing_quote(char32_t c) {
  return c == U'"' || c == 0x201D;
}

class EndPrecise final : public Constraint {
 public:
  EndPrecise(std::string phrase, std::u32string norm, bool starts_with_word)
      : phrase_(std::move(phrase)), norm_(std::move(norm)), starts_with_word_(starts_with_word) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    std::string_view t = matching::strip_visible(text.raw());
    bool pass = ends_with_phrase(t);
    if (!pass && !t.empty()) {
      text::Decoded last = text::decode_before(t.data(), t.data() + t.size());
      if (is_closing_quote(last.cp)) {
        t.remove_suffix(last.len);
        pass = ends_with_phrase(matching::strip_visible(t));
      }
    }
    if (why) {
      if (pass)
        why->set("ends with the phrase");
      else
        why->set("does not end with \"{}\"", phrase_);
    }
    return pass;
  }

 private:
  bool ends_with_phrase(std::string_view t) const noexcept {
    size_t off = matching::match_suffix(t, norm_);
    if (off == std::string_view::npos) return false;
    if (!starts_with_word_) return true;
    // The phrase must not continue a word: the visible character before it is no word character.
    const char* b = t.data();
    const char* p = b + off;
    while (p > b) {
      text::Decoded d = text::decode_before(b, p);
      if (!text::is_zero_width(d.cp)) return !text::is_word_char(d.cp);
      p -= d.len;
    }
    return true;
  }

  std::string phrase_;
  std::u32string norm_;
  bool starts_with_word_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& phrase = kwargs.string("end_phrase");
  if (ctx.semantics == Semantics::kReference)
    return make<EndReference>(text::py_lower(text::py_strip(phrase)));
  std::string_view visible = matching::strip_visible(phrase);
  std::u32string norm = matching::normalize(visible);
  if (norm.empty())
    return invalid_argument(fmt::format(
        "id \"{}\": kwarg \"end_phrase\": the phrase is blank; precise semantics needs a phrase "
        "to end with",
        ctx.id));
  text::Decoded first = text::decode(visible.data(), visible.data() + visible.size());
  return make<EndPrecise>(std::string(visible), std::move(norm), text::is_word_char(first.cp));
}

}  // namespace

VerifierInfo end_checker() {
  VerifierInfo info;
  info.id = "startend:end_checker";
  info.suite = "IFEval";
  info.summary = "The response must end with a given phrase, with nothing after it.";
  {
    KwargSpec k = string_kwarg("end_phrase", "the phrase the response must end with", false);
    info.kwargs = {k};
  }
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "language:response_language",
                    "startend:end_checker"};
  info.precise_differences = {
      "At most one closing quote (`\"` or `”`) may follow the phrase; reference strips any "
      "number of ASCII `\"` from both ends and does not accept `”`.",
      "The phrase must start at a word boundary: `in India.` is not the end of `... within "
      "India.` (reference compares the last characters only).",
      "Case is compared with full Unicode case folding (reference: Python's lower()); runs of "
      "whitespace (line breaks included) compare as one space, typographic quotes and "
      "apostrophes as ASCII ones, and zero-width characters are ignored.",
      "A blank end_phrase is an error (reference: every non-blank response ends with it).",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through IFEval's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::startend
