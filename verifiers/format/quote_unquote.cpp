// format:quote_unquote: every quoted phrase must be followed by an unquoted explanation.
//
// reference: (paper era only: turn `“` and `”` into `"`; at HEAD this normalisation is a no-op)
//            remove every `'"'`, then all whitespace; fail if `""` occurs or if the text,
//            stripped of digits and of ASCII punctuation other than `"`, ends with `"`. A
//            response without quotes passes.
// precise:   quoted phrases are `"..."` or `“...”` with non-blank text; there is at least one,
//            every quote is closed, and each is followed, before the next quoted phrase or the
//            end, by text holding at least one word outside quotes.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

void replace_all(std::string& s, std::string_view from, std::string_view to) {
  for (size_t pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size()))
    s.replace(pos, from.size(), to);
}

class QuoteUnquoteReference final : public Constraint {
 public:
  explicit QuoteUnquoteReference(bool paper) : paper_(paper) {}
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string value(text.raw());
    if (paper_) {
      replace_all(value, "\xE2\x80\x9C", "\"");
      replace_all(value, "\xE2\x80\x9D", "\"");
    }
    replace_all(value, "'\"'", "");
    std::string squeezed;
    squeezed.reserve(value.size());
    const char* p = value.data();
    const char* end = p + value.size();
    while (p < end) {
      auto d = text::decode(p, end);
      if (!text::is_py_space(d.cp)) squeezed.append(p, d.len);
      p += d.len;
    }
    if (squeezed.find("\"\"") != std::string::npos) {
      if (why) why->set("two quotes stand next to each other");
      return false;
    }
    auto strip_char = [](char c) {
      return (c >= '0' && c <= '9') || (c != '"' && is_ascii_punct(c));
    };
    size_t b = 0, e = squeezed.size();
    while (b < e && strip_char(squeezed[b]))
      ++b;
    while (e > b && strip_char(squeezed[e - 1]))
      --e;
    if (e > b && squeezed[e - 1] == '"') {
      if (why) why->set("the response ends with a quote");
      return false;
    }
    if (why) why->set("no quotes next to each other and no quote at the end");
    return true;
  }

 private:
  bool paper_;
};

class QuoteUnquotePrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const char* base = raw.data();
    const char* end = base + raw.size();
    size_t phrases = 0;
    bool in_quote = false;
    bool curly = false;
    size_t open_end = 0;
    bool need_words = false;  // a closed phrase still waits for its explanation
    for (const char* p = base; p < end;) {
      auto d = text::decode(p, end);
      size_t at = static_cast<size_t>(p - base);
      p += d.len;
      char32_t cp = d.cp;
      bool straight = cp == U'"';
      if (!in_quote) {
        if (straight || cp == U'\u201C') {
          if (need_words) {
            if (why) why->set("quoted phrase {} is not followed by an explanation", phrases);
            return false;
          }
          in_quote = true;
          curly = !straight;
          open_end = static_cast<size_t>(p - base);
        } else if (cp == U'\u201D') {
          if (why) why->set("a closing quote at byte {} has no opening quote", at);
          return false;
        } else if (need_words && text::is_word_char(cp)) {
          need_words = false;
        }
      } else if ((curly && cp == U'\u201D') || (!curly && straight)) {
        if (text::py_strip(raw.substr(open_end, at - open_end)).empty()) {
          if (why) why->set("an empty quoted phrase at byte {}", at);
          return false;
        }
        in_quote = false;
        need_words = true;
        ++phrases;
      }
    }
    if (in_quote) {
      if (why) why->set("a quote is never closed");
      return false;
    }
    if (phrases == 0) {
      if (why) why->set("the response has no quoted phrase");
      return false;
    }
    if (need_words) {
      if (why) why->set("the last quoted phrase is not followed by an explanation");
      return false;
    }
    if (why) why->set("each of the {} quoted phrases is followed by an explanation", phrases);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference)
    return make<QuoteUnquoteReference>(ctx.ifbench_version == IfbenchVersion::kPaper);
  return make<QuoteUnquotePrecise>();
}

}  // namespace

VerifierInfo quote_unquote() {
  VerifierInfo info;
  info.id = "format:quote_unquote";
  info.suite = "IFBench";
  info.summary = "Every quoted phrase must be followed by an unquoted explanation.";
  info.precise_differences = {
      "At least one quoted phrase is required; reference passes a response without quotes.",
      "Curly quotes `“ ”` are quotes in every version; reference sees them only in the paper "
      "era (the normalisation is a no-op at HEAD).",
      "The explanation must contain a word: `\"a\" - \"b\" - ok` fails between the phrases; "
      "reference only rejects quotes that touch after removing whitespace, or a quote at the "
      "end.",
      "Every quote must be closed; reference ignores an unmatched quote in the middle of the "
      "text."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
