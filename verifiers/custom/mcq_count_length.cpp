// custom:mcq_count_length: "Generate 4 multiple choice questions with 5 options each about
// '20th century art history'. Each question should start with the label "Question". The
// questions should get progressively longer. Do not provide an explanation."
//
// reference: IFBench: the text must start with "Question"; it is split by
//            `\n*(?:Question \d+[\.|\):;]?\s*)`; the non-blank pieces (stripped) must be 4. In
//            each piece, lines (stripped) matching `^[A-Ea-e][.|)]\s*\w+` are options, and the
//            lines before the first option form the question text; each piece needs exactly 5
//            options, and the question texts' lengths (code points, joined with spaces) must
//            strictly increase. Lines after the options are ignored.
// precise:   the same, plus: a markdown label (`**Question 1:**`, `### Question 1`) counts as the
//            label; options may be written `(A)` or as list items (`- A.`); the 5 options must be
//            labelled A, B, C, D, E in order; and a piece may hold nothing after its options but an
//            answer line (`Answer: C`, `Correct answer: C`): an explanation fails.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

constexpr size_t kQuestions = 4;
constexpr size_t kOptions = 5;

bool starts_with(std::string_view s, std::string_view p) {
  return s.substr(0, p.size()) == p;
}

// Skips Python `\s*` from `p`.
const char* skip_space(const char* p, const char* end) {
  while (p < end) {
    auto d = text::decode(p, end);
    if (!text::is_py_space(d.cp)) break;
    p += d.len;
  }
  return p;
}

// Python's `\n*(?:Question \d+[\.|\):;]?\s*)` anchored at `p`: the match end or nullptr.
const char* match_label(const char* p, const char* end) {
  while (p < end && *p == '\n')
    ++p;
  std::string_view rest(p, static_cast<size_t>(end - p));
  if (!starts_with(rest, "Question ")) return nullptr;
  p += 9;
  const char* digits = p;
  while (p < end) {
    auto d = text::decode(p, end);
    if (!(text::flags(d.cp) & text::kDigit)) break;
    p += d.len;
  }
  if (p == digits) return nullptr;
  if (p < end && std::string_view(".|):;").find(*p) != std::string_view::npos) ++p;
  return skip_space(p, end);
}

// re.split with that pattern.
std::vector<std::string_view> split_questions(std::string_view s) {
  std::vector<std::string_view> out;
  const char* begin = s.data();
  const char* end = begin + s.size();
  const char* piece = begin;
  for (const char* p = begin; p < end;) {
    const char* m = match_label(p, end);
    if (m != nullptr) {
      out.emplace_back(piece, static_cast<size_t>(p - piece));
      piece = p = m;
    } else {
      p += text::decode(p, end).len;
    }
  }
  out.emplace_back(piece, static_cast<size_t>(end - piece));
  return out;
}

// `^[A-Ea-e][.|)]\s*\w+` on a stripped line; the option's letter (uppercase) or 0.
char reference_option(std::string_view line) {
  if (line.size() < 2) return 0;
  char c = line[0];
  if (!((c >= 'A' && c <= 'E') || (c >= 'a' && c <= 'e'))) return 0;
  if (line[1] != '.' && line[1] != '|' && line[1] != ')') return 0;
  const char* end = line.data() + line.size();
  const char* p = skip_space(line.data() + 2, end);
  if (p >= end || !text::is_py_word(text::decode(p, end).cp)) return 0;
  return static_cast<char>(c >= 'a' ? c - 'a' + 'A' : c);
}

// precise: also `(A) text`, `- A. text`, `* A) text`, `**A.** text`.
char precise_option(std::string_view line) {
  if (starts_with(line, "- ") || starts_with(line, "* ") || starts_with(line, "+ "))
    line = text::py_lstrip(line.substr(2));
  while (starts_with(line, "*") || starts_with(line, "_"))
    line.remove_prefix(1);
  if (starts_with(line, "(") && line.size() >= 3 && line[2] == ')') {
    return reference_option(line.substr(1));
  }
  if (line.size() >= 4 && (line[2] == '*' || line[2] == '_')) {
    // "A.** text": drop the closing emphasis after the letter and its mark.
    std::string copy(line.substr(0, 2));
    std::string_view rest = line.substr(2);
    while (!rest.empty() && (rest.front() == '*' || rest.front() == '_'))
      rest.remove_prefix(1);
    copy += rest;
    return reference_option(copy);
  }
  return reference_option(line);
}

