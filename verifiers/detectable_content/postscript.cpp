// detectable_content:postscript: the response ends with a postscript starting with a marker.
//
// reference: on response.lower(), `re.findall` with MULTILINE of `\s*p\.\s?s\..*$` (marker
//            "P.S."), `\s*p\.\s?p\.\s?s.*$` ("P.P.S") or `\s*` + marker.lower() + `.*$` (any other
//            marker, inserted as a regex). The leading `\s*` may be empty and `.*$` always
//            matches, so this is a search for the marker anywhere: `lamp.s.` has a "P.S.",
//            "P.P.S." satisfies "P.S.", one whitespace is allowed between the parts.
// precise:   a line after the first non-blank line that begins, after whitespace, markdown marks
//            and opening quotation marks, with the marker (case-insensitive; after a `.` of the
//            marker a space may follow, so "P. S." is "P.S."), not followed by a letter or digit
//            when the marker ends in one, and followed by some visible text. Blank text fails.
#include <memory>
#include <string>
#include <string_view>

#include <re2/re2.h>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_content/family.h"
#include "verifiers/line_scan.h"

namespace precis::verifiers::detectable_content {
namespace {

enum class Kind : unsigned char { kPS, kPPS, kOther, kEmpty };

bool has_visible(std::string_view s) noexcept {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::flags(d.cp) & (text::kLetter | text::kNumber | text::kPunct | text::kSymbol))
      return true;
    p += d.len;
  }
  return false;
}

// The end of the last visible character of `s` (0 when there is none).
size_t last_visible_end(std::string_view s) noexcept {
  const char* begin = s.data();
  const char* p = begin + s.size();
  while (p > begin) {
    auto d = text::decode_before(begin, p);
    if (text::flags(d.cp) & (text::kLetter | text::kNumber | text::kPunct | text::kSymbol))
      return static_cast<size_t>(p - begin);
    p -= d.len;
  }
  return 0;
}

// Position after one optional Python whitespace code point at `i` (Python's `\s?`).
size_t skip_one_space(std::string_view s, size_t i) noexcept {
  if (i >= s.size()) return i;
  auto d = text::decode(s.data() + i, s.data() + s.size());
  return text::is_py_space(d.cp) ? i + d.len : i;
}

bool ascii_is(char c, char lower) noexcept {
  return c == lower || c == lower - 32;
}

// Searches `p\.\s?s\.` (P.S.) or `p\.\s?p\.\s?s` (P.P.S) in the lowercased text. Only `P`/`p` and
// `S`/`s` lowercase to `p` and `s`, and lowercasing keeps whitespace and `.`, so the raw text is
// scanned with ASCII case-insensitivity.
bool find_ps(std::string_view s, bool pps) noexcept {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (!ascii_is(s[i], 'p') || s[i + 1] != '.') continue;
    size_t j = skip_one_space(s, i + 2);
    if (pps) {
      if (j + 1 >= s.size() || !ascii_is(s[j], 'p') || s[j + 1] != '.') continue;
      j = skip_one_space(s, j + 2);
      if (j < s.size() && ascii_is(s[j], 's')) return true;
    } else {
      if (j + 1 < s.size() && ascii_is(s[j], 's') && s[j + 1] == '.') return true;
    }
  }
  return false;
}

// The reference marker regex: literal text plus `.` (any character but a newline). Other regex
// syntax is refused rather than guessed.
Result<std::string> reference_pattern(std::string_view lowered) {
  std::string pattern;
  for (char c : lowered) {
    if (c == '.') {
      pattern += '.';
    } else if (std::string_view("^$*+?{}[]\\|()").find(c) != std::string_view::npos) {
      return invalid_argument(
          "postscript_marker: reference semantics inserts the marker into a regular expression "
          "unescaped; precis supports literal text and `.` there, but the marker contains the "
          "regex metacharacter '" +
          std::string(1, c) + "' (use precise semantics for a literal marker)");
    } else {
      pattern += RE2::QuoteMeta(std::string_view(&c, 1));
    }
  }
  return pattern;
}

// The precise marker regex, matched case-insensitively at a line start: the marker's letters,
// an optional space after each `.` that a non-space follows, runs of whitespace as whitespace.
std::string precise_pattern(std::string_view marker) {
  std::string pattern = "(?i)";
  const char* p = marker.data();
  const char* end = p + marker.size();
  while (p < end) {
    auto d = text::decode(p, end);
    if (text::is_py_space(d.cp)) {
      while (p < end && text::is_py_space(text::decode(p, end).cp))
        p += text::decode(p, end).len;
      pattern += "[ \\t]+";
      continue;
    }
    pattern += RE2::QuoteMeta(std::string_view(p, d.len));
    if (d.cp == '.' && p + d.len < end && !text::is_py_space(text::decode(p + d.len, end).cp))
      pattern += "[ \\t]?";
    p += d.len;
  }
  return pattern;
}

class Postscript final : public Constraint {
 public:
  Postscript(Semantics s, Kind kind, std::string marker, std::unique_ptr<RE2> re)
      : precise_(s == Semantics::kPrecise),
        kind_(kind),
        marker_(std::move(marker)),
        re_(std::move(re)),
        first_(marker_) {
    if (!marker_.empty()) {
      auto last = text::decode_before(marker_.data(), marker_.data() + marker_.size());
      marker_ends_in_word_ = text::is_word_char(last.cp);
    }
  }

  bool check(const Text& text, Reason* why) const noexcept override {
    return precise_ ? check_precise(text, why) : check_reference(text, why);
  }

