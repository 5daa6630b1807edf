#include "precis/evaluation.h"

#include <fmt/format.h>

#include <cstdio>
#include <fstream>

#include "text/unicode.h"

namespace precis {

Accuracy accuracy(const std::vector<EvaluatedPrompt>& results, Mode mode) {
  Accuracy a;
  for (const auto& r : results) {
    const auto& v = mode == Mode::kStrict ? r.strict : r.loose;
    bool all = true;
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string& id = r.spec.instructions[i].id;
      std::string family = id.substr(0, id.find(':'));
      a.per_family[family].second++;
      a.per_id[id].second++;
      if (v[i]) {
        a.per_family[family].first++;
        a.per_id[id].first++;
        a.instructions_followed++;
      } else {
        all = false;
      }
      a.instructions++;
    }
    a.prompts++;
    if (all) a.prompts_followed++;
  }
  return a;
}

Result<std::vector<PromptSpec>> load_prompts(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  std::vector<PromptSpec> out;
  Status s = for_each_jsonl(*text, [&](size_t line, const Value& row) -> Status {
    auto spec = prompt_spec_from_row(row);
    if (!spec.ok()) return spec.status().with_context(fmt::format("line {}", line));
    out.push_back(std::move(spec).value());
    return Status();
  });
  if (!s.ok()) return s.with_context(path);
  return out;
}

Result<std::map<std::string, std::string, std::less<>>> load_responses(const std::string& path) {
  auto text = read_file(path);
  if (!text.ok()) return text.status();
  std::map<std::string, std::string, std::less<>> out;
  Status s = for_each_jsonl(*text, [&](size_t line, const Value& row) -> Status {
    const Value* prompt = row.find("prompt");
    const Value* response = row.find("response");
    if (!prompt || !prompt->is_string())
      return invalid_argument(fmt::format("line {}: missing \"prompt\" (a string)", line));
    if (!response || !response->is_string())
      return invalid_argument(fmt::format("line {}: missing \"response\" (a string)", line));
    out[prompt->as_string()] = response->as_string();
    return Status();
  });
  if (!s.ok()) return s.with_context(path);
  return out;
}

namespace {
std::string excerpt(std::string_view s) {
  if (s.size() <= 60) return std::string(s);
  size_t n = 57;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80)
    --n;
  return std::string(s.substr(0, n)) + "...";
}
}  // namespace

Result<std::vector<EvaluatedPrompt>> evaluate(
    const std::vector<PromptSpec>& prompts,
    const std::map<std::string, std::string, std::less<>>& responses,
    const EvaluateOptions& options) {
  std::vector<EvaluatedPrompt> out;
  out.reserve(prompts.size());
  // IFBench joins prompts ignoring surrounding whitespace: built on the first miss.
  std::map<std::string_view, std::map<std::string, std::string, std::less<>>::const_iterator,
           std::less<>>
      stripped;
  auto find_stripped = [&](std::string_view prompt) {
    if (stripped.empty()) {
      for (auto it = responses.begin(); it != responses.end(); ++it)
        stripped.emplace(text::py_strip(it->first), it);
    }
    auto hit = stripped.find(text::py_strip(prompt));
    return hit == stripped.end() ? responses.end() : hit->second;
  };
  for (size_t i = 0; i < prompts.size(); ++i) {
    const PromptSpec& spec = prompts[i];
    std::string where =
        spec.key ? fmt::format("key {}", *spec.key) : fmt::format("prompt row {}", i + 1);
    auto it = responses.find(spec.prompt);
    if (it == responses.end()) it = find_stripped(spec.prompt);
    if (it == responses.end() && options.skip_unanswered) {
      if (options.unanswered) options.unanswered->push_back(where);
      if (options.progress) options.progress(i + 1, prompts.size());
      continue;
    }
    if (it == responses.end())
      return not_found(
          fmt::format("{}: no response for prompt \"{}\" (responses are joined on "
                      "the prompt text, ignoring surrounding whitespace; --skip-unanswered "
                      "skips such rows as current IFBench does)",
                      where, excerpt(spec.prompt)));
    auto program = Program::compile(spec.instructions, options.semantics, options.ifbench_version);
    EvaluatedPrompt r;
    r.spec = spec;
    r.response = it->second;
    if (program.ok()) {
      program->check(r.response, Mode::kStrict, r.strict);
      program->check(r.response, Mode::kLoose, r.loose);
    } else if (!options.unbuildable_fails) {
      return program.status().with_context(where);
    } else {
      // Fail closed per instruction: build each one alone; those that cannot be built are
      // not followed, and are reported.
      r.strict.assign(spec.instructions.size(), false);
      r.loose.assign(spec.instructions.size(), false);
      std::vector<bool> v;
      for (size_t k = 0; k < spec.instructions.size(); ++k) {
        auto one =
            Program::compile({spec.instructions[k]}, options.semantics, options.ifbench_version);
        if (!one.ok()) {
          if (options.unbuildable)
            options.unbuildable->push_back(fmt::format("{}: {}", where, one.status().message()));
          continue;
        }
        one->check(r.response, Mode::kStrict, v);
        r.strict[k] = v.at(0);
        one->check(r.response, Mode::kLoose, v);
        r.loose[k] = v.at(0);
      }
    }
    out.push_back(std::move(r));
    if (options.progress) options.progress(i + 1, prompts.size());
  }
  return out;
}

