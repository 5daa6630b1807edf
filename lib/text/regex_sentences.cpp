// IFEval's regex sentence splitter, as a sequence of linear rewrite passes.
//
// The upstream function is a chain of regular-expression substitutions over one string, each
// scanning left to right with non-overlapping matches, with the markers "<prd>" (a protected
// period) and "<stop>" (a sentence end) written into the text itself. Every pass below does
// the same rewrite by hand, on the same string with the same markers, so that quirks carry
// over exactly: "First." is protected because it ends in "St." (case-sensitive, no word
// boundary); "1.2.3" protects only the first period (the match consumed the "2"); a marker
// typed by the user ("<stop>") splits like one the splitter wrote.
#include "text/regex_sentences.h"

#include <array>
#include <cstddef>
#include <string>
#include <string_view>

#include "text/unicode.h"

namespace precis::text {
namespace {

constexpr std::string_view kPrd = "<prd>";
constexpr std::string_view kStop = "<stop>";

bool is_alpha(char c) noexcept {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool is_upper(char c) noexcept {
  return c >= 'A' && c <= 'Z';
}
bool is_digit(char c) noexcept {
  return c >= '0' && c <= '9';
}

bool at(std::string_view s, size_t i, std::string_view what) noexcept {
  return s.size() - i >= what.size() && s.compare(i, what.size(), what) == 0;
}
char byte(std::string_view s, size_t i) noexcept {
  return i < s.size() ? s[i] : '\0';
}

/// Length in bytes of the Python whitespace code point (`\s`) starting at i, or 0.
size_t space_at(std::string_view s, size_t i) noexcept {
  if (i >= s.size()) return 0;
  Decoded d = decode(s.data() + i, s.data() + s.size());
  return is_py_space(d.cp) ? d.len : 0;
}

/// One substitution pass: at each position `match(s, i, out)` either appends its replacement
/// to `out` and returns the number of bytes it consumed (> 0), or returns 0 and the byte is
/// copied. This is re.sub's left-to-right, non-overlapping scan.
template <class Match>
void rewrite(std::string& s, std::string& scratch, Match match) {
  scratch.clear();
  scratch.reserve(s.size() + 16);
  const std::string_view v(s);
  size_t i = 0;
  while (i < v.size()) {
    size_t n = match(v, i, scratch);
    if (n == 0) {
      scratch.push_back(v[i]);
      ++i;
    } else {
      i += n;
    }
  }
  s.swap(scratch);
}

/// str.replace(from, to).
void replace_all(std::string& s, std::string& scratch, std::string_view from, std::string_view to) {
  if (s.find(from) == std::string::npos) return;
  rewrite(s, scratch, [&](std::string_view v, size_t i, std::string& out) -> size_t {
    if (!at(v, i, from)) return 0;
    out.append(to);
    return from.size();
  });
}

/// The sentence starters after an acronym or a company suffix, in the upstream alternation
/// order (the first that matches is consumed: "Mr" before "Mrs"). A trailing space stands for
/// one `\s` code point.
constexpr std::array<std::string_view, 20> kStarters = {
    "Mr",  "Mrs",   "Ms",     "Dr",   "Prof", "Capt", "Cpt",      "Lt",    "He ",   "She ",
    "It ", "They ", "Their ", "Our ", "We ",  "But ", "However ", "That ", "This ", "Wherever"};

/// Length of the starter matched at i, or 0.
size_t starter_at(std::string_view s, size_t i) noexcept {
  for (std::string_view st : kStarters) {
    const bool needs_space = st.back() == ' ';
    std::string_view word = needs_space ? st.substr(0, st.size() - 1) : st;
    if (!at(s, i, word)) continue;
    if (!needs_space) return word.size();
    size_t sp = space_at(s, i + word.size());
    if (sp != 0) return word.size() + sp;
  }
  return 0;
}

/// Length of "X.Y." (two letters) or "X.Y.Z." (three) upper-case acronym at i.
size_t acronym_at(std::string_view s, size_t i, int letters) noexcept {
  for (int k = 0; k < letters; ++k) {
    if (!is_upper(byte(s, i + 2 * k)) || byte(s, i + 2 * k + 1) != '.') return 0;
  }
  return static_cast<size_t>(2 * letters);
}

/// Length of "Inc"/"Ltd"/"Jr"/"Sr"/"Co" at i, or 0 (first alternative that matches).
size_t suffix_at(std::string_view s, size_t i) noexcept {
  for (std::string_view suf : {"Inc", "Ltd", "Jr", "Sr", "Co"}) {
    if (at(s, i, suf)) return suf.size();
  }
  return 0;
}

}  // namespace

void regex_sentences(std::string_view text, std::vector<std::string>& out) {
  out.clear();
  std::string s;
  s.reserve(text.size() + 64);
  s.push_back(' ');
  s.append(text);
  s.append("  ");
  for (char& c : s) {
    if (c == '\n') c = ' ';
  }
  std::string scratch;

  // Titles: "Mr." "St." "Mrs." "Ms." "Dr." (anywhere, case-sensitive).
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    for (std::string_view p : {"Mr", "St", "Mrs", "Ms", "Dr"}) {
      if (at(v, i, p) && byte(v, i + p.size()) == '.') {
        o.append(p);
        o.append(kPrd);
        return p.size() + 1;
      }
    }
    return 0;
  });
  // Web addresses: ".com" ".net" ".org" ".io" ".gov" ".edu" ".me".
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (v[i] != '.') return 0;
    for (std::string_view w : {"com", "net", "org", "io", "gov", "edu", "me"}) {
      if (at(v, i + 1, w)) {
        o.append(kPrd);
        o.append(w);
        return 1 + w.size();
      }
    }
    return 0;
  });
  // Decimals: digit "." digit (the second digit is consumed).
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (!is_digit(v[i]) || byte(v, i + 1) != '.' || !is_digit(byte(v, i + 2))) return 0;
    o.push_back(v[i]);
    o.append(kPrd);
    o.push_back(v[i + 2]);
    return 3;
  });
  // Ellipses: two or more periods are all protected, and the run ends a sentence.
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (v[i] != '.' || byte(v, i + 1) != '.') return 0;
    size_t n = 0;
    while (byte(v, i + n) == '.')
      ++n;
    for (size_t k = 0; k < n; ++k)
      o.append(kPrd);
    o.append(kStop);
    return n;
  });
  if (s.find("Ph.D") != std::string::npos) replace_all(s, scratch, "Ph.D.", "Ph<prd>D<prd>");
  // A single letter between whitespace and ". ": the whitespace becomes a plain space.
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    size_t sp = space_at(v, i);
    if (sp == 0) return 0;
    if (!is_alpha(byte(v, i + sp)) || byte(v, i + sp + 1) != '.' || byte(v, i + sp + 2) != ' ')
      return 0;
    o.push_back(' ');
    o.push_back(v[i + sp]);
    o.append(kPrd);
    o.push_back(' ');
    return sp + 3;
  });
  // An acronym followed by a sentence starter ends a sentence.
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    for (int letters : {3, 2}) {
      size_t a = acronym_at(v, i, letters);
      if (a == 0 || byte(v, i + a) != ' ') continue;
      size_t st = starter_at(v, i + a + 1);
      if (st == 0) continue;
      o.append(v.substr(i, a));
      o.append(kStop);
      o.append(v.substr(i + a, 1 + st));
      return a + 1 + st;
    }
    return 0;
  });
  // Other dotted letters: "a.b.c." then "a.b.", any case.
  for (int letters : {3, 2}) {
    rewrite(s, scratch, [letters](std::string_view v, size_t i, std::string& o) -> size_t {
      for (int k = 0; k < letters; ++k) {
        if (!is_alpha(byte(v, i + 2 * k)) || byte(v, i + 2 * k + 1) != '.') return 0;
      }
      for (int k = 0; k < letters; ++k) {
        o.push_back(v[i + 2 * k]);
        o.append(kPrd);
      }
      return static_cast<size_t>(2 * letters);
    });
  }
  // " Inc. He ..." ends a sentence; " Inc." elsewhere is protected.
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (v[i] != ' ') return 0;
    size_t suf = suffix_at(v, i + 1);
    if (suf == 0 || byte(v, i + 1 + suf) != '.' || byte(v, i + 2 + suf) != ' ') return 0;
    size_t st = starter_at(v, i + 3 + suf);
    if (st == 0) return 0;
    o.append(v.substr(i, 1 + suf));
    o.append(kStop);
    o.append(v.substr(i + 2 + suf, 1 + st));
    return 3 + suf + st;
  });
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (v[i] != ' ') return 0;
    size_t suf = suffix_at(v, i + 1);
    if (suf == 0 || byte(v, i + 1 + suf) != '.') return 0;
    o.append(v.substr(i, 1 + suf));
    o.append(kPrd);
    return 2 + suf;
  });
  // A single letter after a space.
  rewrite(s, scratch, [](std::string_view v, size_t i, std::string& o) -> size_t {
    if (v[i] != ' ' || !is_alpha(byte(v, i + 1)) || byte(v, i + 2) != '.') return 0;
    o.push_back(' ');
    o.push_back(v[i + 1]);
    o.append(kPrd);
    return 3;
  });
  // Closing quotes move before the final punctuation.
  if (s.find("\xE2\x80\x9D") != std::string::npos) {
    replace_all(s, scratch, ".\xE2\x80\x9D", "\xE2\x80\x9D.");
  }
  replace_all(s, scratch, ".\"", "\".");
  replace_all(s, scratch, "!\"", "\"!");
  replace_all(s, scratch, "?\"", "\"?");
  replace_all(s, scratch, ".", ".<stop>");
  replace_all(s, scratch, "?", "?<stop>");
  replace_all(s, scratch, "!", "!<stop>");
  replace_all(s, scratch, kPrd, ".");

  std::string_view v(s);
  size_t start = 0;
  while (true) {
    size_t end = v.find(kStop, start);
    std::string_view piece = v.substr(start, end == std::string_view::npos ? v.npos : end - start);
    out.emplace_back(py_strip(piece));
    if (end == std::string_view::npos) break;
    start = end + kStop.size();
  }
  if (!out.empty() && out.back().empty()) out.pop_back();
}

std::vector<std::string> regex_sentences(std::string_view text) {
  std::vector<std::string> out;
  regex_sentences(text, out);
  return out;
}

}  // namespace precis::text
