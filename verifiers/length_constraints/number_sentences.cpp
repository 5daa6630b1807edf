// length_constraints:number_sentences: the response has fewer than / at least N sentences.
//
// reference: sentences of nltk 3.8's Punkt English tokenizer (Text::sentences()), which ignores
//            line breaks: list items and headings without final punctuation merge with what
//            follows.
// precise:   the same Punkt sentences, and a line break after a markdown list item or heading
//            line also ends a sentence. Blank text fails.
#include <cstdint>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/length_constraints/family.h"

namespace precis::verifiers::length_constraints {
namespace {

bool is_blank_char(char32_t cp) {
  return text::is_py_space(cp) || text::is_zero_width(cp);
}

// True when `line` (without its line break) is a markdown list item or ATX heading with content:
// after indentation, `*`, `-`, `+` or `•` and a space, or digits then `.` or `)` and a space,
// or one to six `#` and a space.
bool is_item_or_heading(std::string_view line) {
  size_t i = 0;
  while (i < line.size() && (line[i] == ' ' || line[i] == '\t'))
    ++i;
  std::string_view rest = line.substr(i);
  size_t marker = 0;
  if (rest.empty()) return false;
  if (rest[0] == '*' || rest[0] == '-' || rest[0] == '+') {
    marker = 1;
  } else if (rest.substr(0, 3) == "\xE2\x80\xA2") {  // U+2022 BULLET
    marker = 3;
  } else if (rest[0] == '#') {
    while (marker < rest.size() && rest[marker] == '#')
      ++marker;
    if (marker > 6) return false;
  } else if (rest[0] >= '0' && rest[0] <= '9') {
    while (marker < rest.size() && marker < 9 && rest[marker] >= '0' && rest[marker] <= '9')
      ++marker;
    if (marker >= rest.size() || (rest[marker] != '.' && rest[marker] != ')')) return false;
    ++marker;
  } else {
    return false;
  }
  if (marker >= rest.size() || (rest[marker] != ' ' && rest[marker] != '\t')) return false;
  // The item or heading must have some content after its marker.
  std::string_view content = rest.substr(marker);
  const char* p = content.data();
  const char* end = p + content.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_blank_char(d.cp)) return true;
    p += d.len;
  }
  return false;
}

// Number of extra sentence ends: line breaks that follow a list item or heading line and fall
// strictly inside a Punkt sentence (Punkt sentences end at a non-blank character, so text of the
// sentence follows the break). One pass over the lines, one over the sentences.
int64_t extra_breaks(std::string_view raw, const std::vector<Span>& sentences) {
  int64_t extra = 0;
  size_t j = 0;
  size_t line_start = 0;
  while (line_start < raw.size() && j < sentences.size()) {
    size_t nl = raw.find('\n', line_start);
    if (nl == std::string_view::npos) break;
    std::string_view line = raw.substr(line_start, nl - line_start);
    line_start = nl + 1;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (!is_item_or_heading(line)) continue;
    while (j < sentences.size() && sentences[j].end <= nl)
      ++j;
    if (j < sentences.size() && sentences[j].begin < nl) ++extra;
  }
  return extra;
}

class NumberSentences final : public Constraint {
 public:
  NumberSentences(int64_t bound, Relation relation, Semantics s)
      : bound_(bound), relation_(relation), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    int64_t n = 0;
    try {
      const auto& sentences = text.sentences();
      n = static_cast<int64_t>(sentences.size());
      if (precise_) n += extra_breaks(text.raw(), sentences);
    } catch (...) {
      if (why) why->set("out of memory while splitting sentences");
      return false;
    }
    bool pass = compare(n, bound_, relation_);
    if (why) why->set("{} sentences; expected {} {}", n, relation_text(relation_), bound_);
    return pass;
  }

 private:
  int64_t bound_;
  Relation relation_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberSentences>(kw.integer("num_sentences"), parse_relation(kw.string("relation")),
                               ctx.semantics);
}

}  // namespace

VerifierInfo number_sentences() {
  VerifierInfo info;
  info.id = "length_constraints:number_sentences";
  info.suite = "IFEval";
  info.summary = "The response must have fewer than / at least `num_sentences` sentences.";
  info.kwargs = {int_kwarg("num_sentences", "the sentence count bound"),
                 relation_kwarg("relation")};
  info.conflicts = {"combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences"};
  info.precise_differences = {
      "A line break after a markdown list item (`* `, `- `, `+ `, `• `, `1. `, `1) `) or heading "
      "(`# ` to `###### `) line also ends a sentence, so list items and headings without final "
      "punctuation are not merged with the next line (reference: Punkt alone, which ignores line "
      "breaks).",
      "A blank response fails by itself (reference leaves that to the evaluation's blank-response "
      "gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::length_constraints
