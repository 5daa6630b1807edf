// format:line_indent: create stairs by incrementally indenting each new line.
//
// reference: split on "\n"; remove blank lines with list.remove() while iterating over the same
//            list (so the line after a removed one is skipped and consecutive blank lines
//            survive); then each line's count of leading spaces (spaces only) must be strictly
//            greater than the previous line's.
// precise:   the non-blank lines (CR and whitespace-only lines are blank) each have a strictly
//            greater indentation than the line before, counting a space as one column and a tab
//            as the step to the next multiple of 4; at least two non-blank lines.
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

size_t leading_spaces(std::string_view line) noexcept {
  size_t n = 0;
  while (n < line.size() && line[n] == ' ')
    ++n;
  return n;
}

class LineIndentReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    std::vector<std::string_view> lines;
    size_t start = 0;
    for (;;) {
      size_t nl = raw.find('\n', start);
      if (nl == std::string_view::npos) {
        lines.push_back(raw.substr(start));
        break;
      }
      lines.push_back(raw.substr(start, nl - start));
      start = nl + 1;
    }
    // for line in lines: if not line.strip(): lines.remove(line)
    for (size_t i = 0; i < lines.size(); ++i) {
      std::string_view line = lines[i];
      if (!text::py_strip(line).empty()) continue;
      for (size_t j = 0; j < lines.size(); ++j) {
        if (lines[j] == line) {
          lines.erase(lines.begin() + static_cast<std::ptrdiff_t>(j));
          break;
        }
      }
    }
    for (size_t i = 0; i + 1 < lines.size(); ++i) {
      if (leading_spaces(lines[i + 1]) <= leading_spaces(lines[i])) {
        if (why)
          why->set("line {} is indented {} spaces, not more than the line before ({})", i + 2,
                   leading_spaces(lines[i + 1]), leading_spaces(lines[i]));
        return false;
      }
    }
    if (why) why->set("each of the {} lines is indented more than the one before", lines.size());
    return true;
  }
};

size_t indentation(std::string_view line) noexcept {
  size_t col = 0;
  for (char c : line) {
    if (c == ' ')
      ++col;
    else if (c == '\t')
      col = (col / 4 + 1) * 4;
    else
      break;
  }
  return col;
}

class LineIndentPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t lines = 0;
    size_t prev = 0;
    size_t start = 0;
    for (;;) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      std::string_view line = raw.substr(start, stop - start);
      if (!text::py_strip(line).empty()) {
        size_t indent = indentation(line);
        if (lines > 0 && indent <= prev) {
          if (why)
            why->set("non-blank line {} is indented {} columns, not more than the line before ({})",
                     lines + 1, indent, prev);
          return false;
        }
        prev = indent;
        ++lines;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (lines < 2) {
      if (why) why->set("{} non-blank lines: stairs need at least 2", lines);
      return false;
    }
    if (why) why->set("each of the {} lines is indented more than the one before", lines);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<LineIndentReference>();
  return make<LineIndentPrecise>();
}

}  // namespace

VerifierInfo line_indent() {
  VerifierInfo info;
  info.id = "format:line_indent";
  info.suite = "IFBench";
  info.summary = "Create stairs by incrementally indenting each new line.";
  info.precise_differences = {
      "Every blank line is ignored; reference removes blank lines from the list it is iterating "
      "over, so of two consecutive blank lines one survives and fails the response.",
      "A tab counts as indentation (to the next multiple of 4 columns); reference counts only "
      "spaces, so a tab-indented staircase fails there.",
      "At least two non-blank lines are required; reference passes a single line."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
