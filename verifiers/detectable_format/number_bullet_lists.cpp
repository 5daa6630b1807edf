// detectable_format:number_bullet_lists: exactly N markdown bullet points.
//
// reference: len(re.findall(r"^\s*\*[^\*].*$", s, re.MULTILINE)) +
//            len(re.findall(r"^\s*-.*$", s, re.MULTILINE)) == N. `\s*` may cross newlines and
//            `[^\*]` may match a newline (a lone `*` line swallows the next line); `*italic*`
//            lines, `---` rules and `-5` count; `**bold**` lines, `+`, `•` and `1.` do not.
// precise:   lines that start, after indentation, with `*`, `-` or `+`, then whitespace, then
//            visible text; horizontal rules (`---`, `***`, `* * *`, `___`) are not items.
//            Exactly N. Blank text fails.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"

namespace precis::verifiers::detectable_format {
namespace {

bool has_visible(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::flags(d.cp) & (text::kLetter | text::kNumber | text::kPunct | text::kSymbol))
      return true;
    p += d.len;
  }
  return false;
}

// The end of the maximal run of Python whitespace starting at `i` (newlines included).
size_t skip_spaces(std::string_view s, size_t i) noexcept {
  const char* end = s.data() + s.size();
  while (i < s.size()) {
    auto d = text::decode(s.data() + i, end);
    if (!text::is_py_space(d.cp)) break;
    i += d.len;
  }
  return i;
}

size_t line_end(std::string_view s, size_t i) noexcept {
  size_t e = s.find('\n', i);
  return e == std::string_view::npos ? s.size() : e;
}

// findall(r"^\s*\*[^\*].*$", MULTILINE) (star) or findall(r"^\s*-.*$", MULTILINE). Neither can
// match empty. Backtracking into `\s*` never helps (the next token is not whitespace), so a try
// at a line start succeeds exactly when the character after the whitespace run fits; when it
// does not, every line start inside the run ends at the same place and fails too.
int64_t count_reference(std::string_view s, bool star) noexcept {
  int64_t n = 0;
  size_t p = 0;  // always a line start: 0 or just after '\n'
  while (p <= s.size()) {
    size_t q = skip_spaces(s, p);
    size_t e = std::string_view::npos;
    if (star) {
      if (q + 1 < s.size() && s[q] == '*' && s[q + 1] != '*') {
        size_t after = q + 1 + text::decode(s.data() + q + 1, s.data() + s.size()).len;
        e = line_end(s, after);  // `.*$` after `[^\*]`, which may have been the newline
      }
    } else if (q < s.size() && s[q] == '-') {
      e = line_end(s, q + 1);
    }
    if (e != std::string_view::npos) {
      ++n;
      if (e > 0 && s[e - 1] == '\n') {
        p = e;  // the match ended at a line start (its `[^\*]` was a newline)
        continue;
      }
      if (e >= s.size()) break;
      p = e + 1;
    } else {
      size_t nl = s.find('\n', q);
      if (nl == std::string_view::npos) break;
      p = nl + 1;
    }
  }
  return n;
}

// Whitespace inside a line: Python's whitespace but the newline.
bool is_inline_space(char32_t c) noexcept {
  return c != '\n' && text::is_py_space(c);
}

// A thematic break: three or more of one of `*`, `-`, `_`, with only whitespace between.
bool is_rule(std::string_view line) noexcept {
  char32_t mark = 0;
  int count = 0;
  const char* p = line.data();
  const char* end = p + line.size();
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    if (is_inline_space(d.cp)) continue;
    if (d.cp != '*' && d.cp != '-' && d.cp != '_') return false;
    if (mark && d.cp != mark) return false;
    mark = d.cp;
    ++count;
  }
  return count >= 3;
}

// Whether `line` is a list item: indentation, a marker, whitespace, visible text.
bool is_item(std::string_view line) noexcept {
  const char* p = line.data();
  const char* end = p + line.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!is_inline_space(d.cp)) break;
    p += d.len;
  }
  if (p >= end || (*p != '*' && *p != '-' && *p != '+')) return false;
  ++p;
  if (p >= end) return false;
  auto d = text::decode(p, end);
  if (!is_inline_space(d.cp)) return false;
  return has_visible(std::string_view(p, static_cast<size_t>(end - p))) && !is_rule(line);
}

int64_t count_precise(std::string_view s) noexcept {
  int64_t n = 0;
  size_t p = 0;
  while (p <= s.size()) {
    size_t e = line_end(s, p);
    if (is_item(s.substr(p, e - p))) ++n;
    if (e >= s.size()) break;
    p = e + 1;
  }
  return n;
}

class NumberBulletLists final : public Constraint {
 public:
  NumberBulletLists(int64_t bullets, Semantics s)
      : bullets_(bullets), precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    int64_t n = precise_ ? count_precise(s) : count_reference(s, true) + count_reference(s, false);
    bool pass = n == bullets_;
    if (why) why->set("{} bullet points; expected exactly {}", n, bullets_);
    return pass;
  }

 private:
  int64_t bullets_;
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  return make<NumberBulletLists>(kw.integer("num_bullets"), ctx.semantics);
}

}  // namespace

VerifierInfo number_bullet_lists() {
  VerifierInfo info;
  info.id = "detectable_format:number_bullet_lists";
  info.suite = "IFEval";
  info.summary = "The response must contain exactly `num_bullets` markdown bullet points.";
  info.kwargs = {int_kwarg("num_bullets", "the exact number of bullet points")};
  info.conflicts = {"combination:repeat_prompt", "combination:two_responses",
                    "detectable_format:constrained_response", "detectable_format:json_format",
                    "detectable_format:number_bullet_lists"};
  info.precise_differences = {
      "The marker must be followed by whitespace: `*italic*` and `-5` lines are not items "
      "(reference counts them).",
      "Horizontal rules (`---`, `***`, `* * *`, `- - -`, `___`) are not items (reference counts "
      "`---` and `* * *`).",
      "`+` items count (reference ignores them).",
      "An item needs visible text after its marker: a lone `*` or `-` is not an item, and never "
      "swallows the next line (reference: a lone `*` line and the line after it count once, "
      "and a lone `-` counts).",
      "Lines are the pieces between newlines; reference's `^\\s*` may run across blank lines, "
      "which only matters in the cases above.",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
