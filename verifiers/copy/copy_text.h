// Whole-text comparison shared by the copy verifiers and new:copy_span_idx.
//
// reference: upstream compares `response.strip().lower()` with `prompt.strip().lower()`: Python's
//            whitespace strip and full lowercase mapping, nothing else normalised.
// precise:   matching::normalize (keywords/matching.h): full case folding, runs of whitespace
//            (CRLF and line breaks included) as one space, typographic quotes as ASCII ones,
//            zero-width characters dropped.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "precis/registry.h"
#include "precis/status.h"
#include "precis/text.h"

namespace precis::verifiers::copy {

/// Python's `text.strip().lower()`, as a slice of Text::lower() (no copy). May throw
/// std::bad_alloc when the lower facet is computed.
std::string_view lower_stripped(const Text& text);

/// Python's `s.strip().lower()` of a kwarg (build time).
std::string reference_target(std::string_view s);

/// precise: true when `s`, stripped of whitespace and zero-width characters at both ends, has the
/// normalized form `norm` (a matching::normalize() result).
bool copy_equals(std::string_view s, std::u32string_view norm) noexcept;

/// precise: the error for a prompt kwarg with nothing visible in it.
Status blank_prompt_error(std::string_view id, std::string_view kwarg);

/// The factory of copy:copy and copy:copying_simple (kwarg `prompt_to_repeat`): the whole
/// response is the prompt.
Result<ConstraintPtr> create_whole_copy(const Kwargs& kwargs, const BuildContext& ctx);

/// The precise differences of the normalised comparison (whitespace, case, quotes), for the doc
/// pages of every id that uses copy_equals() or matching::match_prefix().
std::vector<std::string> comparison_differences();
/// The precise difference on responses of only whitespace and zero-width characters.
std::string blank_response_difference();
/// comparison_differences() plus the blank prompt and blank response ones (copy:copy and
/// copy:copying_simple).
std::vector<std::string> whole_copy_differences();

}  // namespace precis::verifiers::copy
