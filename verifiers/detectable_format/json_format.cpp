// detectable_format:json_format: the entire response is JSON (a markdown fence is allowed).
//
// reference: v = response.strip(), then removeprefix("```json"), removeprefix("```Json"),
//            removeprefix("```JSON"), removeprefix("```"), removesuffix("```"), strip();
//            passes iff Python's json.loads(v) succeeds: any JSON value (also a bare `42`),
//            plus NaN, Infinity and -Infinity; no trailing text, comments, trailing commas,
//            control characters in strings or leading BOM; integers of more than 4300 digits
//            fail (Python 3.11's int conversion limit raises ValueError).
// precise:   after removing one optional surrounding fence (an opening ``` with an optional
//            `json` tag in any letter case, and a closing ```), the text is RFC 8259 JSON
//            encoded as valid UTF-8. Blank text fails.
//
// Both are checked by one small validating scanner (no allocation, nesting bounded by
// kMaxDepth so the recursion is bounded). Upstream raises RecursionError near depth 1000, an
// exception its evaluation does not catch; precis fails such texts instead.
#include <cstdint>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/detectable_format/family.h"

namespace precis::verifiers::detectable_format {
namespace {

constexpr int kMaxDepth = 1000;
constexpr size_t kPythonMaxIntDigits = 4300;

class JsonScanner {
 public:
  JsonScanner(std::string_view s, bool python) noexcept
      : p_(s.data()), end_(s.data() + s.size()), python_(python) {}

  /// The whole text is one JSON value with optional JSON whitespace around it.
  bool document() noexcept {
    skip_ws();
    if (!value(0)) return false;
    skip_ws();
    return p_ == end_;
  }

 private:
  static bool is_ws(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }
  static bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
  static bool is_hex(char c) noexcept {
    return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  void skip_ws() noexcept {
    while (p_ < end_ && is_ws(*p_))
      ++p_;
  }

  bool literal(std::string_view word) noexcept {
    if (static_cast<size_t>(end_ - p_) < word.size() || std::string_view(p_, word.size()) != word)
      return false;
    p_ += word.size();
    return true;
  }

  bool value(int depth) noexcept {
    if (p_ >= end_) return false;
    switch (*p_) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 'n':
        return literal("null");
      case 't':
        return literal("true");
      case 'f':
        return literal("false");
      case 'N':
        return python_ && literal("NaN");
      case 'I':
        return python_ && literal("Infinity");
      case '-':
        if (python_ && literal("-Infinity")) return true;
        return number();
      default:
        return number();
    }
  }

  bool object(int depth) noexcept {
    if (depth > kMaxDepth) return false;
    ++p_;  // '{'
    skip_ws();
    if (p_ < end_ && *p_ == '}') {
      ++p_;
      return true;
    }
    while (true) {
      if (p_ >= end_ || *p_ != '"' || !string()) return false;
      skip_ws();
      if (p_ >= end_ || *p_ != ':') return false;
      ++p_;
      skip_ws();
      if (!value(depth)) return false;
      skip_ws();
      if (p_ >= end_) return false;
      if (*p_ == '}') {
        ++p_;
        return true;
      }
      if (*p_ != ',') return false;
      ++p_;
      skip_ws();
    }
  }

  bool array(int depth) noexcept {
    if (depth > kMaxDepth) return false;
    ++p_;  // '['
    skip_ws();
    if (p_ < end_ && *p_ == ']') {
      ++p_;
      return true;
    }
    while (true) {
      if (!value(depth)) return false;
      skip_ws();
      if (p_ >= end_) return false;
      if (*p_ == ']') {
        ++p_;
        return true;
      }
      if (*p_ != ',') return false;
      ++p_;
      skip_ws();
    }
  }

  // A string (strict: no raw control characters). Precise also requires well-formed UTF-8.
  bool string() noexcept {
    ++p_;  // '"'
    while (p_ < end_) {
      auto c = static_cast<unsigned char>(*p_);
      if (c == '"') {
        ++p_;
        return true;
      }
      if (c < 0x20) return false;
      if (c == '\\') {
        ++p_;
        if (p_ >= end_) return false;
        char e = *p_;
        if (e == 'u') {
          if (end_ - p_ < 5) return false;
          for (int i = 1; i <= 4; ++i)
            if (!is_hex(p_[i])) return false;
          p_ += 5;
          continue;
        }
        if (std::string_view("\"\\/bfnrt").find(e) == std::string_view::npos) return false;
        ++p_;
        continue;
      }
      if (c >= 0x80 && !python_) {
        auto d = text::decode(p_, end_);
        if (d.cp == 0xFFFD && d.len == 1) return false;  // ill-formed UTF-8
        p_ += d.len;
        continue;
      }
      ++p_;
    }
    return false;  // unterminated
  }

  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)? ; a `.` or `e` without digits after it is not
  // part of the number (Python backtracks there; what follows then fails the document).
  bool number() noexcept {
    if (p_ < end_ && *p_ == '-') ++p_;
    if (p_ >= end_ || !is_digit(*p_)) return false;
    const char* digits = p_;
    if (*p_ == '0') {
      ++p_;
    } else {
      while (p_ < end_ && is_digit(*p_))
        ++p_;
    }
    size_t int_digits = static_cast<size_t>(p_ - digits);
    bool is_float = false;
    if (end_ - p_ >= 2 && *p_ == '.' && is_digit(p_[1])) {
      is_float = true;
      p_ += 2;
      while (p_ < end_ && is_digit(*p_))
        ++p_;
    }
    if (p_ < end_ && (*p_ == 'e' || *p_ == 'E')) {
      const char* q = p_ + 1;
      if (q < end_ && (*q == '-' || *q == '+')) ++q;
      if (q < end_ && is_digit(*q)) {
        is_float = true;
        while (q < end_ && is_digit(*q))
          ++q;
        p_ = q;
      }
    }
    // Python 3.11: int() of more than 4300 digits raises ValueError.
    if (python_ && !is_float && int_digits > kPythonMaxIntDigits) return false;
    return true;
  }

