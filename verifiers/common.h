// Helpers shared by verifiers: relations, kwarg schemas, construction.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "precis/registry.h"

namespace precis::verifiers {

/// A comparison between a count and a kwarg.
enum class Relation : unsigned char { kLessThan, kAtLeast };

/// IFEval's two relations, as they appear in kwargs.
inline std::vector<std::string> relation_values() {
  return {"less than", "at least"};
}

inline Relation parse_relation(std::string_view s) noexcept {
  return s == "less than" ? Relation::kLessThan : Relation::kAtLeast;
}

inline std::string_view relation_text(Relation r) noexcept {
  return r == Relation::kLessThan ? "less than" : "at least";
}

inline bool compare(int64_t n, int64_t bound, Relation r) noexcept {
  return r == Relation::kLessThan ? n < bound : n >= bound;
}

inline KwargSpec int_kwarg(std::string name, std::string doc, int64_t min = 0) {
  KwargSpec k;
  k.name = std::move(name);
  k.type = KwargType::kInt;
  k.doc = std::move(doc);
  k.min = min;
  return k;
}

inline KwargSpec string_kwarg(std::string name, std::string doc, bool non_empty = true) {
  KwargSpec k;
  k.name = std::move(name);
  k.type = KwargType::kString;
  k.doc = std::move(doc);
  k.non_empty = non_empty;
  return k;
}

inline KwargSpec string_list_kwarg(std::string name, std::string doc) {
  KwargSpec k;
  k.name = std::move(name);
  k.type = KwargType::kStringList;
  k.doc = std::move(doc);
  k.non_empty = true;
  return k;
}

inline KwargSpec relation_kwarg(std::string name) {
  KwargSpec k;
  k.name = std::move(name);
  k.type = KwargType::kString;
  k.doc = "how the count compares with the bound";
  k.allowed = relation_values();
  return k;
}

/// Builds a constraint of type T from constructor arguments.
template <class T, class... Args>
Result<ConstraintPtr> make(Args&&... args) {
  return ConstraintPtr(std::make_unique<T>(std::forward<Args>(args)...));
}

}  // namespace precis::verifiers
