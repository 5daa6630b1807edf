// A small dynamically typed value: what a kwarg or a spec field holds.
//
// Values come from JSON (IFEval rows, plain JSON specs) or from Python literals
// (open-instruct ground_truth strings). Both parsers produce this one type, so
// kwargs validation does not care where a spec came from.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace precis {

class Value {
 public:
  enum class Kind : uint8_t { kNull, kBool, kInt, kFloat, kString, kList, kDict };
  using List = std::vector<Value>;
  using Dict = std::vector<std::pair<std::string, Value>>;  // insertion order kept

  Value() = default;
  static Value null() { return {}; }
  static Value boolean(bool b);
  static Value integer(int64_t i);
  static Value floating(double d);
  static Value string(std::string s);
  static Value list(List items);
  static Value dict(Dict items);

  Kind kind() const noexcept { return kind_; }
  bool is_null() const noexcept { return kind_ == Kind::kNull; }
  bool is_bool() const noexcept { return kind_ == Kind::kBool; }
  bool is_int() const noexcept { return kind_ == Kind::kInt; }
  bool is_float() const noexcept { return kind_ == Kind::kFloat; }
  bool is_number() const noexcept { return is_int() || is_float(); }
  bool is_string() const noexcept { return kind_ == Kind::kString; }
  bool is_list() const noexcept { return kind_ == Kind::kList; }
  bool is_dict() const noexcept { return kind_ == Kind::kDict; }

  bool as_bool() const noexcept { return b_; }
  int64_t as_int() const noexcept { return i_; }
  double as_float() const noexcept { return is_int() ? static_cast<double>(i_) : d_; }
  const std::string& as_string() const noexcept { return s_; }
  const List& as_list() const noexcept { return list_; }
  const Dict& as_dict() const noexcept { return dict_; }

  /// The member `key` of a dict, or nullptr.
  const Value* find(std::string_view key) const noexcept;

  /// Compact JSON text of the value (Python-like key order kept).
  std::string to_json() const;
  /// The kind's name as users see it: "null", "bool", "int", "float", "string", "list", "dict".
  static std::string_view kind_name(Kind k) noexcept;

  friend bool operator==(const Value& a, const Value& b);

 private:
  Kind kind_ = Kind::kNull;
  bool b_ = false;
  int64_t i_ = 0;
  double d_ = 0;
  std::string s_;
  List list_;
  Dict dict_;
};

/// Appends `s` to `out` as a JSON string literal (with quotes), escaping as Python's json.dumps
/// with ensure_ascii=False would not: control characters and quotes only.
void append_json_string(std::string& out, std::string_view s);

}  // namespace precis
