// format:sub-bullets: bullet points denoted by `*`, each with at least one sub-bullet point
// denoted by `-`.
//
// reference: split the text on every `*`; each chunk after the first must contain a `-`. No
//            `*` passes vacuously, `**bold**` leaves an empty chunk and fails, and any hyphen
//            (`well-known`) counts as a sub-bullet.
// precise:   markdown lines: a bullet is a line starting (after indentation) with `* ` and
//            non-blank text, a sub-bullet a line starting with `- ` and non-blank text. There is
//            at least one bullet, and every bullet is followed by at least one sub-bullet before
//            the next bullet or the end. Bold text and hyphens inside text do not count.
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

class SubBulletsReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t star = raw.find('*');
    size_t chunks = 0;
    while (star != std::string_view::npos) {
      size_t next = raw.find('*', star + 1);
      std::string_view chunk = raw.substr(
          star + 1, next == std::string_view::npos ? std::string_view::npos : next - star - 1);
      ++chunks;
      if (chunk.find('-') == std::string_view::npos) {
        if (why) why->set("the text after `*` number {} has no `-`", chunks);
        return false;
      }
      star = next;
    }
    if (why) why->set("every one of the {} `*` chunks contains a `-`", chunks);
    return true;
  }
};

// 1 for a bullet line, 2 for a sub-bullet line, 0 otherwise.
int classify(std::string_view line) noexcept {
  line = text::py_lstrip(line);
  if (line.size() < 2 || (line[1] != ' ' && line[1] != '\t')) return 0;
  if (text::py_strip(line.substr(2)).empty()) return 0;
  if (line[0] == '*') return 1;
  if (line[0] == '-') return 2;
  return 0;
}

class SubBulletsPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    size_t bullets = 0;
    bool open = false;  // the last bullet has no sub-bullet yet
    size_t start = 0;
    for (;;) {
      size_t nl = raw.find('\n', start);
      size_t stop = nl == std::string_view::npos ? raw.size() : nl;
      int kind = classify(raw.substr(start, stop - start));
      if (kind == 1) {
        if (open) {
          if (why) why->set("bullet {} has no `-` sub-bullet", bullets);
          return false;
        }
        ++bullets;
        open = true;
      } else if (kind == 2 && bullets > 0) {
        open = false;
      }
      if (nl == std::string_view::npos) break;
      start = nl + 1;
    }
    if (bullets == 0) {
      if (why) why->set("no `*` bullet points");
      return false;
    }
    if (open) {
      if (why) why->set("bullet {} has no `-` sub-bullet", bullets);
      return false;
    }
    if (why) why->set("each of the {} bullets has a sub-bullet", bullets);
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<SubBulletsReference>();
  return make<SubBulletsPrecise>();
}

}  // namespace

VerifierInfo sub_bullets() {
  VerifierInfo info;
  info.id = "format:sub-bullets";
  info.suite = "IFBench";
  info.summary =
      "Use bullet points denoted by * and at least one sub-bullet point denoted by - for each "
      "bullet point.";
  info.precise_differences = {
      "At least one `*` bullet is required; reference passes a response without `*`.",
      "Only `* ` at the start of a line is a bullet: `**bold**` and `*italic*` do not count, so "
      "bold text no longer fails the response.",
      "Only `- ` at the start of a line is a sub-bullet, and it must come after its bullet and "
      "before the next one; reference accepts any hyphen (`well-known`) anywhere after a `*`."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
