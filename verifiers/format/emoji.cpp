// format:emoji: "Please use an emoji at the end of every sentence."
//
// reference: IFBench: sentences (head: NLTK Punkt; paper: IFEval's regex splitter); for each,
//            remove the ASCII punctuation and strip whitespace: an empty sentence fails; the
//            last or the second-last code point must be an emoji, or else the next sentence
//            (punctuation removed, stripped, not empty) must start with one; the last sentence
//            has no next one. "Emoji" is the `emoji` package's is_emoji on one code point: a
//            code point listed on its own in Unicode's emoji data, which precis takes from ICU's
//            Emoji property minus the keycap bases `# * 0-9` and the single regional indicators
//            (they are emoji only in sequences). No sentence at all passes (the engine fails
//            blank responses before any check).
// precise:   Punkt sentences in both versions. A sentence ends with an emoji when, after its
//            trailing whitespace and punctuation (ASCII or Unicode), the text ends with a whole
//            emoji: a pictograph, a flag (two regional indicators or a tag sequence), a keycap,
//            a ZWJ sequence or a skin-tone modified emoji. Or the emoji stands right after the
//            sentence's closing punctuation, where Punkt puts it at the start of the next
//            sentence. Symbols that Unicode draws as text by default and that lie below the
//            pictograph blocks (U+2600), such as © ® ™ ‼ ↔ ▶, count only with the emoji
//            variation selector U+FE0F.
#include <unicode/uchar.h>

#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::format {
namespace {

constexpr char32_t kVs15 = 0xFE0E;
constexpr char32_t kVs16 = 0xFE0F;
constexpr char32_t kKeycap = 0x20E3;
constexpr char32_t kZwj = 0x200D;

bool ascii_punct(char32_t cp) noexcept {
  return cp < 0x80 && ((cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) ||
                       (cp >= 0x5B && cp <= 0x60) || (cp >= 0x7B && cp <= 0x7E));
}

bool regional_indicator(char32_t cp) noexcept {
  return cp >= 0x1F1E6 && cp <= 0x1F1FF;
}

bool emoji_property(char32_t cp) noexcept {
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_EMOJI) != 0;
}

// The emoji package's is_emoji on a one-character string.
bool reference_is_emoji(char32_t cp) noexcept {
  return cp >= 0x80 && !regional_indicator(cp) && emoji_property(cp);
}

// --- reference -------------------------------------------------------------------------

// The last and second-last code points of `s` with ASCII punctuation removed and whitespace
// stripped; false when nothing is left.
bool reference_tail(std::string_view s, char32_t& last, char32_t& second) {
  const char* begin = s.data();
  const char* p = begin + s.size();
  bool have_last = false;
  while (p > begin) {
    auto d = text::decode_before(begin, p);
    p -= d.len;
    if (ascii_punct(d.cp)) continue;
    if (!have_last) {
      if (text::is_py_space(d.cp)) continue;
      last = d.cp;
      second = d.cp;
      have_last = true;
    } else {
      second = d.cp;
      return true;
    }
  }
  return have_last;
}

// The first code point of `s` with ASCII punctuation removed and whitespace stripped.
bool reference_head(std::string_view s, char32_t& first) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    if (ascii_punct(d.cp) || text::is_py_space(d.cp)) continue;
    first = d.cp;
    return true;
  }
  return false;
}

// --- precise ---------------------------------------------------------------------------

bool pictograph(char32_t cp, bool selected) noexcept {
  if (!emoji_property(cp) || regional_indicator(cp)) return false;
  if (cp < 0x80) return false;  // keycap bases are emoji only with U+20E3
  if (selected || cp >= 0x2600) return true;
  return u_hasBinaryProperty(static_cast<UChar32>(cp), UCHAR_EMOJI_PRESENTATION) != 0;
}

bool trailing_mark(char32_t cp) noexcept {
  return text::is_py_space(cp) || ascii_punct(cp) || u_ispunct(static_cast<UChar32>(cp)) ||
         text::is_zero_width(cp);
}

// True when `s`, once trailing whitespace and punctuation are skipped, ends with a whole emoji.
bool ends_with_emoji(std::string_view s) {
  const char* begin = s.data();
  const char* p = begin + s.size();
  char32_t cp = 0;
  while (p > begin) {
    auto d = text::decode_before(begin, p);
    if (!trailing_mark(d.cp) || d.cp == kZwj) {
      cp = d.cp;
      break;
    }
    p -= d.len;
  }
  if (p == begin) return false;
  bool keycap = false;
  bool selected = false;
  // Skip what may follow an emoji's base: variation selectors, the keycap mark, tag characters.
  while (p > begin) {
    auto d = text::decode_before(begin, p);
    cp = d.cp;
    if (cp == kVs16 || cp == kVs15) {
      selected = selected || cp == kVs16;
    } else if (cp == kKeycap) {
      keycap = true;
    } else if (cp >= 0xE0020 && cp <= 0xE007F) {
      // tag sequence (subdivision flags): the base is the black flag before the tags
    } else {
      p -= d.len;
      break;
    }
    p -= d.len;
    cp = 0;
  }
  if (cp == 0) return false;
  if (keycap) return (cp >= '0' && cp <= '9') || cp == '#' || cp == '*';
  if (regional_indicator(cp)) {
    if (p == begin) return false;
    return regional_indicator(text::decode_before(begin, p).cp);
  }
  return pictograph(cp, selected);
}

