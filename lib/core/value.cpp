#include "precis/value.h"

#include <fmt/format.h>

#include <cmath>

namespace precis {

Value Value::boolean(bool b) {
  Value v;
  v.kind_ = Kind::kBool;
  v.b_ = b;
  return v;
}
Value Value::integer(int64_t i) {
  Value v;
  v.kind_ = Kind::kInt;
  v.i_ = i;
  return v;
}
Value Value::floating(double d) {
  Value v;
  v.kind_ = Kind::kFloat;
  v.d_ = d;
  return v;
}
Value Value::string(std::string s) {
  Value v;
  v.kind_ = Kind::kString;
  v.s_ = std::move(s);
  return v;
}
Value Value::list(List items) {
  Value v;
  v.kind_ = Kind::kList;
  v.list_ = std::move(items);
  return v;
}
Value Value::dict(Dict items) {
  Value v;
  v.kind_ = Kind::kDict;
  v.dict_ = std::move(items);
  return v;
}

const Value* Value::find(std::string_view key) const noexcept {
  if (kind_ != Kind::kDict) return nullptr;
  for (const auto& [k, v] : dict_)
    if (k == key) return &v;
  return nullptr;
}

std::string_view Value::kind_name(Kind k) noexcept {
  switch (k) {
    case Kind::kNull:
      return "null";
    case Kind::kBool:
      return "bool";
    case Kind::kInt:
      return "int";
    case Kind::kFloat:
      return "float";
    case Kind::kString:
      return "string";
    case Kind::kList:
      return "list";
    case Kind::kDict:
      return "dict";
  }
  return "?";
}

void append_json_string(std::string& out, std::string_view s) {
  out.push_back('"');
  for (char ch : s) {
    auto c = static_cast<unsigned char>(ch);
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20) {
          out += fmt::format("\\u{:04x}", c);
        } else {
          out.push_back(ch);
        }
    }
  }
  out.push_back('"');
}

namespace {
void to_json_impl(const Value& v, std::string& out) {
  switch (v.kind()) {
    case Value::Kind::kNull:
      out += "null";
      return;
    case Value::Kind::kBool:
      out += v.as_bool() ? "true" : "false";
      return;
    case Value::Kind::kInt:
      out += fmt::format("{}", v.as_int());
      return;
    case Value::Kind::kFloat:
      if (std::isfinite(v.as_float()))
        out += fmt::format("{}", v.as_float());
      else
        out += std::isnan(v.as_float()) ? "NaN" : (v.as_float() > 0 ? "Infinity" : "-Infinity");
      return;
    case Value::Kind::kString:
      append_json_string(out, v.as_string());
      return;
    case Value::Kind::kList: {
      out.push_back('[');
      bool first = true;
      for (const auto& x : v.as_list()) {
        if (!first) out += ", ";
        first = false;
        to_json_impl(x, out);
      }
      out.push_back(']');
      return;
    }
    case Value::Kind::kDict: {
      out.push_back('{');
      bool first = true;
      for (const auto& [k, x] : v.as_dict()) {
        if (!first) out += ", ";
        first = false;
        append_json_string(out, k);
        out += ": ";
        to_json_impl(x, out);
      }
      out.push_back('}');
      return;
    }
  }
}
}  // namespace

std::string Value::to_json() const {
  std::string out;
  to_json_impl(*this, out);
  return out;
}

bool operator==(const Value& a, const Value& b) {
  if (a.kind_ != b.kind_) {
    if (a.is_number() && b.is_number()) return a.as_float() == b.as_float();
    return false;
  }
  switch (a.kind_) {
    case Value::Kind::kNull:
      return true;
    case Value::Kind::kBool:
      return a.b_ == b.b_;
    case Value::Kind::kInt:
      return a.i_ == b.i_;
    case Value::Kind::kFloat:
      return a.d_ == b.d_;
    case Value::Kind::kString:
      return a.s_ == b.s_;
    case Value::Kind::kList:
      return a.list_ == b.list_;
    case Value::Kind::kDict:
      return a.dict_ == b.dict_;
  }
  return false;
}

}  // namespace precis
