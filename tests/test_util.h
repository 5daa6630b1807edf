// Helpers for verifier tests.
#pragma once

#include <string>
#include <string_view>

#include "precis/constraint.h"
#include "precis/registry.h"
#include "precis/status.h"

namespace precis::testing {

constexpr Semantics kRef = Semantics::kReference;
constexpr Semantics kPrecise = Semantics::kPrecise;

/// Builds `id` with `kwargs_json` (a JSON object, "{}" for none) and checks `response`.
/// Fails the test (Catch2 REQUIRE) when the spec does not build.
bool check(std::string_view id, std::string_view kwargs_json, std::string_view response,
           Semantics semantics);

/// The same for an IFBench id in one pinned upstream version (`reference` follows it).
bool check(std::string_view id, std::string_view kwargs_json, std::string_view response,
           Semantics semantics, IfbenchVersion version);

/// Both semantics give `expected`.
bool both(std::string_view id, std::string_view kwargs_json, std::string_view response);

/// The error of building `id` with `kwargs_json` (ok Status if it builds).
Status build_error(std::string_view id, std::string_view kwargs_json, Semantics semantics,
                   IfbenchVersion version = IfbenchVersion::kHead);

/// Path below ../shared/data, or "" when the shared data is absent.
std::string shared_data(std::string_view relative);

}  // namespace precis::testing

/// Skips the current test visibly (Catch2 2.13 has no SKIP: we WARN and return).
#define PRECIS_REQUIRE_SHARED(path)                                               \
  do {                                                                            \
    if ((path).empty()) {                                                         \
      WARN("SKIPPED: ../shared/data is absent; this test needs the shared data"); \
      return;                                                                     \
    }                                                                             \
  } while (0)
