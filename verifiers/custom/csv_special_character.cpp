// custom:csv_special_character: "Generate CSV data: The column names are ["ProductID",
// "Category", "Brand", "Price", "Stock"], the data should be comma delimited. Please generate 14
// rows. Add one field which contains a special character and enclose it in double quotes."
//
// reference: IFBench: the first line (split on '\n', stripped) must match
//            `^(ProductID|"ProductID"),[ \t]*(Category|"Category"),[ \t]*...(Stock|"Stock")$`;
//            then every `"` becomes `"""` (so quoted fields keep their quotes) and csv.reader must
//            give 15 rows. Rows after the header are checked in order: one without 5 fields
//            fails, and the first row holding a field that matches `".*[^\d\w\s].*"` (a quoted
//            field with a character that is neither word nor space before its closing quote)
//            passes; the rows after it are not checked. No such field fails.
// precise:   one optional surrounding ``` fence removed and blank lines ignored; the header is
//            the five names (spaces allowed after the commas, names bare or quoted); exactly 14
//            data rows, every one with 5 non-blank fields; and some field is enclosed in double
//            quotes and contains a character that is neither a letter, mark, digit nor space.
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
  static const std::vector<std::string_view> names = {"ProductID", "Category", "Brand", "Price",
                                                      "Stock"};
  return names;
}
constexpr size_t kRows = 14;

// re.match(r'".*[^\d\w\s].*"', field).
bool reference_special(std::string_view f) {
  if (f.empty() || f.front() != '"') return false;
  const char* begin = f.data() + 1;
  const char* end = f.data() + f.size();
  // `.` stops at '\n': only the part before the first newline can hold the match.
  const char* limit = begin;
  while (limit < end && *limit != '\n')
    ++limit;
  // Some special character must come before the last '"' within [begin, limit).
  const char* last_quote = nullptr;
  for (const char* p = begin; p < limit; ++p)
    if (*p == '"') last_quote = p;
  if (last_quote == nullptr) return false;
  for (const char* p = begin; p < last_quote;) {
    auto d = text::decode(p, last_quote);
    if (!text::is_py_word(d.cp) && !text::is_py_space(d.cp)) return true;
    p += d.len;
  }
  return false;
}

// precise: a quoted field (its quotes kept by the `"""` parse) whose content holds a character
// that is not a letter, mark, digit or whitespace.
bool precise_special(std::string_view f) {
  f = text::py_strip(f);
  if (f.size() < 3 || f.front() != '"' || f.back() != '"') return false;
  std::string_view inner = f.substr(1, f.size() - 2);
  const char* p = inner.data();
  const char* end = p + inner.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (!text::is_word_char(d.cp) && !text::is_py_space(d.cp) && d.cp != '_') return true;
    p += d.len;
  }
  return false;
}

class CsvSpecialCharacter final : public Constraint {
 public:
  explicit CsvSpecialCharacter(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    try {
      if (precise_ && matching::blank(text)) {
        if (why) why->set("the response is blank");
        return false;
      }
      std::string_view value = precise_ ? strip_fence(text.raw()) : text.raw();
      std::string_view first = value.substr(0, value.find('\n'));
      if (!header_matches(text::py_strip(first), header_names(), ',', true)) {
        if (why) why->set("the first line is not the header ProductID,Category,Brand,Price,Stock");
        return false;
      }
      std::vector<CsvRow> rows;
      if (!read_csv(triple_quotes(value), ',', rows)) {
        if (why) why->set("not valid CSV for Python's csv module");
        return false;
      }
      if (precise_) drop_blank_rows(rows);
      if (rows.size() != kRows + 1) {
        if (why) why->set("{} rows, expected {}", rows.size(), kRows + 1);
        return false;
      }
      bool found = false;
      for (size_t i = 1; i < rows.size(); ++i) {
        if (rows[i].size() != 5) {
          if (why) why->set("row {} does not have 5 fields", i);
          return false;
        }
        for (const auto& f : rows[i]) {
          if (precise_ && text::py_strip(f).empty()) {
            if (why) why->set("row {} has an empty field", i);
            return false;
          }
          if (precise_ ? precise_special(f) : reference_special(f)) found = true;
        }
        if (found && !precise_) break;
      }
      if (why)
        why->set("{}", found ? "a quoted field holds a special character"
                             : "no quoted field holds a special character");
      return found;
    } catch (...) {
      if (why) why->set("out of memory");
      return false;
    }
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<CsvSpecialCharacter>(ctx.semantics);
}

}  // namespace

VerifierInfo csv_special_character() {
  VerifierInfo info;
  info.id = "custom:csv_special_character";
  info.suite = "IFBench";
  info.summary =
      "Generate comma-delimited CSV data with the columns ProductID, Category, Brand, Price, "
      "Stock and 14 rows; one field holds a special character and is enclosed in double "
      "quotes.";
  info.precise_differences = {
      "Every data row is checked (reference stops at the first row with a quoted special "
      "field, so a later row with 3 fields passes).",
      "Every data field must hold something (reference accepts empty fields).",
      "A surrounding ``` code fence is removed and blank lines are ignored (reference fails "
      "both).",
      "The whole field must be enclosed in the quotes: `\"Hello!\" world` does not count "
      "(reference's regex only needs the field to start with a quote and hold a non-word "
      "character before some later quote)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::custom
