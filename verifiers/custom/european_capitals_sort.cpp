// custom:european_capitals_sort: "Give me the names of all capital cities of european countries
// whose latitude is higher than 45 degrees. List the capital cities without country names,
// separated by commas, sorted by latitude, from highest to lowest."
//
// reference: IFBench: NFKD and drop non-ASCII; split on `,`; the items that are not blank, each
//            stripped, must be exactly the fixed list of 27 capitals in order, case-sensitive
//            ("Zagreb." and "zagreb" fail). The list forgets Kyiv (50.45 N).
// precise:   the same list and order, but compared case-insensitively, with a trailing `.` on the
//            last item allowed, and Kyiv (or Kiev) accepted between Brussels and Prague.
#include <array>
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

constexpr std::array<std::string_view, 27> kOrder = {
    "Reykjavik",  "Helsinki", "Oslo",     "Tallinn",    "Stockholm", "Riga",      "Moscow",
    "Copenhagen", "Vilnius",  "Minsk",    "Dublin",     "Berlin",    "Amsterdam", "Warsaw",
    "London",     "Brussels", "Prague",   "Luxembourg", "Paris",     "Vienna",    "Bratislava",
    "Budapest",   "Vaduz",    "Chisinau", "Bern",       "Ljubljana", "Zagreb"};

bool ascii_iequal(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

class EuropeanCapitalsSort final : public Constraint {
 public:
  explicit EuropeanCapitalsSort(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::string ascii = nfkd_ascii(text.raw());
      std::vector<std::string_view> items;
      std::string_view rest = ascii;
      while (true) {
        size_t comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        if (!text::py_strip(item).empty()) items.push_back(text::py_strip(item));
        if (comma == std::string_view::npos) break;
        rest.remove_prefix(comma + 1);
      }
      if (precise_ && !items.empty() && items.back().size() > 1 && items.back().back() == '.')
        items.back().remove_suffix(1);
      size_t k = 0;  // index into kOrder
      for (size_t i = 0; i < items.size(); ++i) {
        if (precise_ && k == 16 &&
            (ascii_iequal(items[i], "Kyiv") || ascii_iequal(items[i], "Kiev")))
          continue;
        bool ok = k < kOrder.size() &&
                  (precise_ ? ascii_iequal(items[i], kOrder[k]) : items[i] == kOrder[k]);
        if (!ok) {
          if (why) {
            if (k < kOrder.size())
              why->set("item {} is \"{}\", expected \"{}\"", i + 1, items[i], kOrder[k]);
            else
              why->set("more than {} capitals", kOrder.size());
          }
          return false;
        }
        ++k;
      }
      if (k != kOrder.size()) {
        if (why) why->set("{} capitals, expected {}", k, kOrder.size());
        return false;
      }
      if (why) why->set("the {} capitals in order", kOrder.size());
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
  return make<EuropeanCapitalsSort>(ctx.semantics);
}

}  // namespace

VerifierInfo european_capitals_sort() {
  VerifierInfo info;
  info.id = "custom:european_capitals_sort";
  info.suite = "IFBench";
  info.summary =
      "List the capitals of European countries north of 45 degrees, separated by commas, sorted "
      "by latitude from highest to lowest.";
  info.precise_differences = {
      "Capitals are compared case-insensitively: `REYKJAVIK` passes (reference is "
      "case-sensitive).",
      "A full stop after the last capital is allowed: `..., Zagreb.` passes (reference fails "
      "it).",
      "Kyiv (or Kiev), at 50.45 N a capital the upstream list forgets, is accepted between "
      "Brussels and Prague (reference fails a list that includes it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
