#include "precis/lint.h"

#include <fmt/format.h>

#include <algorithm>
#include <fstream>
#include <map>
#include <utility>

#include "lint/checks.h"
#include "precis/registry.h"
#include "precis/text.h"

namespace precis {
namespace {

using lint_internal::Instr;

Value drop_nulls(const Value& kwargs) {
  if (!kwargs.is_dict()) return Value::dict({});
  Value::Dict out;
  for (const auto& [k, v] : kwargs.as_dict())
    if (!v.is_null()) out.emplace_back(k, v);
  return Value::dict(std::move(out));
}

bool same_kwargs(const Value& a, const Value& b) {
  // Order-insensitive: {"a":1,"b":2} equals {"b":2,"a":1}.
  if (a.as_dict().size() != b.as_dict().size()) return false;
  for (const auto& [k, v] : a.as_dict()) {
    const Value* w = b.find(k);
    if (!w) return false;
    if (v.is_number() && w->is_number()) {
      if (v.as_float() != w->as_float()) return false;
    } else if (!(v == *w)) {
      return false;
    }
  }
  return true;
}

// The prompt of a row: a string column, or the first user message of a chat.
std::optional<std::string> prompt_of(const Value& row, const std::string& column) {
  const Value* p = row.find(column);
  if (!p && column == "prompt") p = row.find("messages");
  if (!p) return std::nullopt;
  if (p->is_string()) return p->as_string();
  if (p->is_list()) {
    for (const auto& m : p->as_list()) {
      const Value* role = m.find("role");
      const Value* content = m.find("content");
      if (role && role->is_string() && role->as_string() == "user" && content &&
          content->is_string())
        return content->as_string();
    }
  }
  return std::nullopt;
}

std::string one_line(std::string s) {
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

std::string_view lint_level_name(LintLevel level) noexcept {
  return level == LintLevel::kError ? "error" : "warning";
}

const std::vector<FindingKind>& finding_kinds() {
  static const std::vector<FindingKind> kinds = {
      {"bad-row", LintLevel::kError,
       "the row is not valid JSON or lacks the fields of its layout (prompt, ids, kwargs)"},
      {"unknown-id", LintLevel::kError, "an instruction id precis does not know"},
      {"bad-kwargs", LintLevel::kError,
       "kwargs missing, of the wrong type, out of range, or an invalid relation"},
      {"duplicate-constraint", LintLevel::kError,
       "the same id twice with identical kwargs (counted twice by fraction rewards)"},
      {"contradiction", LintLevel::kError,
       "constraints that cannot all hold for any response (proved by precis)"},
      {"response-fails", LintLevel::kError,
       "a reference response (--responses) does not satisfy its row"},
      {"conflict-table", LintLevel::kWarning,
       "a pair IFEval's generator never combines; precis can neither prove it impossible nor "
       "possible"},
      {"kwargs-mismatch", LintLevel::kWarning,
       "the prompt states a number, keyword, phrase or language differently from the kwargs"},
      {"kwargs-unstated", LintLevel::kWarning,
       "a kwarg value (keyword, phrase, language, letter) the prompt does not mention"},
      {"unchecked-instruction", LintLevel::kWarning,
       "the prompt states an instruction that no constraint of the row checks"},
      {"duplicate-key", LintLevel::kWarning, "the same key on another row"},
  };
  return kinds;
}

Linter::Linter(LintOptions options) : options_(std::move(options)) {}

Status Linter::load_responses(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(fmt::format("cannot open \"{}\"", path));
  std::string text;
  size_t line = 0;
  while (std::getline(in, text)) {
    ++line;
    if (text.find_first_not_of(" \t\r") == std::string::npos) continue;
    auto row = parse_json(text);
    if (!row.ok()) return row.status().with_context(fmt::format("{}:{}", path, line));
    const Value* response = row->find("response");
    if (!response || !response->is_string())
      return invalid_argument(fmt::format("{}:{}: missing \"response\" (a string)", path, line));
    const Value* key = row->find("key");
    auto prompt = prompt_of(*row, options_.prompt_column);
    if (key && key->is_int()) {
      responses_by_key_[key->as_int()] = response->as_string();
    } else if (prompt) {
      responses_by_prompt_[*prompt] = response->as_string();
    } else {
      return invalid_argument(fmt::format("{}:{}: a response row needs \"key\" or \"{}\"", path,
                                          line, options_.prompt_column));
    }
  }
  return {};
}

void Linter::lint_line(std::string_view text, std::string_view file, size_t line,
                       std::vector<Finding>& out) {
  auto row = parse_json(text);
  if (!row.ok()) {
    ++rows_;
    out.push_back({LintLevel::kError, "bad-row", std::string(file), line, std::nullopt, "",
                   one_line(row.status().message())});
    return;
  }
  lint_row(*row, file, line, out);
}

void Linter::lint_row(const Value& row, std::string_view file, size_t line,
                      std::vector<Finding>& out) {
  ++rows_;
  std::optional<int64_t> key;
  if (const Value* k = row.find("key"); k && k->is_int()) key = k->as_int();
  auto emit = [&](LintLevel level, std::string_view kind, std::string_view id,
                  std::string message) {
    out.push_back({level, std::string(kind), std::string(file), line, key, std::string(id),
                   one_line(std::move(message))});
  };
  if (key) {
    auto [it, inserted] = keys_.try_emplace(*key, std::string(file), line);
    if (!inserted)
      emit(LintLevel::kWarning, "duplicate-key", "",
           it->second.first == file
               ? fmt::format("key {} also on line {}", *key, it->second.second)
               : fmt::format("key {} also at {}:{}", *key, it->second.first, it->second.second));
  }

  // The instructions, in either layout.
  std::vector<InstructionSpec> specs;
  std::optional<std::string> prompt;
  if (!row.is_dict()) {
    emit(LintLevel::kError, "bad-row", "",
         fmt::format("a row must be a JSON object, got {}", Value::kind_name(row.kind())));
    return;
  }
  if (options_.ground_truth_column.empty()) {
    Value ifeval_row = row;
    if (options_.prompt_column != "prompt" && !row.find("prompt")) {
      if (auto p = prompt_of(row, options_.prompt_column)) {
        Value::Dict d = row.as_dict();
        d.emplace_back("prompt", Value::string(*p));
        ifeval_row = Value::dict(std::move(d));
      }
    }
    auto spec = prompt_spec_from_row(ifeval_row);
    if (!spec.ok()) {
      emit(LintLevel::kError, "bad-row", "", spec.status().message());
      return;
    }
    specs = std::move(spec->instructions);
    prompt = std::move(spec->prompt);
  } else {
    const Value* gt = row.find(options_.ground_truth_column);
    if (!gt || !(gt->is_string() || gt->is_list() || gt->is_dict())) {
      emit(LintLevel::kError, "bad-row", "",
           fmt::format("missing \"{}\" (an open-instruct ground truth)",
                       options_.ground_truth_column));
      return;
    }
    auto parsed = parse_ground_truth(gt->is_string() ? gt->as_string() : gt->to_json());
    if (!parsed.ok()) {
      emit(LintLevel::kError, "bad-row", "", parsed.status().message());
      return;
    }
    specs = std::move(parsed).value();
    prompt = prompt_of(row, options_.prompt_column);
  }
  if (specs.empty()) {
    emit(LintLevel::kError, "bad-row", "", "the row has no instructions");
    return;
  }

  // Each instruction on its own: known id, valid kwargs (the fail-closed parser's messages).
  const Registry& registry = Registry::global();
  std::vector<Instr> valid;
  bool all_valid = true;
  for (size_t i = 0; i < specs.size(); ++i) {
    const auto& s = specs[i];
    if (!registry.find(s.id)) {
      std::string hint;
      auto near = registry.suggest(s.id, 2);
      if (!near.empty()) hint = fmt::format("; did you mean \"{}\"?", near.front());
      emit(LintLevel::kError, "unknown-id", s.id,
           fmt::format("instruction {} has an unknown id \"{}\"{}", i, s.id, hint));
      all_valid = false;
      continue;
    }
    auto built = registry.build(s.id, s.kwargs, options_.semantics);
    if (!built.ok()) {
      emit(LintLevel::kError, "bad-kwargs", s.id,
           fmt::format("instruction {}: {}", i, built.status().message()));
      all_valid = false;
      continue;
    }
    valid.push_back({s.id, drop_nulls(s.kwargs)});
  }

  // The same id twice with identical kwargs.
  std::vector<bool> dup(valid.size(), false);
  for (size_t i = 0; i < valid.size(); ++i)
    for (size_t j = i + 1; j < valid.size(); ++j)
      if (!dup[j] && valid[i].id == valid[j].id && same_kwargs(valid[i].kwargs, valid[j].kwargs)) {
        dup[j] = true;
        emit(LintLevel::kError, "duplicate-constraint", valid[j].id,
             fmt::format("listed twice with the same kwargs {}", valid[j].kwargs.to_json()));
      }
  std::vector<Instr> unique;
  for (size_t i = 0; i < valid.size(); ++i)
    if (!dup[i]) unique.push_back(valid[i]);

  lint_internal::check_pairs(unique, options_.conflict_table, emit);
  if (options_.prompt_checks && prompt) {
    std::vector<std::string> all_ids;
    for (const auto& s : specs)
      all_ids.push_back(s.id);
    lint_internal::check_prompt(*prompt, unique, all_ids, emit);
  }

  // Reference responses.
  if (!all_valid || (responses_by_key_.empty() && responses_by_prompt_.empty())) return;
  const std::string* response = nullptr;
  if (key) {
    auto it = responses_by_key_.find(*key);
    if (it != responses_by_key_.end()) response = &it->second;
  }
  if (!response && prompt) {
    auto it = responses_by_prompt_.find(*prompt);
    if (it != responses_by_prompt_.end()) response = &it->second;
  }
  if (!response) return;
  auto program = Program::compile(specs, options_.semantics);
  if (!program.ok()) return;
  std::vector<bool> verdicts;
  program->check(*response, options_.mode, verdicts);
  for (size_t i = 0; i < verdicts.size(); ++i) {
    if (verdicts[i]) continue;
    std::string reason = Text(*response).blank()
                             ? "the response is blank"
                             : program->constraint(i).verdict(Text(*response)).reason;
    emit(LintLevel::kError, "response-fails", program->id(i),
         fmt::format("the reference response fails instruction {}: {}", i, reason));
  }
}

Status Linter::lint_file(const std::string& path, std::vector<Finding>& out,
                         const std::function<void(uint64_t, uint64_t)>& progress) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(fmt::format("cannot open \"{}\"", path));
  in.seekg(0, std::ios::end);
  const uint64_t total = static_cast<uint64_t>(std::max<std::streamoff>(in.tellg(), 0));
  in.seekg(0, std::ios::beg);
  std::string text;
  size_t line = 0;
  uint64_t done = 0, last_report = 0;
  if (progress) progress(0, total);
  while (std::getline(in, text)) {
    ++line;
    done += text.size() + 1;
    if (text.find_first_not_of(" \t\r") != std::string::npos) lint_line(text, path, line, out);
    if (progress && done - last_report >= (1u << 20)) {
      last_report = done;
      progress(std::min(done, total), total);
    }
  }
  if (in.bad()) return io_error(fmt::format("error reading \"{}\"", path));
  if (progress) progress(total, total);
  return {};
}

std::vector<Finding> lint_rows(const std::vector<Value>& rows, const LintOptions& options) {
  Linter linter(options);
  std::vector<Finding> out;
  for (size_t i = 0; i < rows.size(); ++i)
    linter.lint_row(rows[i], "", i + 1, out);
  return out;
}

std::string format_finding(const Finding& f) {
  std::string where =
      f.file.empty() ? fmt::format("row {}", f.line) : fmt::format("{}:{}", f.file, f.line);
  std::string key = f.key ? fmt::format(" key {}", *f.key) : std::string();
  std::string id = f.id.empty() ? std::string() : " " + f.id;
  return fmt::format("{}: {} [{}]{}{}: {}", where, lint_level_name(f.level), f.kind, key, id,
                     f.message);
}

std::string finding_to_json(const Finding& f) {
  std::string out = "{\"level\": ";
  append_json_string(out, lint_level_name(f.level));
  out += ", \"kind\": ";
  append_json_string(out, f.kind);
  out += ", \"file\": ";
  append_json_string(out, f.file);
  out += fmt::format(", \"line\": {}, \"key\": ", f.line);
  out += f.key ? fmt::format("{}", *f.key) : "null";
  out += ", \"id\": ";
  append_json_string(out, f.id);
  out += ", \"message\": ";
  append_json_string(out, f.message);
  out += "}";
  return out;
}

std::string format_lint_report(const std::vector<Finding>& findings, size_t rows) {
  std::map<std::string, size_t> per_kind;
  std::map<std::pair<std::string, std::string>, size_t> per_id;
  size_t errors = 0, warnings = 0;
  for (const auto& f : findings) {
    per_kind[f.kind]++;
    per_id[{f.id.empty() ? "(row)" : f.id, f.kind}]++;
    (f.level == LintLevel::kError ? errors : warnings)++;
  }
  std::string out = fmt::format("{} rows: {} error(s), {} warning(s)\n", rows, errors, warnings);
  if (!findings.empty()) {
    out += "\nby kind:\n";
    for (const auto& k : finding_kinds()) {
      auto it = per_kind.find(std::string(k.name));
      if (it == per_kind.end()) continue;
      out += fmt::format("  {:<8} {:<22} {:>6}\n", lint_level_name(k.level), k.name, it->second);
    }
    out += "\nby id:\n";
    for (const auto& [p, n] : per_id)
      out += fmt::format("  {:<48} {:<22} {:>6}\n", p.first, p.second, n);
    out += "\nfindings:\n";
    for (const auto& f : findings)
      out += format_finding(f) + "\n";
  }
  return out;
}

}  // namespace precis