bool is_answer_line(std::string_view line) {
  while (!line.empty() && (line.front() == '*' || line.front() == '_' || line.front() == '#'))
    line.remove_prefix(1);
  std::string lower = text::py_lower(line.substr(0, 16));
  return starts_with(lower, "answer") || starts_with(lower, "correct answer");
}

// precise: the text with leading markdown removed from label lines ("**Question 1:**" ->
// "Question 1:").
std::string unmark_labels(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  while (true) {
    size_t nl = s.find('\n');
    std::string_view line = s.substr(0, nl);
    std::string_view t = line;
    while (!t.empty() &&
           (t.front() == '#' || t.front() == '*' || t.front() == '_' || t.front() == ' '))
      t.remove_prefix(1);
    if (starts_with(t, "Question ") && t.size() != line.size()) {
      std::string l(t);
      // drop closing emphasis right after the label: "Question 1:** text"
      size_t pos = l.find("**");
      if (pos != std::string::npos && pos < 16) l.erase(pos, 2);
      out += l;
    } else {
      out += line;
    }
    if (nl == std::string_view::npos) break;
    out += '\n';
    s.remove_prefix(nl + 1);
  }
  return out;
}

class McqCountLength final : public Constraint {
 public:
  explicit McqCountLength(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::string storage;
      std::string_view value = text.raw();
      if (precise_) {
        storage = unmark_labels(text::py_lstrip(value));
        value = storage;
      }
      if (!starts_with(value, "Question")) {
        if (why) why->set("the response does not start with \"Question\"");
        return false;
      }
      std::vector<std::string_view> pieces = split_questions(value);
      std::vector<std::string_view> questions;
      for (std::string_view q : pieces)
        if (!text::py_strip(q).empty()) questions.push_back(text::py_strip(q));
      if (questions.size() != kQuestions) {
        if (why) why->set("{} questions, expected {}", questions.size(), kQuestions);
        return false;
      }
      size_t prev_len = 0;
      for (size_t qi = 0; qi < questions.size(); ++qi) {
        std::string_view rest = questions[qi];
        std::string question_text;
        size_t options = 0;
        bool done = false;
        while (true) {
          size_t nl = rest.find('\n');
          std::string_view line = text::py_strip(rest.substr(0, nl));
          char letter = precise_ ? precise_option(line) : reference_option(line);
          if (letter != 0) {
            if (precise_ && letter != static_cast<char>('A' + options)) {
              if (why)
                why->set("question {}: option {} is not labelled {}", qi + 1, options + 1,
                         static_cast<char>('A' + options));
              return false;
            }
            ++options;
            done = true;
          } else if (!done) {
            question_text += ' ';
            question_text += line;
          } else if (precise_ && !line.empty() && !is_answer_line(line)) {
            if (why) why->set("question {}: text after the options", qi + 1);
            return false;
          }
          if (nl == std::string_view::npos) break;
          rest.remove_prefix(nl + 1);
        }
        if (options != kOptions) {
          if (why) why->set("question {} has {} options, expected {}", qi + 1, options, kOptions);
          return false;
        }
        size_t len = text::count_code_points(text::py_strip(question_text));
        if (qi > 0 && len <= prev_len) {
          if (why) why->set("question {} is not longer than question {}", qi + 1, qi);
          return false;
        }
        prev_len = len;
      }
      if (why) why->set("4 questions with 5 options each, progressively longer");
      return true;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<McqCountLength>(ctx.semantics);
}

}  // namespace

VerifierInfo mcq_count_length() {
  VerifierInfo info;
  info.id = "custom:mcq_count_length";
  info.suite = "IFBench";
  info.summary =
      "Generate 4 multiple choice questions with 5 options each, each starting with the label "
      "\"Question\", progressively longer, without explanation.";
  info.precise_differences = {
      "A markdown label counts: `**Question 1:**` or `### Question 1` (reference needs the text "
      "to start with the plain word Question).",
      "Options may be written `(A) text`, `**A.** text` or as list items `- A. text` (reference "
      "accepts only `A.`, `A)` or `A|` at the start of the line).",
      "The five options must be labelled A, B, C, D, E in that order (reference counts any five "
      "option-like lines, `a. a. a. a. a.` included).",
      "Nothing but an answer line (`Answer: C`) may follow a question's options: an explanation "
      "fails (reference ignores every line after the options)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
