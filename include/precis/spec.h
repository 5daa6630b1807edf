// Specs: which instructions a prompt carries, parsed from the formats the field uses.
//
//  - IFEval rows: {"key", "prompt", "instruction_id_list", "kwargs"} (kwargs may hold nulls, as in
//    the Hugging Face copies; nulls are dropped).
//  - open-instruct ground_truth strings: a Python literal such as
//    "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]" (parsed without Python),
//    or the same structure as JSON.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/status.h"
#include "precis/value.h"

namespace precis {

/// Parses strict JSON (RFC 8259) into a Value.
Result<Value> parse_json(std::string_view json);

/// Parses a Python literal: str (single/double/triple quoted, escapes, r/b/u prefixes), int,
/// float, True/False/None, list, tuple, dict. No code is evaluated.
Result<Value> parse_python_literal(std::string_view text);

/// One instruction of a prompt: an id and its kwargs (a dict, possibly empty).
struct InstructionSpec {
  std::string id;
  Value kwargs;
};

/// The instructions of one prompt.
struct PromptSpec {
  std::optional<int64_t> key;
  std::string prompt;
  std::vector<InstructionSpec> instructions;
};

/// Reads an IFEval-style row (a dict). Errors name the field and what was expected.
Result<PromptSpec> prompt_spec_from_row(const Value& row);

/// Parses an open-instruct ground_truth (Python literal or JSON): a list of
/// {"instruction_id": [...], "kwargs": [...]} dicts (their instructions are concatenated), one
/// such dict, or an IFEval-style row. `None` kwargs entries mean "no kwargs".
Result<std::vector<InstructionSpec>> parse_ground_truth(std::string_view text);

/// Splits a JSONL buffer into lines and parses each non-blank line; errors carry the line number.
/// `fn(line_number, value)` is called per row and may return a non-ok Status to stop.
template <class Fn>
Status for_each_jsonl(std::string_view buffer, Fn&& fn);

/// Reads a whole file into a string.
Result<std::string> read_file(const std::string& path);

}  // namespace precis

#include <fmt/format.h>

template <class Fn>
precis::Status precis::for_each_jsonl(std::string_view buffer, Fn&& fn) {
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < buffer.size()) {
    size_t nl = buffer.find('\n', pos);
    if (nl == std::string_view::npos) nl = buffer.size();
    std::string_view line = buffer.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    bool blank = true;
    for (char c : line)
      if (c != ' ' && c != '\t' && c != '\r') blank = false;
    if (blank) continue;
    Result<Value> v = parse_json(line);
    if (!v.ok()) return v.status().with_context(fmt::format("line {}", line_no));
    Status s = fn(line_no, *v);
    if (!s.ok()) return s;
  }
  return Status();
}
