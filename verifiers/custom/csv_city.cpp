// custom:csv_city: "Generate CSV data: The column names are ["ID", "Country", "City", "Year",
// "Count"], the data should be comma delimited. Please generate 7 rows."
//
// reference: IFBench: Python's csv.reader over the whole response must give exactly 8 rows
//            (a blank line is an empty row), the first equal to [ID, Country, City, Year, Count]
//            exactly (no spaces after the commas), every other with 5 fields.
// precise:   one optional surrounding ``` fence is removed and blank lines are ignored; the
//            header fields, stripped, are the five names; exactly 7 data rows follow, each with
//            5 fields that are not blank.
#include <array>
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

constexpr std::array<std::string_view, 5> kHeader = {"ID", "Country", "City", "Year", "Count"};
constexpr size_t kRows = 7;

class CsvCity final : public Constraint {
 public:
  explicit CsvCity(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::vector<CsvRow> rows;
      if (!read_csv(precise_ ? strip_fence(text.raw()) : text.raw(), ',', rows)) {
        if (why) why->set("not valid CSV for Python's csv module");
        return false;
      }
      if (precise_) drop_blank_rows(rows);
      if (rows.size() != kRows + 1) {
        if (why)
          why->set("{} rows, expected {} (header and {} rows)", rows.size(), kRows + 1, kRows);
        return false;
      }
      const CsvRow& header = rows[0];
      bool header_ok = header.size() == kHeader.size();
      for (size_t i = 0; header_ok && i < header.size(); ++i)
        header_ok =
            (precise_ ? text::py_strip(header[i]) : std::string_view(header[i])) == kHeader[i];
      if (!header_ok) {
        if (why) why->set("the header is not ID,Country,City,Year,Count");
        return false;
      }
      for (size_t i = 1; i < rows.size(); ++i) {
        bool ok = rows[i].size() == kHeader.size();
        for (size_t j = 0; ok && precise_ && j < rows[i].size(); ++j)
          ok = !text::py_strip(rows[i][j]).empty();
        if (!ok) {
          if (why) why->set("row {} does not have 5 fields", i);
          return false;
        }
      }
      if (why) why->set("a header and {} rows of 5 fields", kRows);
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
  return make<CsvCity>(ctx.semantics);
}

}  // namespace

VerifierInfo csv_city() {
  VerifierInfo info;
  info.id = "custom:csv_city";
  info.suite = "IFBench";
  info.summary =
      "Generate comma-delimited CSV data with the columns ID, Country, City, Year, Count and 7 "
      "rows.";
  info.precise_differences = {
      "A surrounding ``` code fence is removed first (reference parses the fence lines as rows "
      "and fails).",
      "Blank lines are ignored (reference counts each as an empty row, so a blank line between "
      "rows fails).",
      "Spaces around the header's names are ignored: `ID, Country, City, Year, Count` passes "
      "(reference fails it).",
      "Every data field must hold something: `1,,Paris,2020,5` fails (reference counts the "
      "fields only)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