std::string format_report(const std::vector<EvaluatedPrompt>& results, Mode mode,
                          std::string_view output_file_name) {
  Accuracy a = accuracy(results, mode);
  std::string s(64, '=');
  s += fmt::format("\n{} Accuracy Scores:\n", output_file_name);
  s += fmt::format("prompt-level: {}\n", a.prompt_level());
  s += fmt::format("instruction-level: {}\n\n", a.instruction_level());
  for (const auto& [family, ft] : a.per_family)
    s += fmt::format("{} {}\n", family, double(ft.first) / double(ft.second));
  s += "\n";
  for (const auto& [id, ft] : a.per_id)
    s += fmt::format("{} {}\n", id, double(ft.first) / double(ft.second));
  return s;
}

namespace {

// Python's json.dumps(ensure_ascii=True) string escaping.
void append_ascii_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    p += d.len;
    char32_t c = d.cp;
    switch (c) {
      case '"':
        out += "\\\"";
        continue;
      case '\\':
        out += "\\\\";
        continue;
      case '\n':
        out += "\\n";
        continue;
      case '\r':
        out += "\\r";
        continue;
      case '\t':
        out += "\\t";
        continue;
      case '\b':
        out += "\\b";
        continue;
      case '\f':
        out += "\\f";
        continue;
      default:
        break;
    }
    if (c < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else if (c < 0x80) {
      out.push_back(static_cast<char>(c));
    } else if (c < 0x10000) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned>(c));
    } else {
      char32_t v = c - 0x10000;
      out += fmt::format("\\u{:04x}\\u{:04x}", static_cast<unsigned>(0xD800 + (v >> 10)),
                         static_cast<unsigned>(0xDC00 + (v & 0x3FF)));
    }
  }
  out.push_back('"');
}

}  // namespace

std::string result_row_json(const EvaluatedPrompt& r, Mode mode) {
  const auto& v = mode == Mode::kStrict ? r.strict : r.loose;
  bool all = true;
  for (bool b : v)
    all = all && b;
  std::string s = "{\"follow_all_instructions\": ";
  s += all ? "true" : "false";
  s += ", \"follow_instruction_list\": [";
  for (size_t i = 0; i < v.size(); ++i) {
    if (i) s += ", ";
    s += v[i] ? "true" : "false";
  }
  s += "], \"instruction_id_list\": [";
  for (size_t i = 0; i < r.spec.instructions.size(); ++i) {
    if (i) s += ", ";
    append_ascii_json_string(s, r.spec.instructions[i].id);
  }
  s += "], \"prompt\": ";
  append_ascii_json_string(s, r.spec.prompt);
  s += ", \"response\": ";
  append_ascii_json_string(s, r.response);
  s += "}";
  return s;
}

Status write_results(const std::vector<EvaluatedPrompt>& results, Mode mode,
                     const std::string& path) {
  std::ofstream out(path, std::ios::binary);
  if (!out) return io_error(fmt::format("cannot write \"{}\"", path));
  for (const auto& r : results)
    out << result_row_json(r, mode) << '\n';
  out.flush();
  if (!out) return io_error(fmt::format("error while writing \"{}\"", path));
  return Status();
}

}  // namespace precis
