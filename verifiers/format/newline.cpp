// format:newline: write each word on a new line.
//
// reference: remove ASCII punctuation; the lines of the stripped text (split on "\n") that are
//            not exactly empty must be as many as its whitespace tokens. Lines holding only
//            spaces or a CR still count, so they can make up for a line with two words.
// precise:   no two words (Text::words()) share a line, and there is at least one word;
//            punctuation, markdown markers and blank lines are ignored.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

bool is_ascii_punct(char c) noexcept {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

class NewlineReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string value;
    value.reserve(text.raw().size());
    for (char c : text.raw())
      if (!is_ascii_punct(c)) value.push_back(c);
    std::string_view s = text::py_strip(value);
    size_t lines = 0;
    size_t start = 0;
    for (;;) {
      size_t nl = s.find('\n', start);
      size_t stop = nl == std::string_view::npos ? s.size() : nl;
      if (stop > start) ++lines;
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    size_t tokens = 0;
    std::vector<std::string_view> toks;
    text::py_split(s, toks);
    tokens = toks.size();
    if (why) why->set("{} non-empty lines for {} whitespace tokens", lines, tokens);
    return lines == tokens;
  }
};

class NewlinePrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no words");
      return false;
    }
    for (size_t i = 1; i < words.size(); ++i) {
      std::string_view gap = raw.substr(words[i - 1].end, words[i].begin - words[i - 1].end);
      if (gap.find('\n') == std::string_view::npos) {
        if (why)
          why->set("\"{}\" and \"{}\" share a line",
                   raw.substr(words[i - 1].begin, words[i - 1].size()),
                   raw.substr(words[i].begin, words[i].size()));
        return false;
      }
    }
    if (why) why->set("each of the {} words is on its own line", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<NewlineReference>();
  return make<NewlinePrecise>();
}

}  // namespace

VerifierInfo newline() {
  VerifierInfo info;
  info.id = "format:newline";
  info.suite = "IFBench";
  info.summary = "Write each word on a new line.";
  info.precise_differences = {
      "Each line is checked: no two words may share a line. Reference compares two totals, so a "
      "line with two words passes when a line holding only spaces makes up for it "
      "(`a b\\n \\nc`).",
      "Blank lines are ignored, including CRLF blank lines and lines of spaces; reference counts "
      "a line holding only spaces or a CR as a line, so `a\\r\\n\\r\\nb` fails there.",
      "Words follow Text::words(): non-ASCII punctuation separates words (`a—b` is two words "
      "on one line); reference removes only ASCII punctuation and counts whitespace tokens.",
      "A response without words fails; reference passes a response of punctuation only."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
