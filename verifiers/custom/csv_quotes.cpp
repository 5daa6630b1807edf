// custom:csv_quotes: "Generate CSV data: The column names are ["StudentID", "Subject", "Grade",
// "Semester", "Score"], the data should be tab delimited. Please generate 3 rows and enclose each
// single field in double quotes."
//
// reference: IFBench: the first line (split on '\n', stripped) must match
//            `^(StudentID|"StudentID")\t *(Subject|"Subject")\t *...(Score|"Score")$`; then every
//            `"` becomes `"""` and csv.reader (tab delimiter) must give exactly 4 rows of 5
//            fields, each field (stripped) starting and ending with `"` (a field that is blank
//            raises IndexError upstream: it fails here; a lone `"` passes).
// precise:   one optional surrounding ``` fence removed and blank lines ignored; the header is
//            the five names, each in double quotes; exactly 3 data rows of 5 fields, each field
//            enclosed in double quotes with something inside.
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/custom/csv_reader.h"
#include "verifiers/custom/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::custom {
namespace {

const std::vector<std::string_view>& header_names() {
  static const std::vector<std::string_view> names = {"StudentID", "Subject", "Grade", "Semester",
                                                      "Score"};
  return names;
}
constexpr size_t kRows = 3;

class CsvQuotes final : public Constraint {
 public:
  explicit CsvQuotes(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::string_view value = precise_ ? strip_fence(text.raw()) : text.raw();
      std::string_view first = value.substr(0, value.find('\n'));
      if (!header_matches(text::py_strip(first), header_names(), '\t', false)) {
        if (why) why->set("the first line is not the tab-delimited header");
        return false;
      }
      std::vector<CsvRow> rows;
      if (!read_csv(triple_quotes(value), '\t', rows)) {
        if (why) why->set("not valid CSV for Python's csv module");
        return false;
      }
      if (precise_) drop_blank_rows(rows);
      if (rows.size() != kRows + 1) {
        if (why) why->set("{} rows, expected {}", rows.size(), kRows + 1);
        return false;
      }
      for (size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].size() != 5) {
          if (why) why->set("row {} does not have 5 fields", i);
          return false;
        }
        for (const auto& f : rows[i]) {
          std::string_view s = text::py_strip(f);
          bool ok = !s.empty() && s.front() == '"' && s.back() == '"';
          if (precise_)
            ok = ok && s.size() >= 3 && !text::py_strip(s.substr(1, s.size() - 2)).empty();
          if (!ok) {
            if (why) why->set("row {}: a field is not enclosed in double quotes", i);
            return false;
          }
        }
      }
      if (why) why->set("a header and {} rows, every field in double quotes", kRows);
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
  return make<CsvQuotes>(ctx.semantics);
}

}  // namespace

VerifierInfo csv_quotes() {
  VerifierInfo info;
  info.id = "custom:csv_quotes";
  info.suite = "IFBench";
  info.summary =
      "Generate tab-delimited CSV data with the columns StudentID, Subject, Grade, Semester, "
      "Score and 3 rows, every field enclosed in double quotes.";
  info.precise_differences = {
      "A field must have something between its quotes: `\"\"` and a lone `\"` fail (reference "
      "accepts both).",
      "A surrounding ``` code fence is removed and blank lines are ignored (reference fails "
      "both)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
