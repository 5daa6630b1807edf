// format:output_template: the response follows the template
// "My Answer: [answer] My Conclusion: [conclusion] Future Outlook: [outlook]".
//
// reference: the text contains "My Answer:", "My Conclusion:" and "Future Outlook:" anywhere, in
//            any order.
// precise:   the three labels occur exactly once each, in the template's order; the response
//            starts with "My Answer" (after whitespace and markdown markers `#`, `*`, `_`, `>`);
//            markdown emphasis may stand between a label and its colon (`**My Answer**:`); each
//            label is followed by non-blank content (not the bare placeholder such as
//            `[answer]`) before the next label.
#include <array>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

constexpr std::array<std::string_view, 3> kLabels = {"My Answer", "My Conclusion",
                                                     "Future Outlook"};
constexpr std::array<std::string_view, 3> kPlaceholders = {"[answer]", "[conclusion]", "[outlook]"};

class OutputTemplateReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    for (std::string_view label : kLabels) {
      std::string needle(label);
      needle += ':';
      if (text.raw().find(needle) == std::string_view::npos) {
        if (why) why->set("\"{}\" is missing", needle);
        return false;
      }
    }
    if (why) why->set("all three template labels occur");
    return true;
  }
};

bool is_markdown_marker(char c) noexcept {
  return c == '*' || c == '_' || c == '#' || c == '>';
}

// Strips whitespace and markdown markers from both ends.
std::string_view trim_content(std::string_view s) noexcept {
  for (;;) {
    std::string_view t = text::py_strip(s);
    while (!t.empty() && is_markdown_marker(t.front()))
      t.remove_prefix(1);
    while (!t.empty() && is_markdown_marker(t.back()))
      t.remove_suffix(1);
    if (t.size() == s.size()) return t;
    s = t;
  }
}

struct Label {
  size_t begin = 0;  // of the label
  size_t end = 0;    // after its colon
};

// Finds every occurrence of `label` followed (after optional `*`/`_`) by ':'.
size_t find_labels(std::string_view raw, std::string_view label, Label& first) noexcept {
  size_t n = 0;
  for (size_t pos = raw.find(label); pos != std::string_view::npos;
       pos = raw.find(label, pos + 1)) {
    size_t i = pos + label.size();
    while (i < raw.size() && (raw[i] == '*' || raw[i] == '_'))
      ++i;
    if (i < raw.size() && raw[i] == ':') {
      if (n == 0) first = {pos, i + 1};
      ++n;
    }
  }
  return n;
}

class OutputTemplatePrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    std::array<Label, 3> found;
    for (size_t k = 0; k < kLabels.size(); ++k) {
      size_t n = find_labels(raw, kLabels[k], found[k]);
      if (n != 1) {
        if (why)
          n == 0 ? why->set("the label \"{}:\" is missing", kLabels[k])
                 : why->set("the label \"{}:\" occurs {} times", kLabels[k], n);
        return false;
      }
      if (k > 0 && found[k].begin < found[k - 1].end) {
        if (why) why->set("\"{}:\" comes before \"{}:\"", kLabels[k], kLabels[k - 1]);
        return false;
      }
    }
    if (!trim_content(raw.substr(0, found[0].begin)).empty()) {
      if (why) why->set("text comes before \"My Answer:\"");
      return false;
    }
    for (size_t k = 0; k < kLabels.size(); ++k) {
      size_t to = k + 1 < kLabels.size() ? found[k + 1].begin : raw.size();
      std::string_view content = trim_content(raw.substr(found[k].end, to - found[k].end));
      if (content.empty() || content == kPlaceholders[k]) {
        if (why) why->set("\"{}:\" has no content", kLabels[k]);
        return false;
      }
    }
    if (why) why->set("the response follows the template");
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<OutputTemplateReference>();
  return make<OutputTemplatePrecise>();
}

}  // namespace

VerifierInfo output_template() {
  VerifierInfo info;
  info.id = "format:output_template";
  info.suite = "IFBench";
  info.summary =
      "The response must use the template \"My Answer: [answer] My Conclusion: [conclusion] "
      "Future Outlook: [outlook]\".";
  info.precise_differences = {
      "The labels must come in the template's order (My Answer, My Conclusion, Future Outlook); "
      "reference accepts any order.",
      "Each label must occur exactly once; reference accepts repeated labels.",
      "The response must start with \"My Answer\" (after whitespace and markdown markers); "
      "reference accepts any text before it.",
      "Each label must be followed by non-blank content that is not the bare placeholder "
      "(`[answer]`); reference accepts empty sections.",
      "Markdown emphasis between a label and its colon is accepted (`**My Answer**:`); reference "
      "needs the exact substring \"My Answer:\"."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
