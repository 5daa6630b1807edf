// format:list: the response is a list whose items start with a given separator instead of
// bullet points.
//
// reference: the separator (taken literally) occurs at least twice anywhere in the text
//            (non-overlapping occurrences, like re.findall(re.escape(sep), text)).
// precise:   at least two lines start with the separator (after indentation), each followed by
//            non-blank item text, and no line is a markdown bullet item (`* `, `- `, `+ `).
#include <string>
#include <string_view>
#include <utility>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

class ListReference final : public Constraint {
 public:
  explicit ListReference(std::string sep) : sep_(std::move(sep)) {}
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t n = 0;
    for (size_t pos = raw.find(sep_); pos != std::string_view::npos;
         pos = raw.find(sep_, pos + sep_.size()))
      ++n;
    if (why) why->set("the separator \"{}\" occurs {} times (at least 2 needed)", sep_, n);
    return n >= 2;
  }

 private:
  std::string sep_;
};

bool is_bullet_item(std::string_view line) noexcept {
  return line.size() >= 2 && (line[0] == '*' || line[0] == '-' || line[0] == '+') &&
         (line[1] == ' ' || line[1] == '\t');
}

class ListPrecise final : public Constraint {
 public:
  explicit ListPrecise(std::string sep) : sep_(std::move(sep)) {}
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t items = 0;
    size_t start = 0;
    while (start <= raw.size()) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      std::string_view line = text::py_lstrip(raw.substr(start, stop - start));
      if (line.substr(0, sep_.size()) == sep_) {
        if (text::py_strip(line.substr(sep_.size())).empty()) {
          if (why) why->set("an item starting with \"{}\" is empty", sep_);
          return false;
        }
        ++items;
      } else if (is_bullet_item(line)) {
        if (why) why->set("a line is a markdown bullet item instead of starting with \"{}\"", sep_);
        return false;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (why) why->set("{} lines start with \"{}\" (at least 2 needed)", items, sep_);
    return items >= 2;
  }

 private:
  std::string sep_;
};

Result<ConstraintPtr> create(const Kwargs& kwargs, const BuildContext& ctx) {
  const std::string& sep = kwargs.string("sep");
  if (ctx.semantics == Semantics::kReference) return make<ListReference>(sep);
  return make<ListPrecise>(sep);
}

}  // namespace

VerifierInfo list() {
  VerifierInfo info;
  info.id = "format:list";
  info.suite = "IFBench";
  info.summary =
      "The response must be a list of items that start with the given separator instead of "
      "bullet points.";
  info.kwargs = {string_kwarg("sep", "the marker that starts each list item")};
  info.precise_differences = {
      "Items are lines that start with the separator (after indentation); reference counts the "
      "separator anywhere, so `a !?!? b !?!? c` on one line passes there.",
      "Every item must have non-blank text after the separator; reference counts bare "
      "separators.",
      "A markdown bullet item (`* `, `- `, `+ `) anywhere fails, since the instruction asks for "
      "the separator instead of bullet points; reference ignores bullets."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