  const char* p_;
  const char* end_;
  bool python_;
};

bool starts_with(std::string_view s, std::string_view prefix) noexcept {
  return s.substr(0, prefix.size()) == prefix;
}

bool ends_with(std::string_view s, std::string_view suffix) noexcept {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

std::string_view reference_payload(std::string_view v) noexcept {
  v = text::py_strip(v);
  for (std::string_view prefix : {"```json", "```Json", "```JSON", "```"})
    if (starts_with(v, prefix)) v.remove_prefix(prefix.size());
  if (ends_with(v, "```")) v.remove_suffix(3);
  return text::py_strip(v);
}

bool ascii_iequals(std::string_view a, std::string_view lower) noexcept {
  if (a.size() != lower.size()) return false;
  for (size_t i = 0; i < a.size(); ++i) {
    char c = a[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
    if (c != lower[i]) return false;
  }
  return true;
}

// One surrounding fence: "```" [json, any case] ... "```". An unclosed fence stays in the text
// (and fails the JSON check).
std::string_view precise_payload(std::string_view v) noexcept {
  v = text::py_strip(v);
  if (starts_with(v, "```") && v.size() >= 6 && ends_with(v, "```")) {
    std::string_view inner = v.substr(3, v.size() - 6);
    if (ascii_iequals(inner.substr(0, 4), "json")) inner.remove_prefix(4);
    return text::py_strip(inner);
  }
  return v;
}

class JsonFormat final : public Constraint {
 public:
  explicit JsonFormat(Semantics s) : precise_(s == Semantics::kPrecise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && text.blank()) {
      if (why) why->set("the response is blank");
      return false;
    }
    std::string_view payload =
        precise_ ? precise_payload(text.raw()) : reference_payload(text.raw());
    bool pass = JsonScanner(payload, !precise_).document();
    if (why) why->set("the response is {}", pass ? "JSON" : "not valid JSON");
    return pass;
  }

 private:
  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<JsonFormat>(ctx.semantics);
}

}  // namespace

VerifierInfo json_format() {
  VerifierInfo info;
  info.id = "detectable_format:json_format";
  info.suite = "IFEval";
  info.summary =
      "The entire response must be wrapped in JSON format (markdown ticks such as ``` are "
      "allowed).";
  info.conflicts = {"change_case:capital_word_frequency",
                    "change_case:english_capital",
                    "change_case:english_lowercase",
                    "combination:repeat_prompt",
                    "combination:two_responses",
                    "detectable_content:number_placeholders",
                    "detectable_content:postscript",
                    "detectable_format:constrained_response",
                    "detectable_format:json_format",
                    "detectable_format:multiple_sections",
                    "detectable_format:number_bullet_lists",
                    "detectable_format:number_highlighted_sections",
                    "detectable_format:title",
                    "keywords:frequency",
                    "keywords:letter_frequency",
                    "language:response_language",
                    "length_constraints:nth_paragraph_first_word",
                    "length_constraints:number_paragraphs",
                    "length_constraints:number_sentences",
                    "length_constraints:number_words",
                    "punctuation:no_comma",
                    "startend:end_checker",
                    "startend:quotation"};
  info.precise_differences = {
      "`NaN`, `Infinity` and `-Infinity` are not JSON (RFC 8259) and fail; Python's json.loads "
      "accepts them.",
      "A fence is removed only as a pair: an opening ``` (optionally tagged `json` in any "
      "letter case) and a closing ```; reference removes a leading ```/```json/```Json/```JSON "
      "and a trailing ``` independently, so an unclosed fence or a lone closing fence passes "
      "there.",
      "Strings must be well-formed UTF-8 (RFC 8259 section 8.1); reference never sees invalid "
      "bytes (Python decoded them earlier).",
      "Integers of more than 4300 digits are valid JSON; reference fails them (Python 3.11's "
      "int conversion limit).",
      "A blank response fails by itself (reference leaves that to the evaluation's "
      "blank-response gate)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::detectable_format