 private:
  bool check_reference(const Text& text, Reason* why) const noexcept {
    bool found = false;
    switch (kind_) {
      case Kind::kEmpty:
        found = true;  // `\s*.*$` matches every text
        break;
      case Kind::kPS:
      case Kind::kPPS:
        found = find_ps(text.raw(), kind_ == Kind::kPPS);
        break;
      case Kind::kOther:
        try {
          found = RE2::PartialMatch(text.lower(), *re_);
        } catch (...) {
          if (why) why->set("out of memory while lowercasing the response");
          return false;
        }
        break;
    }
    if (why) why->set("{} the marker \"{}\"", found ? "found" : "no", marker_);
    return found;
  }

  bool check_precise(const Text& text, Reason* why) const noexcept {
    if (text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view s = text.raw();
    const size_t visible_end = last_visible_end(s);
    bool seen_body = false;
    bool marker_seen = false;
    size_t line = 0;
    while (line < s.size()) {
      size_t nl = s.find('\n', line);
      size_t line_end = nl == std::string_view::npos ? s.size() : nl;
      std::string_view l = s.substr(line, line_end - line);
      if (!seen_body) {
        seen_body = has_visible(l);
      } else {
        // The marker may start anywhere in the line's leading decoration (a marker may itself
        // begin with a decoration character, e.g. "*Note*").
        size_t i = line;
        while (i < line_end) {
          re2::StringPiece m;
          if (first_.may_start(s[i]) && re_->Match(s, i, line_end, RE2::ANCHOR_START, &m, 1)) {
            size_t after = static_cast<size_t>(m.data() + m.size() - s.data());
            bool glued = false;
            if (marker_ends_in_word_ && after < line_end)
              glued = text::is_word_char(text::decode(s.data() + after, s.data() + line_end).cp);
            if (!glued) {
              marker_seen = true;
              if (after < visible_end) {
                if (why) why->set("a postscript starts with \"{}\" at byte {}", marker_, i);
                return true;
              }
            }
          }
          auto d = text::decode(s.data() + i, s.data() + line_end);
          if (!is_line_decoration(d.cp)) break;
          i += d.len;
        }
      }
      if (nl == std::string_view::npos) break;
      line = nl + 1;
    }
    if (why) {
      if (marker_seen)
        why->set("the postscript \"{}\" has no text after the marker", marker_);
      else
        why->set("no line after the body starts with \"{}\"", marker_);
    }
    return false;
  }

  bool precise_;
  Kind kind_;
  std::string marker_;
  std::unique_ptr<RE2> re_;
  FirstByte first_;
  bool marker_ends_in_word_ = false;
};

std::unique_ptr<RE2> compile(const std::string& pattern) {
  RE2::Options options;
  options.set_log_errors(false);
  return std::make_unique<RE2>(pattern, options);
}

Result<ConstraintPtr> create(const Kwargs& kw, const BuildContext& ctx) {
  std::string marker(text::py_strip(kw.string("postscript_marker")));
  if (ctx.semantics == Semantics::kPrecise) {
    if (marker.empty())
      return invalid_argument(
          "postscript_marker: expected a non-blank marker (precise semantics has no empty "
          "marker)");
    auto re = compile(precise_pattern(marker));
    if (!re->ok()) return invalid_argument("postscript_marker: " + re->error());
    return make<Postscript>(ctx.semantics, Kind::kOther, std::move(marker), std::move(re));
  }
  if (marker == "P.S.") return make<Postscript>(ctx.semantics, Kind::kPS, marker, nullptr);
  if (marker == "P.P.S") return make<Postscript>(ctx.semantics, Kind::kPPS, marker, nullptr);
  if (marker.empty()) return make<Postscript>(ctx.semantics, Kind::kEmpty, marker, nullptr);
  Result<std::string> pattern = reference_pattern(text::py_lower(marker));
  if (!pattern.ok()) return pattern.status();
  auto re = compile(*pattern);
  if (!re->ok()) return invalid_argument("postscript_marker: " + re->error());
  return make<Postscript>(ctx.semantics, Kind::kOther, std::move(marker), std::move(re));
}

}  // namespace

VerifierInfo postscript() {
  VerifierInfo info;
  info.id = "detectable_content:postscript";
  info.suite = "IFEval";
  info.summary =
      "At the end of the response there must be a postscript starting with `postscript_marker`.";
  KwargSpec marker = string_kwarg(
      "postscript_marker", "the marker that starts the postscript, e.g. \"P.S.\" or \"P.P.S\"",
      /*non_empty=*/false);
  info.kwargs = {marker};
  info.conflicts = {"combination:repeat_prompt", "combination:two_responses",
                    "detectable_content:postscript", "detectable_format:constrained_response",
                    "detectable_format:json_format"};
  info.precise_differences = {
      "The marker must begin a line (after whitespace, markdown marks `*`, `_`, `#`, `>` and "
      "opening quotation marks) that is not the first line of text; reference finds the marker "
      "anywhere, also inside a sentence.",
      "A marker inside a word does not count: `lamp.s.` has no `P.S.` (reference: it has).",
      "`P.P.S.` does not satisfy the marker `P.S.` (reference: it does).",
      "A marker that ends in a letter or digit must not be followed by one (`Notes` does not "
      "start with the marker `Note`).",
      "Some visible text must follow the marker; a bare `P.S.` is not a postscript.",
      "The marker is literal text compared case-insensitively, with an optional space after each "
      "`.`; reference inserts markers other than \"P.S.\" and \"P.P.S\" into a regular expression "
      "unescaped (precis supports literal text and `.` there and refuses other metacharacters).",
      "An empty marker is refused; reference accepts every response for it.",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_content
