#include "precis/registry.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace precis {

std::string_view semantics_name(Semantics s) noexcept {
  return s == Semantics::kReference ? "reference" : "precise";
}

std::string_view ifbench_version_name(IfbenchVersion v) noexcept {
  return v == IfbenchVersion::kPaper ? "paper" : "head";
}

std::string_view kwarg_type_name(KwargType t) noexcept {
  switch (t) {
    case KwargType::kInt:
      return "int";
    case KwargType::kString:
      return "string";
    case KwargType::kStringList:
      return "list of strings";
    case KwargType::kStringOrList:
      return "string or list of strings";
  }
  return "?";
}

const Value* Kwargs::find(std::string_view name) const noexcept {
  for (const auto& [k, v] : items_)
    if (k == name) return &v;
  return nullptr;
}

int64_t Kwargs::integer(std::string_view name) const noexcept {
  const Value* v = find(name);
  return v ? v->as_int() : 0;
}

const std::string& Kwargs::string(std::string_view name) const noexcept {
  static const std::string kEmpty;
  const Value* v = find(name);
  return v ? v->as_string() : kEmpty;
}

std::vector<std::string> Kwargs::strings(std::string_view name) const {
  std::vector<std::string> out;
  if (const Value* v = find(name))
    for (const auto& x : v->as_list())
      out.push_back(x.as_string());
  return out;
}

std::string_view VerifierInfo::family() const noexcept {
  std::string_view s = id;
  return s.substr(0, s.find(':'));
}

void Registry::add(VerifierInfo info) {
  std::sort(info.conflicts.begin(), info.conflicts.end());
  info.conflicts.erase(std::unique(info.conflicts.begin(), info.conflicts.end()),
                       info.conflicts.end());
  auto it =
      std::lower_bound(infos_.begin(), infos_.end(), info.id,
                       [](const VerifierInfo& a, const std::string& id) { return a.id < id; });
  infos_.insert(it, std::move(info));
}

const VerifierInfo* Registry::find(std::string_view id) const noexcept {
  auto it = std::lower_bound(infos_.begin(), infos_.end(), id,
                             [](const VerifierInfo& a, std::string_view k) { return a.id < k; });
  if (it != infos_.end() && it->id == id) return &*it;
  return nullptr;
}

namespace {

size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j)
    prev[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t sub = prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, sub});
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string quoted_list(const std::vector<std::string>& items) {
  std::string out;
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += ", ";
    out += fmt::format("\"{}\"", items[i]);
  }
  return out;
}

std::string describe_value(const Value& v) {
  std::string j = v.to_json();
  if (j.size() > 60) j = j.substr(0, 57) + "...";
  return fmt::format("{} {}", Value::kind_name(v.kind()), j);
}

}  // namespace

std::vector<std::string> Registry::suggest(std::string_view id, size_t n) const {
  std::vector<std::pair<size_t, std::string_view>> scored;
  std::string_view name = id.substr(id.find(':') == std::string_view::npos ? 0 : id.find(':') + 1);
  for (const auto& info : infos_) {
    std::string_view iname = std::string_view(info.id).substr(info.id.find(':') + 1);
    size_t d = std::min(edit_distance(id, info.id), edit_distance(name, iname) + 1);
    scored.emplace_back(d, info.id);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::string> out;
  for (size_t i = 0; i < scored.size() && out.size() < n; ++i) {
    if (scored[i].first > std::max<size_t>(4, id.size() / 2)) break;
    out.emplace_back(scored[i].second);
  }
  return out;
}

Result<ConstraintPtr> Registry::build(std::string_view id, const Value& kwargs, Semantics semantics,
                                      IfbenchVersion ifbench_version) const {
  const VerifierInfo* info = find(id);
  if (!info) {
    std::string msg = fmt::format("unknown instruction id \"{}\"", id);
    auto near = suggest(id);
    if (!near.empty()) msg += fmt::format("; did you mean {}?", quoted_list(near));
    msg += " (`precis list` prints every id)";
    return not_found(std::move(msg));
  }
  if (!kwargs.is_null() && !kwargs.is_dict())
    return invalid_argument(
        fmt::format("id \"{}\": kwargs must be a dict, got {}", id, describe_value(kwargs)));

  Value::Dict checked;
  for (const auto& [name, value] : kwargs.as_dict()) {
    if (value.is_null()) continue;  // the upstream wrappers drop None values
    auto spec = std::find_if(info->kwargs.begin(), info->kwargs.end(),
                             [&](const KwargSpec& k) { return k.name == name; });
    if (spec == info->kwargs.end()) {
      std::vector<std::string> names;
      for (const auto& k : info->kwargs)
        names.push_back(k.name);
      return invalid_argument(fmt::format(
          "id \"{}\": unknown kwarg \"{}\"; {}", id, name,
          names.empty() ? std::string("it takes no kwargs") : "expected " + quoted_list(names)));
    }
    auto bad = [&](std::string_view expected) {
      return invalid_argument(fmt::format("id \"{}\": kwarg \"{}\": expected {}, got {}", id, name,
                                          expected, describe_value(value)));
    };
    Value v = value;
    switch (spec->type) {
      case KwargType::kInt:
        if (v.is_float() && std::isfinite(v.as_float()) &&
            std::floor(v.as_float()) == v.as_float() && std::fabs(v.as_float()) < 9e15)
          v = Value::integer(static_cast<int64_t>(v.as_float()));
        if (!v.is_int()) return bad("an integer");
        if (spec->min && v.as_int() < *spec->min)
          return bad(fmt::format("an integer >= {}", *spec->min));
        break;
      case KwargType::kString:
        if (!v.is_string()) return bad("a string");
        if (spec->non_empty && v.as_string().empty()) return bad("a non-empty string");
        if (!spec->allowed.empty() && std::find(spec->allowed.begin(), spec->allowed.end(),
                                                v.as_string()) == spec->allowed.end())
          return bad("one of " + quoted_list(spec->allowed));
        break;
      case KwargType::kStringList:
        if (!v.is_list()) return bad("a list of strings");
        for (const auto& x : v.as_list())
          if (!x.is_string()) return bad("a list of strings");
        if (spec->non_empty && v.as_list().empty()) return bad("a non-empty list of strings");
        break;
      case KwargType::kStringOrList:
        if (v.is_string()) {
          if (spec->non_empty && v.as_string().empty()) return bad("a non-empty string");
          break;
        }
        if (!v.is_list() || v.as_list().empty())
          return bad("a string or a non-empty list of strings");
        for (const auto& x : v.as_list())
          if (!x.is_string()) return bad("a string or a non-empty list of strings");
        break;
    }
    checked.emplace_back(name, std::move(v));
  }
  for (const auto& spec : info->kwargs) {
    if (!spec.required) continue;
    bool present = std::any_of(checked.begin(), checked.end(),
                               [&](const auto& kv) { return kv.first == spec.name; });
    if (!present)
      return invalid_argument(fmt::format(
          "id \"{}\": missing required kwarg \"{}\" ({}: {}); precis never draws a random "
          "default",
          id, spec.name, kwarg_type_name(spec.type), spec.doc));
  }
  BuildContext ctx{semantics, info->id, ifbench_version};
  return info->factory(Kwargs(std::move(checked)), ctx);
}

}  // namespace precis
