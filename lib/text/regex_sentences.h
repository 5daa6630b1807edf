// IFEval's hand-written regex sentence splitter (`instructions_util.split_into_sentences`),
// used by open-instruct IFEvalG and paper-era IFBench.
//
// Behaviour, in the order the upstream function applies its rewrites:
//   - the text is padded (" " + text + "  ") and every "\n" becomes a space;
//   - periods that do not end a sentence are protected: after the prefixes Mr/St/Mrs/Ms/Dr,
//     before the website suffixes com/net/org/io/gov/edu/me, between two digits, runs of two or
//     more periods (each period kept, and the run ends a sentence), "Ph.D.", a single ASCII letter
//     after whitespace followed by ". ", acronyms (A.B.C. / A.B.), the suffixes Inc/Ltd/Jr/Sr/Co
//     after a space (they end a sentence when a sentence starter follows), and a single letter
//     after a space;
//   - a closing quote after the final punctuation is moved before it (`."` -> `".`, `.”` -> `”.`,
//     `!"` -> `"!`, `?"` -> `"?`);
//   - the text is split after every remaining `.`, `?` and `!`; each piece is stripped with
//     Python's str.strip(), and a trailing empty piece is dropped (empty pieces elsewhere stay).
// The returned sentences therefore hold the splitter's rewrites (quotes moved, newlines as spaces),
// exactly as the upstream checkers see them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace precis::text {

/// Splits `text` into sentences as IFEval's split_into_sentences does; `out` is cleared first.
void regex_sentences(std::string_view text, std::vector<std::string>& out);

/// Convenience overload.
std::vector<std::string> regex_sentences(std::string_view text);

}  // namespace precis::text
