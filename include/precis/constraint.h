// Constraint: one compiled instruction (an id plus validated kwargs) that checks texts.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "precis/text.h"

namespace precis {

/// Which behaviour a verifier follows.
///  - kReference: verdict for verdict the upstream implementation of the id's suite.
///  - kPrecise: the instruction's plain meaning (docs/semantics.md); precis's default for rewards.
enum class Semantics : unsigned char { kReference, kPrecise };

std::string_view semantics_name(Semantics s) noexcept;

/// Which upstream IFBench code `reference` semantics reproduces for the IFBench ids (the other
/// suites ignore it):
///  - kHead: allenai/IFBench as it is now (db69a6f): NLTK Punkt sentences; the default.
///  - kPaper: commit c94da02, the code behind the paper's numbers: IFEval's regex sentence
///    splitter and the paper-era rules the catalog lists per id.
enum class IfbenchVersion : unsigned char { kHead, kPaper };

std::string_view ifbench_version_name(IfbenchVersion v) noexcept;

/// A short, fixed-capacity explanation of a verdict. Writing one never allocates.
class Reason {
 public:
  static constexpr size_t kCapacity = 200;

  template <class... Args>
  void set(fmt::format_string<Args...> format, Args&&... args) noexcept {
    try {
      auto r = fmt::format_to_n(buf_, kCapacity, format, std::forward<Args>(args)...);
      len_ = r.size < kCapacity ? r.size : kCapacity;
    } catch (...) {
      len_ = 0;
    }
  }
  std::string_view view() const noexcept { return {buf_, len_}; }

 private:
  char buf_[kCapacity];
  size_t len_ = 0;
};

/// The result of checking one constraint on one text.
struct Verdict {
  bool pass = false;
  std::string reason;
};

/// An instruction compiled from its kwargs. Immutable after construction, so one Constraint may
/// be used by many threads at once (each with its own Text).
class Constraint {
 public:
  virtual ~Constraint() = default;

  /// Checks `text`. Writes a short reason to `why` when it is non-null. Never throws; the fast
  /// path (why == nullptr) allocates nothing once the text's facets are computed.
  virtual bool check(const Text& text, Reason* why) const noexcept = 0;

  /// Convenience: the verdict with its reason as a string.
  Verdict verdict(const Text& text) const {
    Reason r;
    bool pass = check(text, &r);
    return {pass, std::string(r.view())};
  }
};

}  // namespace precis
