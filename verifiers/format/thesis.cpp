// format:thesis: each section begins with a thesis statement in italics, marked with HTML.
//
// reference: find the first `<i>` (or, when there is none, the first `<em>`); in the text from
//            there, find the first `</i>` (or, when there is none, `</em>`); the text between
//            offset 3 and the closing tag must be non-blank (offsets fitted to `<i>`, so `<em>`
//            leaves its `>` inside), and the text from 4 bytes after the closing tag must be
//            non-blank (after `</em>` its `>` remains, so that check always holds).
// precise:   sections are the parts of the response separated by markdown heading lines
//            (`# ...`) or lines that are bold only (`**Title**`); without headings the whole
//            response is one section. Every non-blank section must begin with `<i>...</i>` or
//            `<em>...</em>` (same tag to open and close) holding non-blank text, and be followed
//            by non-blank text in that section.
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

class ThesisReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view value = text.raw();
    size_t index = value.find("<i>");
    if (index == std::string_view::npos) {
      index = value.find("<em>");
      if (index == std::string_view::npos) {
        if (why) why->set("no <i> or <em> tag");
        return false;
      }
    }
    value = value.substr(index);
    size_t end = value.find("</i>");
    if (end == std::string_view::npos) {
      end = value.find("</em>");
      if (end == std::string_view::npos) {
        if (why) why->set("no closing </i> or </em> tag");
        return false;
      }
    }
    std::string_view thesis = end > 3 ? value.substr(3, end - 3) : std::string_view();
    if (text::py_strip(thesis).empty()) {
      if (why) why->set("the italic thesis is blank");
      return false;
    }
    std::string_view rest = end + 4 < value.size() ? value.substr(end + 4) : std::string_view();
    if (text::py_strip(rest).empty()) {
      if (why) why->set("no text follows the italic thesis");
      return false;
    }
    if (why) why->set("an italic thesis is followed by text");
    return true;
  }
};

bool starts_with(std::string_view s, std::string_view p) noexcept {
  return s.substr(0, p.size()) == p;
}

// A markdown heading line or a line that is bold only.
bool is_heading(std::string_view line) noexcept {
  line = text::py_strip(line);
  if (line.empty()) return false;
  if (line[0] == '#') {
    size_t n = 0;
    while (n < line.size() && line[n] == '#')
      ++n;
    return n <= 6 && (n == line.size() || line[n] == ' ' || line[n] == '\t');
  }
  for (std::string_view m : {"**", "__"}) {
    if (line.size() > 4 && starts_with(line, m) && line.substr(line.size() - 2) == m &&
        line.substr(2, line.size() - 4).find(m) == std::string_view::npos)
      return true;
  }
  return false;
}

// Checks one section; false with a reason when it does not begin with a thesis.
bool check_section(std::string_view section, size_t number, Reason* why) noexcept {
  std::string_view s = text::py_strip(section);
  std::string_view close;
  size_t open_len = 0;
  if (starts_with(s, "<i>")) {
    open_len = 3;
    close = "</i>";
  } else if (starts_with(s, "<em>")) {
    open_len = 4;
    close = "</em>";
  } else {
    if (why) why->set("section {} does not begin with <i> or <em>", number);
    return false;
  }
  size_t end = s.find(close, open_len);
  if (end == std::string_view::npos) {
    if (why) why->set("the italic thesis of section {} is not closed with {}", number, close);
    return false;
  }
  if (text::py_strip(s.substr(open_len, end - open_len)).empty()) {
    if (why) why->set("the italic thesis of section {} is blank", number);
    return false;
  }
  if (text::py_strip(s.substr(end + close.size())).empty()) {
    if (why) why->set("no text follows the italic thesis of section {}", number);
    return false;
  }
  return true;
}

class ThesisPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t sections = 0;
    size_t section_start = 0;
    size_t start = 0;
    auto finish = [&](size_t stop) {
      std::string_view sec = raw.substr(section_start, stop - section_start);
      if (text::py_strip(sec).empty()) return true;
      ++sections;
      return check_section(sec, sections, why);
    };
    for (;;) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      if (is_heading(raw.substr(start, stop - start))) {
        if (!finish(start)) return false;
        section_start = nl == std::string_view::npos ? raw.size() : nl + 1;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (!finish(raw.size())) return false;
    if (sections == 0) {
      if (why) why->set("the response has no section text");
      return false;
    }
    if (why) why->set("all {} sections begin with an italic thesis", sections);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<ThesisReference>();
  return make<ThesisPrecise>();
}

}  // namespace

VerifierInfo thesis() {
  VerifierInfo info;
  info.id = "format:thesis";
  info.suite = "IFBench";
  info.summary =
      "Each section must begin with a thesis statement in italics, marked with HTML (<i> or "
      "<em>).";
  info.precise_differences = {
      "Every section must begin with an italic thesis (sections are separated by markdown "
      "headings or bold-only lines); reference checks only the first italic span anywhere in "
      "the response, even in the middle of a paragraph.",
      "The thesis must be closed by the tag that opened it; reference pairs `<em>` with a later "
      "`</i>` and `<i>` with `</em>`.",
      "An empty `<em></em>` thesis fails; reference reads the `>` of `<em>` as thesis text.",
      "Text must follow the thesis in its section; after `</em>` reference always finds text "
      "(the `>` of the tag)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
