// Errors as values: Status and Result<T>, in the style of RE2 and simdjson.
//
// Every fallible operation of the core (parsing a spec, validating kwargs,
// compiling a program, loading data files) returns a Status or a Result<T>.
// Checking a response never fails: it returns a verdict.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace precis {

/// What went wrong, coarsely. The message says the rest.
enum class StatusCode : int {
  kOk = 0,
  kInvalidArgument = 1,  ///< bad kwargs, bad relation, bad option
  kNotFound = 2,         ///< unknown instruction id, missing file, missing prompt
  kParseError = 3,       ///< malformed JSON or Python literal
  kIoError = 4,          ///< a file could not be read or written
  kUnimplemented = 5,    ///< a feature precis does not support (named in the message)
  kInternal = 6,
};

/// The name of a code, e.g. "invalid argument".
std::string_view status_code_name(StatusCode code) noexcept;

/// An error code and a human-readable message naming what was expected.
class [[nodiscard]] Status {
 public:
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status ok_status() { return {}; }
  bool ok() const noexcept { return code_ == StatusCode::kOk; }
  StatusCode code() const noexcept { return code_; }
  const std::string& message() const noexcept { return message_; }

  /// Returns a copy whose message is prefixed with `context: `.
  Status with_context(std::string_view context) const;
  std::string to_string() const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

inline Status invalid_argument(std::string message) {
  return {StatusCode::kInvalidArgument, std::move(message)};
}
inline Status not_found(std::string message) {
  return {StatusCode::kNotFound, std::move(message)};
}
inline Status parse_error(std::string message) {
  return {StatusCode::kParseError, std::move(message)};
}
inline Status io_error(std::string message) {
  return {StatusCode::kIoError, std::move(message)};
}

/// Either a value or a non-ok Status.
template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : v_(std::move(value)) {}         // NOLINT(google-explicit-constructor)
  Result(Status status) : v_(std::move(status)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const noexcept { return v_.index() == 0; }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<1>(v_);
  }
  T& value() & { return std::get<0>(v_); }
  const T& value() const& { return std::get<0>(v_); }
  T&& value() && { return std::get<0>(std::move(v_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> v_;
};

}  // namespace precis

/// Evaluates a Status expression and returns it from the enclosing function if not ok.
#define PRECIS_RETURN_IF_ERROR(expr)                 \
  do {                                               \
    ::precis::Status precis_status_ = (expr);        \
    if (!precis_status_.ok()) return precis_status_; \
  } while (0)
