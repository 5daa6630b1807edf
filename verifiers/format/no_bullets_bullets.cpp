// format:no_bullets_bullets: at least two sentences ending in a period, followed by at least
// two bullet points denoted by `*`.
//
// reference: line scan. Until the first line whose stripped text starts with `*`, each line's
//            stripped text is split into sentences (HEAD: NLTK Punkt; paper era: IFEval's regex
//            splitter) and counted; the variable holding "still in the sentences part" is then
//            overwritten with that line's sentence list, so a line with no sentences (a blank
//            line) makes the next non-bullet line fail. A `*` line needs at least 2 sentences
//            before it; after the first `*` line every line, blank ones included, must start
//            with `*`; at least 2 `*` lines.
// precise:   the lines before the first bullet (`* ` and text, after indentation) hold at least
//            two Punkt sentences ending in a period; at least two bullets follow, and after the
//            first bullet only bullet lines and blank lines (CR and whitespace included) appear.
#include <string>
#include <string_view>
#include <vector>

#include "text/punkt.h"
#include "text/regex_sentences.h"
#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

class NoBulletsBulletsReference final : public Constraint {
 public:
  explicit NoBulletsBulletsReference(bool paper) : paper_(paper) {}
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    bool in_sentences = true;
    size_t sentences = 0;
    size_t bullets = 0;
    std::vector<std::string> regex_out;
    size_t start = 0;
    for (;;) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      std::string_view line = text::py_strip(raw.substr(start, stop - start));
      if (!line.empty() && line[0] == '*') {
        in_sentences = false;
        if (sentences < 2) {
          if (why) why->set("{} sentences before the first `*` line (2 needed)", sentences);
          return false;
        }
        ++bullets;
      } else if (in_sentences) {
        size_t n;
        if (paper_) {
          text::regex_sentences(line, regex_out);
          n = regex_out.size();
        } else {
          n = text::punkt_count_sentences(line, text::english_punkt());
        }
        sentences += n;
        in_sentences = n > 0;
      } else {
        if (why) why->set("a line after the sentences does not start with `*`");
        return false;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (why) why->set("{} `*` lines (2 needed)", bullets);
    return bullets >= 2;
  }

 private:
  bool paper_;
};

bool is_bullet(std::string_view line) noexcept {
  line = text::py_lstrip(line);
  return line.size() >= 2 && line[0] == '*' && (line[1] == ' ' || line[1] == '\t') &&
         !text::py_strip(line.substr(2)).empty();
}

class NoBulletsBulletsPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t intro_end = std::string_view::npos;
    size_t bullets = 0;
    size_t start = 0;
    for (;;) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      std::string_view line = raw.substr(start, stop - start);
      if (is_bullet(line)) {
        if (bullets == 0) intro_end = start;
        ++bullets;
      } else if (bullets > 0 && !text::py_strip(line).empty()) {
        if (why) why->set("a line after the first bullet is not a bullet");
        return false;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (bullets < 2) {
      if (why) why->set("{} `*` bullets (2 needed)", bullets);
      return false;
    }
    std::vector<Span> spans;
    std::string_view intro = raw.substr(0, intro_end);
    text::punkt_sentences(intro, text::english_punkt(), spans);
    size_t periods = 0;
    for (const Span& s : spans) {
      std::string_view sent = text::py_rstrip(intro.substr(s.begin, s.size()));
      if (!sent.empty() && sent.back() == '.') ++periods;
    }
    if (periods < 2) {
      if (why) why->set("{} sentences ending in a period before the bullets (2 needed)", periods);
      return false;
    }
    if (why) why->set("{} sentences, then {} bullets", periods, bullets);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference)
    return make<NoBulletsBulletsReference>(ctx.ifbench_version == IfbenchVersion::kPaper);
  return make<NoBulletsBulletsPrecise>();
}

}  // namespace

VerifierInfo no_bullets_bullets() {
  VerifierInfo info;
  info.id = "format:no_bullets_bullets";
  info.suite = "IFBench";
  info.summary =
      "The answer must contain at least two sentences ending in a period, followed by at least "
      "two bullet points denoted by *.";
  info.precise_differences = {
      "The sentences must end in a period; reference counts every sentence (`Why? Because!` "
      "counts as two).",
      "Blank lines are allowed anywhere: reference fails a blank line between the bullets, and "
      "a blank line followed by more text before the bullets.",
      "Sentences are counted over the whole text before the bullets, so a sentence running over "
      "two lines counts once; reference splits each line separately.",
      "Only `* ` followed by text is a bullet: a `**bold**` line before the list is part of the "
      "text, while reference takes it for the first bullet."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
