// Python's csv.reader (default "excel" dialect with a chosen delimiter: `"` quoting, doubled
// quotes, strict=False) over io.StringIO(text), whose lines end at '\n' only.
#pragma once

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "text/unicode.h"

namespace precis::verifiers::custom {

using CsvRow = std::vector<std::string>;

/// Parses `text` as Python's csv.reader does. Returns false where Python raises csv.Error (a NUL
/// character, or a character after '\r' inside an unquoted record: "new-line character seen in
/// unquoted field"). A blank line is an empty row, as in Python.
inline bool read_csv(std::string_view text, char delimiter, std::vector<CsvRow>& rows) {
  enum State { kStartRecord, kStartField, kInField, kInQuoted, kQuoteInQuoted, kEatCrnl };
  rows.clear();
  State state = kStartRecord;
  CsvRow fields;
  std::string field;
  bool field_started = false;  // Python's field_len != 0 test at end of input
  auto save = [&] {
    fields.push_back(field);
    field.clear();
    field_started = false;
  };
  auto add = [&](char c) {
    field += c;
    field_started = true;
  };
  constexpr int kEol = -1;
  // One char (or kEol at a line's end); false on a csv.Error.
  auto process = [&](int c) -> bool {
    switch (state) {
      case kStartRecord:
        if (c == kEol) return true;
        if (c == '\n' || c == '\r') {
          state = kEatCrnl;
          return true;
        }
        state = kStartField;
        [[fallthrough]];
      case kStartField:
        if (c == '\n' || c == '\r' || c == kEol) {
          save();
          state = c == kEol ? kStartRecord : kEatCrnl;
        } else if (c == '"') {
          state = kInQuoted;
        } else if (c == delimiter) {
          save();
        } else {
          add(static_cast<char>(c));
          state = kInField;
        }
        return true;
      case kInField:
        if (c == '\n' || c == '\r' || c == kEol) {
          save();
          state = c == kEol ? kStartRecord : kEatCrnl;
        } else if (c == delimiter) {
          save();
          state = kStartField;
        } else {
          add(static_cast<char>(c));
        }
        return true;
      case kInQuoted:
        if (c == kEol) return true;
        if (c == '"')
          state = kQuoteInQuoted;
        else
          add(static_cast<char>(c));
        return true;
      case kQuoteInQuoted:
        if (c == '"') {
          add('"');
          state = kInQuoted;
        } else if (c == delimiter) {
          save();
          state = kStartField;
        } else if (c == '\n' || c == '\r' || c == kEol) {
          save();
          state = c == kEol ? kStartRecord : kEatCrnl;
        } else {
          add(static_cast<char>(c));
          state = kInField;
        }
        return true;
      case kEatCrnl:
        if (c == '\n' || c == '\r') return true;
        if (c == kEol) {
          state = kStartRecord;
          return true;
        }
        return false;
    }
    return true;
  };
  size_t pos = 0;
  while (true) {
    if (pos >= text.size()) {
      // End of input: an open quoted field (or a started field) ends the last record.
      if (field_started || state == kInQuoted) {
        save();
        rows.push_back(std::move(fields));
      }
      return true;
    }
    size_t nl = text.find('\n', pos);
    size_t end = nl == std::string_view::npos ? text.size() : nl + 1;
    for (size_t i = pos; i < end; ++i) {
      char c = text[i];
      if (c == '\0') return false;
      if (!process(static_cast<unsigned char>(c))) return false;
    }
    if (!process(kEol)) return false;
    pos = end;
    if (state == kStartRecord) {
      rows.push_back(std::move(fields));
      fields.clear();
    }
  }
}

/// The header regexes of the IFBench CSV checkers, on a stripped first line: each name bare or in
/// double quotes, the names separated by `delimiter` followed by spaces (and tabs when
/// `tabs_after` is set), and nothing after the last name.
inline bool header_matches(std::string_view line, const std::vector<std::string_view>& names,
                           char delimiter, bool tabs_after) {
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      if (line.empty() || line.front() != delimiter) return false;
      line.remove_prefix(1);
      while (!line.empty() && (line.front() == ' ' || (tabs_after && line.front() == '\t')))
        line.remove_prefix(1);
    }
    std::string_view n = names[i];
    if (line.substr(0, n.size()) == n) {
      line.remove_prefix(n.size());
    } else if (line.size() >= n.size() + 2 && line.front() == '"' &&
               line.substr(1, n.size()) == n && line[n.size() + 1] == '"') {
      line.remove_prefix(n.size() + 2);
    } else {
      return false;
    }
  }
  return line.empty();
}

/// IFBench's hack before parsing: every `"` becomes `"""`, so quoted fields keep their quotes.
inline std::string triple_quotes(std::string_view s) {
  std::string out;
  out.reserve(s.size() + 16);
  for (char c : s) {
    if (c == '"')
      out += "\"\"\"";
    else
      out += c;
  }
  return out;
}

/// precise: `s` stripped, without one surrounding ``` fence (with an optional language tag).
inline std::string_view strip_fence(std::string_view s) {
  s = text::py_strip(s);
  if (s.substr(0, 3) != "```" || s.size() < 6 || s.substr(s.size() - 3) != "```") return s;
  size_t nl = s.find('\n');
  if (nl == std::string_view::npos || nl > s.size() - 3) return s;
  return s.substr(nl + 1, s.size() - 3 - (nl + 1));
}

/// Removes the rows whose fields are all blank (Python whitespace): a blank line between data
/// rows is not a row in precise semantics.
inline void drop_blank_rows(std::vector<CsvRow>& rows) {
  auto blank = [](const CsvRow& r) {
    for (const auto& f : r)
      if (!text::py_strip(f).empty()) return false;
    return true;
  };
  rows.erase(std::remove_if(rows.begin(), rows.end(), blank), rows.end());
}

}  // namespace precis::verifiers::custom