// True when `s`, after leading whitespace, starts with a whole emoji.
bool starts_with_emoji(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!text::is_py_space(d.cp) && !text::is_zero_width(d.cp)) break;
    p += d.len;
  }
  if (p == end) return false;
  auto first = text::decode(p, end);
  const char* q = p + first.len;
  char32_t next = 0;
  char32_t after = 0;
  if (q < end) {
    auto d = text::decode(q, end);
    next = d.cp;
    if (q + d.len < end) after = text::decode(q + d.len, end).cp;
  }
  char32_t c = first.cp;
  if ((c >= '0' && c <= '9') || c == '#' || c == '*')
    return next == kKeycap || (next == kVs16 && after == kKeycap);
  if (regional_indicator(c)) return regional_indicator(next);
  return pictograph(c, next == kVs16);
}

// Up to 40 bytes of a sentence, cut at a character boundary, for reasons.
std::string_view excerpt(std::string_view s) {
  s = text::py_strip(s);
  if (s.size() <= 40) return s;
  size_t n = 40;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
    --n;
  return s.substr(0, n);
}

class Emoji final : public Constraint {
 public:
  Emoji(Semantics s, IfbenchVersion v)
      : precise_(s == Semantics::kPrecise), paper_(v == IfbenchVersion::kPaper) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      thread_local std::vector<std::string_view> sentences;
      sentences.clear();
      if (!precise_ && paper_) {
        for (const std::string& s : text.regex_sentences())
          sentences.emplace_back(s);
      } else {
        for (const Span& s : text.sentences())
          sentences.push_back(text.raw().substr(s.begin, s.size()));
      }
      return precise_ ? check_precise(text, sentences, why) : check_reference(sentences, why);
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  static bool check_reference(const std::vector<std::string_view>& sentences, Reason* why) {
    for (size_t i = 0; i < sentences.size(); ++i) {
      char32_t last = 0;
      char32_t second = 0;
      if (!reference_tail(sentences[i], last, second)) {
        if (why) why->set("sentence {} is empty once punctuation is removed", i + 1);
        return false;
      }
      if (reference_is_emoji(last) || reference_is_emoji(second)) continue;
      char32_t first = 0;
      if (i + 1 < sentences.size() && reference_head(sentences[i + 1], first) &&
          reference_is_emoji(first))
        continue;
      if (why)
        why->set("sentence {} (\"{}\") does not end with an emoji", i + 1, excerpt(sentences[i]));
      return false;
    }
    if (why) why->set("{} sentence(s), each ending with an emoji", sentences.size());
    return true;
  }

  static bool check_precise(const Text& text, const std::vector<std::string_view>& sentences,
                            Reason* why) {
    if (matching::blank(text) || sentences.empty()) {
      if (why) why->set("the response is blank");
      return false;
    }
    for (size_t i = 0; i < sentences.size(); ++i) {
      if (ends_with_emoji(sentences[i])) continue;
      if (i + 1 < sentences.size() && starts_with_emoji(sentences[i + 1])) continue;
      if (why)
        why->set("sentence {} (\"{}\") does not end with an emoji", i + 1, excerpt(sentences[i]));
      return false;
    }
    if (why) why->set("{} sentence(s), each ending with an emoji", sentences.size());
    return true;
  }

  bool precise_;
  bool paper_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Emoji>(ctx.semantics, ctx.ifbench_version);
}

}  // namespace

VerifierInfo emoji() {
  VerifierInfo info;
  info.id = "format:emoji";
  info.suite = "IFBench";
  info.summary = "Use an emoji at the end of every sentence.";
  info.precise_differences = {
      "A whole emoji counts, whatever its code points: a flag (`🇫🇷`, two regional indicators), "
      "a keycap (`1️⃣`) or a ZWJ sequence ends a sentence (reference looks at single code "
      "points "
      "and fails flags and keycaps).",
      "The emoji must be the last thing in the sentence apart from punctuation and whitespace: "
      "`Nice day 😀x.` fails (reference also accepts an emoji as the second-last character).",
      "Unicode punctuation after the emoji is skipped like ASCII punctuation: `Great day 😀 »` "
      "and `好 😀。` pass (reference strips only ASCII punctuation, so the second-last character "
      "is a space there).",
      "Symbols drawn as text by default below U+2600 (`©`, `®`, `™`, `‼`, `↔`, `▶`) are emoji only "
      "with U+FE0F: `Acme™.` fails (reference counts them, as the emoji package lists them).",
      "Sentences are NLTK Punkt sentences in both IFBench versions (the paper-era reference uses "
      "IFEval's regex splitter)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
