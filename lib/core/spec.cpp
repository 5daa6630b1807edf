#include "precis/spec.h"

#include <fmt/format.h>

namespace precis {
namespace {

Result<std::vector<InstructionSpec>> instructions_from(const Value& ids, const Value* kwargs,
                                                       std::string_view ids_field,
                                                       std::string_view where) {
  if (!ids.is_list())
    return invalid_argument(fmt::format("{}\"{}\" must be a list of instruction ids, got {}", where,
                                        ids_field, Value::kind_name(ids.kind())));
  if (kwargs && !kwargs->is_null() && !kwargs->is_list())
    return invalid_argument(fmt::format("{}\"kwargs\" must be a list of dicts, got {}", where,
                                        Value::kind_name(kwargs->kind())));
  const bool have_kwargs = kwargs && kwargs->is_list();
  if (have_kwargs && kwargs->as_list().size() != ids.as_list().size())
    return invalid_argument(fmt::format(
        "{}\"{}\" has {} ids but \"kwargs\" has {} entries; they must pair up one to one", where,
        ids_field, ids.as_list().size(), kwargs->as_list().size()));
  std::vector<InstructionSpec> out;
  for (size_t i = 0; i < ids.as_list().size(); ++i) {
    const Value& id = ids.as_list()[i];
    if (!id.is_string())
      return invalid_argument(fmt::format("{}\"{}\"[{}] must be a string, got {}", where, ids_field,
                                          i, Value::kind_name(id.kind())));
    InstructionSpec spec{id.as_string(), Value::dict({})};
    if (have_kwargs) {
      const Value& kw = kwargs->as_list()[i];
      if (kw.is_dict()) {
        spec.kwargs = kw;
      } else if (!kw.is_null()) {
        return invalid_argument(
            fmt::format("{}\"kwargs\"[{}] (for \"{}\") must be a dict or null, got {}", where, i,
                        id.as_string(), Value::kind_name(kw.kind())));
      }
    }
    out.push_back(std::move(spec));
  }
  return out;
}

}  // namespace

Result<PromptSpec> prompt_spec_from_row(const Value& row) {
  if (!row.is_dict())
    return invalid_argument(
        fmt::format("a row must be a JSON object, got {}", Value::kind_name(row.kind())));
  PromptSpec spec;
  if (const Value* key = row.find("key"); key && !key->is_null()) {
    if (key->is_int()) {
      spec.key = key->as_int();
    } else if (key->is_string() && !key->as_string().empty() && key->as_string().size() <= 18 &&
               key->as_string().find_first_not_of("0123456789") == std::string::npos) {
      spec.key = std::stoll(key->as_string());  // IFBench writes its keys as strings: "12"
    } else {
      return invalid_argument(fmt::format(
          "\"key\" must be an integer (or a string of digits), got {}", key->to_json()));
    }
  }
  const Value* prompt = row.find("prompt");
  if (!prompt || !prompt->is_string()) return invalid_argument("missing \"prompt\" (a string)");
  spec.prompt = prompt->as_string();
  const Value* ids = row.find("instruction_id_list");
  if (!ids) return invalid_argument("missing \"instruction_id_list\" (a list of instruction ids)");
  const Value* kwargs = row.find("kwargs");
  if (!kwargs) return invalid_argument("missing \"kwargs\" (a list of dicts, one per instruction)");
  std::string where = spec.key ? fmt::format("key {}: ", *spec.key) : std::string();
  auto instructions = instructions_from(*ids, kwargs, "instruction_id_list", where);
  if (!instructions.ok()) return instructions.status();
  spec.instructions = std::move(instructions).value();
  return spec;
}

Result<std::vector<InstructionSpec>> parse_ground_truth(std::string_view text) {
  Result<Value> parsed = parse_json(text);
  if (!parsed.ok()) {
    Result<Value> literal = parse_python_literal(text);
    if (!literal.ok())
      return parse_error(fmt::format("ground_truth is neither JSON nor a Python literal: {}",
                                     literal.status().message()));
    parsed = std::move(literal);
  }
  const Value& v = *parsed;
  // A JSON string holding the literal (double-encoded ground truths occur in the wild).
  if (v.is_string()) return parse_ground_truth(v.as_string());
  std::vector<const Value*> items;
  if (v.is_list()) {
    for (const auto& x : v.as_list())
      items.push_back(&x);
  } else {
    items.push_back(&v);
  }
  if (items.empty()) return invalid_argument("ground_truth holds no instructions (an empty list)");
  std::vector<InstructionSpec> out;
  for (size_t k = 0; k < items.size(); ++k) {
    const Value& item = *items[k];
    std::string where = items.size() > 1 ? fmt::format("ground_truth[{}]: ", k) : "ground_truth: ";
    // An element that is itself a string holds JSON (open-instruct json.loads-es it).
    if (item.is_string()) {
      auto part = parse_ground_truth(item.as_string());
      if (!part.ok()) return Status(part.status().code(), where + part.status().message());
      for (auto& s : *part)
        out.push_back(std::move(s));
      continue;
    }
    if (!item.is_dict())
      return invalid_argument(
          fmt::format("{}expected a dict with \"instruction_id\" and \"kwargs\", got {}", where,
                      Value::kind_name(item.kind())));
    const Value* ids = item.find("instruction_id");
    std::string_view field = "instruction_id";
    if (!ids) {
      ids = item.find("instruction_id_list");
      field = "instruction_id_list";
    }
    if (!ids) return invalid_argument(where + "missing \"instruction_id\" (a list of ids)");
    Value id_list = *ids;
    if (id_list.is_string()) id_list = Value::list({*ids});
    const Value* kwargs = item.find("kwargs");
    Value kw_list;
    if (kwargs && (kwargs->is_dict() || kwargs->is_null()) && id_list.as_list().size() == 1)
      kw_list = Value::list({*kwargs});
    const Value* kw = kw_list.is_list() ? &kw_list : kwargs;
    auto part = instructions_from(id_list, kw, field, where);
    if (!part.ok()) return part.status();
    for (auto& s : *part)
      out.push_back(std::move(s));
  }
  return out;
}

}  // namespace precis
