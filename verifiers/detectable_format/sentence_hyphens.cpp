// detectable_format:sentence_hyphens: all sentences are connected with hyphens, with no spaces
// between them ("One.-Two.-Three.").
//
// reference: gold = IFEval's regex sentences of the response with every `-` replaced by a space;
//            chunks = response.split("-"); zip(chunks, gold) must pair each chunk with an equal
//            sentence, and no chunk may have leading or trailing whitespace. zip stops at the
//            shorter list, so the counts are not compared: one sentence without a hyphen passes,
//            a trailing `-` passes, and a hyphenated word ("well-known") fails.
// precise:   the stripped response is one line of at least two sentences in which every
//            sentence boundary is a hyphen join: a hyphen (`-`, U+2010, U+2011) right after
//            sentence-final punctuation (`.`, `!`, `?`, `…`, optionally followed by closing quotes
//            or brackets) and right before the next sentence, with no whitespace on either side.
//            Hyphens inside words are not boundaries. Sentences are found with the Punkt
//            tokenizer (Text::sentences()), which never splits at a hyphen join: two Punkt
//            sentences separated by whitespace fail. A blank response fails.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/regex_sentences.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::detectable_format {
namespace {

class SentenceHyphensReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      return check_impl(text.raw(), why);
    } catch (...) {  // std::bad_alloc from the splitter's buffers
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  static bool check_impl(std::string_view raw, Reason* why) {
    thread_local std::string spaced;
    thread_local std::vector<std::string> gold;
    spaced.assign(raw);
    for (char& c : spaced)
      if (c == '-') c = ' ';
    text::regex_sentences(spaced, gold);
    size_t start = 0;
    for (size_t i = 0; i < gold.size(); ++i) {
      size_t dash = raw.find('-', start);
      std::string_view chunk =
          raw.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start);
      if (text::py_strip(chunk).size() != chunk.size()) {
        if (why) why->set("hyphen-separated chunk {} has whitespace at its edges", i + 1);
        return false;
      }
      if (chunk != gold[i]) {
        if (why) why->set("hyphen-separated chunk {} is not sentence {}", i + 1, i + 1);
        return false;
      }
      if (dash == std::string_view::npos) break;  // no more chunks: zip stops
      start = dash + 1;
    }
    if (why) why->set("every hyphen-separated chunk is one sentence");
    return true;
  }
};

bool is_hyphen(char32_t c) noexcept {
  return c == '-' || c == 0x2010 || c == 0x2011;
}
bool is_terminal(char32_t c) noexcept {
  return c == '.' || c == '!' || c == '?' || c == 0x2026 || c == 0x3002 || c == 0xFF01 ||
         c == 0xFF1F || c == 0xFF0E;
}
bool is_closer(char32_t c) noexcept {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x300D || c == 0x300F;
}

// True when s[0, end) ends with sentence-final punctuation, optionally followed by closers.
bool ends_sentence(std::string_view s, size_t end) noexcept {
  const char* begin = s.data();
  const char* p = begin + end;
  while (p > begin) {
    text::Decoded d = text::decode_before(begin, p);
    if (is_terminal(d.cp)) return true;
    if (!is_closer(d.cp)) return false;
    p -= d.len;
  }
  return false;
}

class SentenceHyphensPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view raw = text.raw();
    std::string_view s = text.stripped();
    const size_t offset = static_cast<size_t>(s.data() - raw.data());
    if (s.find_first_of("\r\n") != std::string_view::npos) {
      if (why) why->set("the response has a line break; sentences must be joined by hyphens");
      return false;
    }
    // Hyphen joins, and hyphens with whitespace around them after a sentence end.
    size_t joins = 0;
    const char* begin = s.data();
    const char* end = begin + s.size();
    for (const char* p = begin; p < end;) {
      text::Decoded d = text::decode(p, end);
      const size_t at = static_cast<size_t>(p - begin);
      if (is_hyphen(d.cp)) {
        // The text before the hyphen, with whitespace skipped.
        size_t before = at;
        while (before > 0) {
          text::Decoded b = text::decode_before(begin, begin + before);
          if (!text::is_py_space(b.cp)) break;
          before -= b.len;
        }
        if (ends_sentence(s, before)) {
          if (before != at) {
            if (why) why->set("whitespace before the hyphen at byte {}", offset + at);
            return false;
          }
          if (p + d.len == end) {
            if (why) why->set("the response ends with a hyphen that joins nothing");
            return false;
          }
          text::Decoded next = text::decode(p + d.len, end);
          if (text::is_py_space(next.cp)) {
            if (why) why->set("whitespace after the hyphen at byte {}", offset + at);
            return false;
          }
          ++joins;
        }
      }
      p += d.len;
    }
    // Sentences that Punkt separates at whitespace are not joined by a hyphen.
    const auto& sentences = text.sentences();
    for (size_t i = 1; i < sentences.size(); ++i) {
      std::string_view gap =
          raw.substr(sentences[i - 1].end, sentences[i].begin - sentences[i - 1].end);
      if (!gap.empty() && text::py_strip(gap).size() != gap.size()) {
        if (why)
          why->set("sentences {} and {} are separated by whitespace, not joined by a hyphen", i,
                   i + 1);
        return false;
      }
    }
    if (joins == 0) {
      if (why) why->set("no two sentences are joined by a hyphen");
      return false;
    }
    if (why) why->set("{} sentences joined by hyphens", joins + 1);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<SentenceHyphensReference>();
  return make<SentenceHyphensPrecise>();
}

}  // namespace

VerifierInfo sentence_hyphens() {
  VerifierInfo info;
  info.id = "detectable_format:sentence_hyphens";
  info.suite = "IFEvalG";
  info.summary =
      "All sentences must be connected using hyphens, with no spaces between them "
      "(`One.-Two.-Three.`).";
  info.precise_differences = {
      "Hyphens inside words are not sentence separators: `A well-known fact.-It is true.` "
      "passes; reference splits at every `-` and fails it.",
      "At least two sentences joined by a hyphen are required: a single sentence fails; "
      "reference passes one sentence without any hyphen.",
      "A hyphen joins two sentences when it follows sentence-final punctuation (`.`, `!`, `?`, "
      "`…`), optionally followed by closing quotes or brackets: `He said \"hi.\"-She left.` "
      "passes; reference fails it because its splitter moves the quote before the period.",
      "The hyphen may also be U+2010 `‐` or U+2011 `‑` (reference: only `-`); dashes (`–`, `—`) "
      "are not hyphens in either semantics.",
      "A hyphen at the end of the response fails, since it joins nothing (reference never "
      "compares the empty chunk after it).",
      "Whitespace at the start or end of the response (a final line break) is ignored; reference "
      "fails it because the first or last chunk then has whitespace at its edge.",
      "Sentences are found with the Punkt tokenizer, not IFEval's regex splitter: `One.-Plan B. "
      "Then two.` fails (two sentences separated by a space), while reference's splitter "
      "protects `B.` and passes it.",
      "A response holding only whitespace and zero-width characters fails (reference: only "
      "whitespace, through the evaluation's blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
