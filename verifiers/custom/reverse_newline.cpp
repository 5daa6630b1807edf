// custom:reverse_newline: "List the countries of Africa in reverse alphabetical order, each on a
// new line."
//
// reference: IFBench: split on '\n'; strip ASCII punctuation and spaces (only ' ', so '\r' and
//            tabs stay) from both ends of each line; drop the lines that become empty. From the
//            first line containing "Zimbabwe" (case-sensitive substring) to the end there must
//            be at least 52 lines, and their NFKD-then-ASCII forms must be sorted non-increasing
//            (byte order, so case matters).
// precise:   lines split on '\n' with any whitespace ('\r' included), markdown bullets and
//            numbering (`1.`, `2)`) and end punctuation stripped; blank lines dropped. From the
//            first line that is "Zimbabwe" (case-insensitive) there must be at least 52 lines,
//            in strictly decreasing order of their NFKD-then-ASCII, case-folded forms (a
//            repeated country fails).
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/ascii_fold.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

constexpr size_t kMinLines = 52;

bool is_ascii_punct(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

std::string_view strip_punct_space(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || is_ascii_punct(s.front())))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || is_ascii_punct(s.back())))
    s.remove_suffix(1);
  return s;
}

std::string ascii_lower(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

// precise: a line without surrounding whitespace, list marker and end punctuation.
std::string_view clean_line(std::string_view s) {
  s = text::py_strip(s);
  size_t i = 0;
  while (i < s.size() && s[i] >= '0' && s[i] <= '9')
    ++i;
  if (i > 0 && i < s.size() && (s[i] == '.' || s[i] == ')')) s.remove_prefix(i + 1);
  return text::py_strip(strip_punct_space(text::py_strip(s)));
}

class ReverseNewline final : public Constraint {
 public:
  explicit ReverseNewline(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::vector<std::string_view> lines;
      std::string_view rest = text.raw();
      while (true) {
        size_t nl = rest.find('\n');
        std::string_view line = rest.substr(0, nl);
        line = precise_ ? clean_line(line) : strip_punct_space(line);
        if (!line.empty()) lines.push_back(line);
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
      }
      size_t start = lines.size();
      for (size_t i = 0; i < lines.size() && start == lines.size(); ++i) {
        bool hit = precise_ ? ascii_lower(nfkd_ascii(lines[i])) == "zimbabwe"
                            : lines[i].find("Zimbabwe") != std::string_view::npos;
        if (hit) start = i;
      }
      if (start == lines.size()) {
        if (why) why->set("no line holds Zimbabwe");
        return false;
      }
      if (lines.size() - start < kMinLines) {
        if (why)
          why->set("{} lines from Zimbabwe on, expected at least {}", lines.size() - start,
                   kMinLines);
        return false;
      }
      std::string prev;
      for (size_t i = start; i < lines.size(); ++i) {
        std::string cur = nfkd_ascii(lines[i]);
        if (precise_) cur = ascii_lower(std::move(cur));
        if (i > start && (precise_ ? !(cur < prev) : prev < cur)) {
          if (why) why->set("\"{}\" is out of reverse alphabetical order", lines[i]);
          return false;
        }
        prev = std::move(cur);
      }
      if (why) why->set("{} lines in reverse alphabetical order", lines.size() - start);
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
  return make<ReverseNewline>(ctx.semantics);
}

}  // namespace

VerifierInfo reverse_newline() {
  VerifierInfo info;
  info.id = "custom:reverse_newline";
  info.suite = "IFBench";
  info.summary = "List the countries of Africa in reverse alphabetical order, each on a new line.";
  info.precise_differences = {
      "Numbered lists pass: a leading `1.` or `2)` is a list marker, not part of the country "
      "(reference compares `1. Zimbabwe` with `2. Zambia` and fails).",
      "The order ignores case: `eSwatini` sorts as `eswatini` (reference compares bytes, so "
      "lowercase sorts after every capital letter).",
      "The list starts at a line that is just Zimbabwe: a sentence mentioning Zimbabwe before the "
      "list does not start it (reference starts at the first line containing the substring).",
      "A country listed twice fails (reference accepts equal neighbours)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
