#include <simdjson.h>

#include <fmt/format.h>

#include <fstream>
#include <sstream>

#include "precis/spec.h"

namespace precis {
namespace {

Result<Value> convert(simdjson::dom::element e, int depth) {
  if (depth > 512) return parse_error("JSON nested deeper than 512 levels");
  using T = simdjson::dom::element_type;
  switch (e.type()) {
    case T::NULL_VALUE:
      return Value::null();
    case T::BOOL:
      return Value::boolean(bool(e));
    case T::INT64:
      return Value::integer(int64_t(e));
    case T::UINT64: {
      uint64_t u = uint64_t(e);
      return Value::floating(static_cast<double>(u));
    }
    case T::DOUBLE:
      return Value::floating(double(e));
    case T::STRING:
      return Value::string(std::string(std::string_view(e)));
    case T::ARRAY: {
      Value::List items;
      for (auto x : simdjson::dom::array(e)) {
        Result<Value> v = convert(x, depth + 1);
        if (!v.ok()) return v;
        items.push_back(std::move(v).value());
      }
      return Value::list(std::move(items));
    }
    case T::OBJECT: {
      Value::Dict items;
      for (auto field : simdjson::dom::object(e)) {
        Result<Value> v = convert(field.value, depth + 1);
        if (!v.ok()) return v;
        items.emplace_back(std::string(field.key), std::move(v).value());
      }
      return Value::dict(std::move(items));
    }
  }
  return parse_error("unknown JSON element");
}

}  // namespace

Result<Value> parse_json(std::string_view json) {
  thread_local simdjson::dom::parser parser;
  simdjson::padded_string padded(json);
  simdjson::dom::element root;
  auto err = parser.parse(padded).get(root);
  if (err) return parse_error(fmt::format("malformed JSON: {}", simdjson::error_message(err)));
  return convert(root, 0);
}

Result<std::string> read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return io_error(fmt::format("cannot open \"{}\"", path));
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return io_error(fmt::format("cannot read \"{}\"", path));
  return ss.str();
}

}  // namespace precis
