// format:parentheses: nest parentheses, brackets and braces at least 5 levels deep.
//
// reference: scan `([{` and `)]}` with a stack; a closer that does not match the top resets the
//            stack and the maximum depth; true as soon as a matching closer comes after the
//            maximum depth (since the last reset) reached 5, even if the outer groups never close.
// precise:   some bracket group is closed completely (back to depth 0) with every closer inside
//            it matching its opener, and inside it a pair at depth 5 or more encloses non-blank
//            text. A mismatched closer abandons the open groups (as in reference).
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/format/family.h"

namespace precis::verifiers::format {
namespace {

constexpr size_t kMinDepth = 5;

char opener_of(char c) noexcept {
  switch (c) {
    case ')':
      return '(';
    case ']':
      return '[';
    case '}':
      return '{';
    default:
      return 0;
  }
}

class ParenthesesReference final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string levels;
    size_t max_depth = 0;
    for (char c : text.raw()) {
      if (c == '(' || c == '[' || c == '{') {
        levels.push_back(c);
        if (levels.size() > max_depth) max_depth = levels.size();
      } else if (char o = opener_of(c)) {
        if (!levels.empty() && levels.back() == o) {
          levels.pop_back();
          if (max_depth >= kMinDepth && levels.size() < max_depth) {
            if (why) why->set("brackets nested {} levels deep", max_depth);
            return true;
          }
        } else {
          levels.clear();
          max_depth = 0;
        }
      }
    }
    if (why) why->set("no closed bracket group nested {} levels deep", kMinDepth);
    return false;
  }
};

class ParenthesesPrecise final : public Constraint {
 public:
  bool check(const Text& text, Reason* why) const noexcept override {
    std::string_view raw = text.raw();
    struct Open {
      char c;
      size_t pos;
    };
    std::vector<Open> stack;
    bool deep = false;  // the open group holds a closed pair at depth >= 5 with content
    size_t best = 0;
    for (size_t i = 0; i < raw.size(); ++i) {
      char c = raw[i];
      if (c == '(' || c == '[' || c == '{') {
        stack.push_back({c, i});
      } else if (char o = opener_of(c)) {
        if (stack.empty() || stack.back().c != o) {
          stack.clear();
          deep = false;
          continue;
        }
        size_t depth = stack.size();
        if (depth > best) best = depth;
        size_t from = stack.back().pos + 1;
        stack.pop_back();
        if (depth >= kMinDepth && !text::py_strip(raw.substr(from, i - from)).empty()) deep = true;
        if (stack.empty()) {
          if (deep) {
            if (why) why->set("a closed bracket group is nested {} levels deep", kMinDepth);
            return true;
          }
        }
      }
    }
    if (why) {
      if (deep)
        why->set("the brackets nested {} levels deep are never closed completely", kMinDepth);
      else
        why->set(
            "no closed bracket group with text nested {} levels deep (deepest closed pair: {})",
            kMinDepth, best);
    }
    return false;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  if (ctx.semantics == Semantics::kReference) return make<ParenthesesReference>();
  return make<ParenthesesPrecise>();
}

}  // namespace

VerifierInfo parentheses() {
  VerifierInfo info;
  info.id = "format:parentheses";
  info.suite = "IFBench";
  info.summary = "Nest parentheses (and [brackets {and braces}]) at least 5 levels deep.";
  info.precise_differences = {
      "The whole group must be closed: `((((( x )` fails (reference passes as soon as the "
      "innermost pair closes).",
      "The innermost pair at depth 5 must enclose non-blank text: `((((()))))` fails; reference "
      "accepts empty brackets."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::format
