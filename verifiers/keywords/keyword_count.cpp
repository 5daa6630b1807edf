#include "verifiers/keywords/keyword_count.h"

#include <string>
#include <utility>

#include <fmt/format.h>

#include "text/unicode.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::keywords {
namespace {

class CountBase : public Constraint {
 public:
  CountBase(std::string keyword, CountTarget target)
      : keyword_(std::move(keyword)), target_(target) {}

 protected:
  bool verdict(size_t n, Reason* why) const noexcept {
    if (target_.exactly_one) {
      if (why) why->set("\"{}\" occurs {} times; expected exactly once", keyword_, n);
      return n == 1;
    }
    if (why)
      why->set("\"{}\" occurs {} times; expected {} {}", keyword_, n,
               relation_text(target_.relation), target_.bound);
    return compare(static_cast<int64_t>(n), target_.bound, target_.relation);
  }

  std::string keyword_;
  CountTarget target_;
};

class CountReference final : public CountBase {
 public:
  CountReference(std::string keyword, matching::PyLiteral pattern, CountTarget target)
      : CountBase(std::move(keyword), target), pattern_(std::move(pattern)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    size_t n = 0;
    if (pattern_.empty()) {
      // re.findall("", s) finds an empty match at every position: len(s) + 1.
      n = text::count_code_points(text.raw()) + 1;
    } else {
      const std::string& folded = text.folded();
      const bool slow = pattern_.slow_for(folded);
      size_t pos = 0, b = 0, e = 0;
      while (pattern_.find(folded, pos, b, e, slow)) {
        ++n;
        pos = e;
      }
    }
    return verdict(n, why);
  }

 private:
  matching::PyLiteral pattern_;
};

class CountPrecise final : public CountBase {
 public:
  CountPrecise(std::string keyword, matching::Phrase phrase, CountTarget target)
      : CountBase(std::move(keyword), target), phrase_(std::move(phrase)) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (matching::blank(text)) {
      if (why) why->set("blank response");
      return false;
    }
    return verdict(matching::count_phrase(text, phrase_, false), why);
  }

 private:
  matching::Phrase phrase_;
};

}  // namespace

Status random_kwarg_error(const BuildContext& ctx, std::string_view kwarg,
                          std::string_view expected, std::string_view upstream) {
  return invalid_argument(fmt::format(
      "id \"{}\": kwarg \"{}\": expected {}; upstream {} for this value, and precis never draws "
      "a random value",
      ctx.id, kwarg, expected, upstream));
}

Result<ConstraintPtr> make_keyword_count(const Kwargs& kwargs, const BuildContext& ctx,
                                         CountTarget target) {
  const std::string& given = kwargs.string("keyword");
  if (given.empty())
    return random_kwarg_error(ctx, "keyword", "a non-empty string", "draws a random keyword");
  std::string keyword(text::py_strip(given));
  auto error = [&](std::string_view msg) {
    return invalid_argument(fmt::format("id \"{}\": kwarg \"keyword\": {}", ctx.id, msg));
  };
  if (ctx.semantics == Semantics::kReference) {
    auto p = matching::PyLiteral::parse(keyword);
    if (!p.ok()) return error(fmt::format("\"{}\" {}", keyword, p.status().message()));
    return make<CountReference>(std::move(keyword), std::move(*p), target);
  }
  auto phrase = matching::parse_phrase(keyword);
  if (!phrase.ok()) return error(phrase.status().message());
  return make<CountPrecise>(std::move(keyword), std::move(*phrase), target);
}

}  // namespace precis::verifiers::keywords
