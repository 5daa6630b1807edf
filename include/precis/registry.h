// Registry: every instruction id precis knows, its metadata and its factory.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "precis/constraint.h"
#include "precis/status.h"
#include "precis/value.h"

namespace precis {

/// The type a kwarg must have.
enum class KwargType : unsigned char {
  kInt,         ///< an integer (JSON number without fraction, or a float with integral value)
  kString,      ///< a string
  kStringList,  ///< a list of strings
  /// a string, or a list of strings of which the verifier uses the first (open-instruct's
  /// generator wrote some keywords as one-element lists, and its checkers take element 0)
  kStringOrList,
};

std::string_view kwarg_type_name(KwargType t) noexcept;

/// One kwarg of an instruction: name, type, constraints on its value.
struct KwargSpec {
  std::string name;
  KwargType type = KwargType::kInt;
  bool required = true;
  std::string doc;                   ///< one line for docs and --help
  std::vector<std::string> allowed;  ///< for strings: the allowed values (empty = any)
  std::optional<int64_t> min;        ///< for ints: smallest allowed value
  bool non_empty = false;            ///< for strings and lists: must not be empty
};

/// Validated kwargs handed to a factory. Every required kwarg is present with its declared
/// type; an optional one may be absent.
class Kwargs {
 public:
  explicit Kwargs(Value::Dict items) : items_(std::move(items)) {}
  const Value* find(std::string_view name) const noexcept;
  bool has(std::string_view name) const noexcept { return find(name) != nullptr; }
  int64_t integer(std::string_view name) const noexcept;
  const std::string& string(std::string_view name) const noexcept;
  std::vector<std::string> strings(std::string_view name) const;
  const Value::Dict& items() const noexcept { return items_; }

 private:
  Value::Dict items_;
};

/// What a factory knows besides the kwargs.
struct BuildContext {
  Semantics semantics = Semantics::kPrecise;
  std::string_view id;
  IfbenchVersion ifbench_version = IfbenchVersion::kHead;
};

using ConstraintPtr = std::unique_ptr<const Constraint>;
using Factory = Result<ConstraintPtr> (*)(const Kwargs& kwargs, const BuildContext& ctx);

/// Metadata and factory of one instruction id.
struct VerifierInfo {
  std::string id;       ///< "length_constraints:number_words"
  std::string suite;    ///< "IFEval", "IFEvalG" or "IFBench"
  std::string summary;  ///< one line: what the instruction asks
  std::vector<KwargSpec> kwargs;
  std::vector<std::string> conflicts;  ///< ids that cannot be combined with this one
  /// How `precise` differs from `reference`, one bullet per difference (empty: none).
  std::vector<std::string> precise_differences;
  Factory factory = nullptr;

  /// The family: the id's prefix before ':'.
  std::string_view family() const noexcept;
};

/// The set of all known ids. `Registry::global()` holds every built-in verifier.
class Registry {
 public:
  static const Registry& global();

  void add(VerifierInfo info);
  const VerifierInfo* find(std::string_view id) const noexcept;
  /// Known ids closest to `id` (edit distance), best first, at most `n`.
  std::vector<std::string> suggest(std::string_view id, size_t n = 3) const;
  const std::vector<VerifierInfo>& all() const noexcept { return infos_; }

  /// Validates `kwargs` (a dict; null values are dropped first, as the upstream wrappers do)
  /// against the id's schema and builds the constraint. Errors name the id and the kwarg.
  Result<ConstraintPtr> build(std::string_view id, const Value& kwargs, Semantics semantics,
                              IfbenchVersion ifbench_version = IfbenchVersion::kHead) const;

 private:
  std::vector<VerifierInfo> infos_;  // sorted by id
};

}  // namespace precis
