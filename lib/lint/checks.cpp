// The row-level rules of `precis lint`: contradictions between constraints, and the
// comparison of a prompt's text with its constraints.
#include "lint/checks.h"

#include <fmt/format.h>
#include <re2/re2.h>

#include <algorithm>
#include <cctype>
#include <limits>
#include <map>
#include <memory>
#include <set>

#include "precis/registry.h"

namespace precis::lint_internal {

std::optional<int64_t> Instr::integer(std::string_view name) const {
  const Value* v = kwargs.find(name);
  if (!v) return std::nullopt;
  if (v->is_int()) return v->as_int();
  if (v->is_float()) return static_cast<int64_t>(v->as_float());
  return std::nullopt;
}

std::string Instr::string(std::string_view name) const {
  const Value* v = kwargs.find(name);
  return v && v->is_string() ? v->as_string() : std::string();
}

std::vector<std::string> Instr::strings(std::string_view name) const {
  std::vector<std::string> out;
  const Value* v = kwargs.find(name);
  if (v && v->is_list())
    for (const auto& s : v->as_list())
      if (s.is_string()) out.push_back(s.as_string());
  return out;
}

namespace {

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out)
    c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool is_word_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

// Whole-word, case-insensitive occurrences of `word` in `text` (ASCII word boundaries).
size_t count_word(std::string_view text, std::string_view word) {
  if (word.empty()) return 0;
  std::string t = lower(text), w = lower(word);
  size_t n = 0;
  for (size_t pos = t.find(w); pos != std::string::npos; pos = t.find(w, pos + 1)) {
    bool left = pos == 0 || !is_word_char(t[pos - 1]) || !is_word_char(w.front());
    size_t end = pos + w.size();
    bool right = end >= t.size() || !is_word_char(t[end]) || !is_word_char(w.back());
    if (left && right) ++n;
  }
  return n;
}

size_t count_words(std::string_view text) {
  size_t n = 0;
  bool in = false;
  for (char c : text) {
    bool w = is_word_char(c);
    if (w && !in) ++n;
    in = w;
  }
  return n;
}

size_t count_char_ci(std::string_view text, std::string_view letter) {
  if (letter.size() != 1) return 0;
  char l = static_cast<char>(std::tolower(static_cast<unsigned char>(letter[0])));
  size_t n = 0;
  for (char c : text)
    if (std::tolower(static_cast<unsigned char>(c)) == l) ++n;
  return n;
}

bool has_upper(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::isupper((unsigned char)c); });
}
bool has_lower(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return std::islower((unsigned char)c); });
}

// Collapses runs of whitespace into one space and lowercases.
std::string normalize(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (std::isspace(static_cast<unsigned char>(c))) {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

// --- contradictions -------------------------------------------------------------------------

// [lo, hi) bounds of a counted quantity.
struct Interval {
  int64_t lo = 0;
  int64_t hi = std::numeric_limits<int64_t>::max();
  bool empty() const { return lo >= hi; }
};

// The counted quantity an instruction bounds, with its bound; nullopt if it bounds none.
struct Bound {
  std::string quantity;  // e.g. "words", "sentences", "keyword \"war\""
  bool at_least;
  int64_t n;
};

std::optional<Bound> bound_of(const Instr& in) {
  auto rel = [&](std::string_view relation_key, std::string_view count_key,
                 std::string quantity) -> std::optional<Bound> {
    auto n = in.integer(count_key);
    std::string r = in.string(relation_key);
    if (!n || (r != "at least" && r != "less than")) return std::nullopt;
    return Bound{std::move(quantity), r == "at least", *n};
  };
  if (in.id == "length_constraints:number_words") return rel("relation", "num_words", "words");
  if (in.id == "length_constraints:number_sentences")
    return rel("relation", "num_sentences", "sentences");
  if (in.id == "change_case:capital_word_frequency")
    return rel("capital_relation", "capital_frequency", "all-capital words");
  if (in.id == "keywords:frequency" || in.id == "keywords:word_count_different_numbers")
    return rel("relation", "frequency",
               fmt::format("occurrences of \"{}\"", lower(in.string("keyword"))));
  if (in.id == "keywords:letter_frequency" || in.id == "letters:letter_counting2")
    return rel("let_relation", "let_frequency",
               fmt::format("occurrences of the letter \"{}\"", lower(in.string("letter"))));
  return std::nullopt;
}

std::string describe(const Bound& b) {
  return fmt::format("{} {} {}", b.at_least ? "at least" : "fewer than", b.n, b.quantity);
}

// Why a and b cannot both hold, or "" when precis cannot prove it. `compatible` is set when
// precis can prove that they can.
std::string contradiction(const Instr& a, const Instr& b, bool& compatible) {
  compatible = false;
  auto ba = bound_of(a), bb = bound_of(b);
  if (ba && bb) {
    if (ba->quantity != bb->quantity) {
      compatible = a.id == b.id;
      return "";
    }
    Interval iv;
    for (const Bound* x : {&*ba, &*bb}) {
      if (x->at_least)
        iv.lo = std::max(iv.lo, x->n);
      else
        iv.hi = std::min(iv.hi, x->n);
    }
    if (iv.empty()) return fmt::format("{} and {}", describe(*ba), describe(*bb));
    compatible = true;
    return "";
  }
  auto is = [](const Instr& x, std::string_view id) { return x.id == id; };
  auto pair = [&](std::string_view x, std::string_view y) -> std::pair<const Instr*, const Instr*> {
    if (is(a, x) && is(b, y)) return {&a, &b};
    if (is(b, x) && is(a, y)) return {&b, &a};
    return {nullptr, nullptr};
  };
  // Exact counts that differ.
  if (a.id == b.id) {
    for (auto [id, kw] : {std::pair{"length_constraints:number_paragraphs", "num_paragraphs"},
                          std::pair{"detectable_format:number_bullet_lists", "num_bullets"}}) {
      if (a.id != id) continue;
      auto x = a.integer(kw), y = b.integer(kw);
      if (x && y && *x != *y) return fmt::format("exactly {} and exactly {} ({})", *x, *y, kw);
    }
    if (a.id == "language:response_language" &&
        lower(a.string("language")) != lower(b.string("language")))
      return fmt::format("the whole response in \"{}\" and in \"{}\"", a.string("language"),
                         b.string("language"));
    if (a.id == "keywords:existence" || a.id == "keywords:forbidden_words") compatible = true;
  }
  if (auto [x, y] = pair("change_case:english_lowercase", "change_case:english_capital"); x)
    return "an English response in all lowercase and in all capital letters";
  if (auto [x, y] = pair("change_case:english_lowercase", "change_case:capital_word_frequency"); x)
    if (y->string("capital_relation") == "at least" &&
        y->integer("capital_frequency").value_or(0) > 0)
      return fmt::format("all lowercase and at least {} all-capital words",
                         *y->integer("capital_frequency"));
  for (std::string_view caseid : {"change_case:english_lowercase", "change_case:english_capital"}) {
    if (auto [x, y] = pair(caseid, "language:response_language");
        x && lower(y->string("language")) != "en")
      return fmt::format("English ({}) and language \"{}\"", caseid, y->string("language"));
    if (auto [x, y] = pair(caseid, "detectable_format:multiple_sections"); x) {
      std::string sp = y->string("section_spliter");
      bool lc = caseid == "change_case:english_lowercase";
      if (lc ? has_upper(sp) : has_lower(sp))
        return fmt::format("all {} letters, and sections marked \"{}\" (matched case-sensitively)",
                           lc ? "lowercase" : "capital", sp);
    }
  }
  if (auto [x, y] = pair("keywords:existence", "keywords:forbidden_words"); x)
    for (const auto& k : x->strings("keywords"))
      for (const auto& f : y->strings("forbidden_words"))
        if (count_word(k, f) > 0)
          return fmt::format("the keyword \"{}\" must appear and the word \"{}\" must not", k, f);
  if (auto [x, y] = pair("keywords:frequency", "keywords:forbidden_words"); x)
    if (x->string("relation") == "at least" && x->integer("frequency").value_or(0) > 0)
      for (const auto& f : y->strings("forbidden_words"))
        if (count_word(x->string("keyword"), f) > 0)
          return fmt::format("\"{}\" must appear at least {} times and the word \"{}\" must not",
                             x->string("keyword"), *x->integer("frequency"), f);
  // The repeated request is part of the response.
  if (a.id == "combination:repeat_prompt" || b.id == "combination:repeat_prompt") {
    const Instr& r = a.id == "combination:repeat_prompt" ? a : b;
    const Instr& o = a.id == "combination:repeat_prompt" ? b : a;
    std::string req = r.string("prompt_to_repeat");
    if (o.id == "keywords:forbidden_words")
      for (const auto& f : o.strings("forbidden_words"))
        if (count_word(req, f) > 0)
          return fmt::format("the request to repeat contains the forbidden word \"{}\"", f);
    if (auto bd = bound_of(o); bd && !bd->at_least) {
      size_t have = 0;
      if (o.id == "length_constraints:number_words") have = count_words(req);
      if (o.id == "keywords:frequency") have = count_word(req, o.string("keyword"));
      if (o.id == "keywords:letter_frequency") have = count_char_ci(req, o.string("letter"));
      if (have >= static_cast<size_t>(bd->n) && have > 0)
        return fmt::format("the request to repeat already has {} {}, and {} are required", have,
                           bd->quantity, describe(*bd));
    }
    if (o.id == "startend:quotation" && !req.empty() &&
        req.find_first_not_of(" \t\r\n") != std::string::npos &&
        req[req.find_first_not_of(" \t\r\n")] != '"')
      return "the response must start with the repeated request and with a double quotation mark";
  }
  // A letter bounded below N while a required keyword holds it N times or more.
  if (auto [x, y] = pair("keywords:letter_frequency", "keywords:existence"); x)
    if (x->string("let_relation") == "less than")
      for (const auto& k : y->strings("keywords"))
        if (count_char_ci(k, x->string("letter")) >=
            static_cast<size_t>(x->integer("let_frequency").value_or(0)))
          return fmt::format("the letter \"{}\" fewer than {} times and the keyword \"{}\"",
                             x->string("letter"), x->integer("let_frequency").value_or(0), k);
  return "";
}

bool in_conflict_table(const Instr& a, const Instr& b) {
  const Registry& r = Registry::global();
  auto listed = [&](const Instr& x, const Instr& y) {
    const VerifierInfo* info = r.find(x.id);
    return info &&
           std::find(info->conflicts.begin(), info->conflicts.end(), y.id) != info->conflicts.end();
  };
  return listed(a, b) || listed(b, a);
}

}  // namespace

void check_pairs(const std::vector<Instr>& instrs, bool conflict_table, const Emit& emit) {
  for (const auto& in : instrs) {
    if (in.id == "length_constraints:nth_paragraph_first_word") {
      auto n = in.integer("num_paragraphs"), k = in.integer("nth_paragraph");
      if (n && k && *k > *n)
        emit(LintLevel::kError, "contradiction", in.id,
             fmt::format("paragraph {} must start with \"{}\" but there are only {} paragraphs", *k,
                         in.string("first_word"), *n));
    }
  }
  for (size_t i = 0; i < instrs.size(); ++i)
    for (size_t j = i + 1; j < instrs.size(); ++j) {
      const Instr& a = instrs[i];
      const Instr& b = instrs[j];
      bool compatible = false;
      std::string why = contradiction(a, b, compatible);
      if (!why.empty()) {
        emit(LintLevel::kError, "contradiction", b.id,
             fmt::format("cannot hold together with {}: {}", a.id, why));
      } else if (conflict_table && !compatible && in_conflict_table(a, b)) {
        emit(LintLevel::kWarning, "conflict-table", b.id,
             fmt::format("IFEval's generator never combines it with {} (registry conflict table); "
                         "precis cannot prove the pair impossible",
                         a.id));
      }
    }
}

// --- the prompt's text ------------------------------------------------------------------------

namespace {

struct Token {
  std::string text;  // lowercase
  size_t begin = 0, end = 0;
  int64_t number = -1;  // >= 0 when the token (or run of number words) is a number
  bool plus = false;    // "300+"
  bool times = false;   // once / twice / thrice: a count of times
};

int64_t number_word(std::string_view w) {
  static const std::map<std::string_view, int64_t> kWords = {
      {"zero", 0},     {"one", 1},      {"two", 2},        {"three", 3},     {"four", 4},
      {"five", 5},     {"six", 6},      {"seven", 7},      {"eight", 8},     {"nine", 9},
      {"ten", 10},     {"eleven", 11},  {"twelve", 12},    {"thirteen", 13}, {"fourteen", 14},
      {"fifteen", 15}, {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
      {"twenty", 20},  {"thirty", 30},  {"forty", 40},     {"fifty", 50},    {"sixty", 60},
      {"seventy", 70}, {"eighty", 80},  {"ninety", 90},    {"hundred", 100}, {"thousand", 1000},
      {"single", 1},   {"once", 1},     {"twice", 2},      {"thrice", 3},
  };
  auto it = kWords.find(w);
  return it == kWords.end() ? -1 : it->second;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> raw;
  size_t i = 0;
  while (i < text.size()) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (std::isdigit(c)) {
      size_t b = i;
      int64_t v = 0;
      while (i < text.size()) {
        if (std::isdigit(static_cast<unsigned char>(text[i]))) {
          v = std::min<int64_t>(v * 10 + (text[i] - '0'), 1'000'000'000);
          ++i;
        } else if (text[i] == ',' && i + 3 < text.size() + 0 &&
                   std::isdigit(static_cast<unsigned char>(text[i + 1])) && i + 3 <= text.size() &&
                   std::isdigit(static_cast<unsigned char>(text[i + 2])) &&
                   std::isdigit(static_cast<unsigned char>(text[i + 3])) &&
                   (i + 4 >= text.size() ||
                    !std::isdigit(static_cast<unsigned char>(text[i + 4])))) {
          ++i;  // a thousands separator
        } else {
          break;
        }
      }
      Token t{lower(text.substr(b, i - b)), b, i, v};
      if (i < text.size() && text[i] == '+') {
        t.plus = true;
        ++i;
      }
      raw.push_back(std::move(t));
    } else if (std::isalpha(c)) {
      size_t b = i;
      while (i < text.size() && (std::isalpha(static_cast<unsigned char>(text[i])) ||
                                 (text[i] == '\'' && i + 1 < text.size() &&
                                  std::isalpha(static_cast<unsigned char>(text[i + 1])))))
        ++i;
      Token t{lower(text.substr(b, i - b)), b, i};
      raw.push_back(std::move(t));
    } else {
      ++i;
    }
  }
  // Runs of number words: "twenty five", "three hundred", "one thousand".
  std::vector<Token> out;
  for (size_t k = 0; k < raw.size();) {
    int64_t w = raw[k].number < 0 && !raw[k].text.empty() ? number_word(raw[k].text) : -1;
    if (w < 0) {
      out.push_back(raw[k++]);
      continue;
    }
    Token t = raw[k];
    t.times = t.text == "once" || t.text == "twice" || t.text == "thrice";
    int64_t total = 0, cur = w;
    size_t m = k + 1;
    while (!t.times && m < raw.size() && raw[m].number < 0) {
      int64_t x = number_word(raw[m].text);
      if (x < 0 || raw[m].text == "single" || raw[m].text == "once" || raw[m].text == "twice" ||
          raw[m].text == "thrice")
        break;
      if (x == 100) {
        cur = (cur ? cur : 1) * 100;
      } else if (x == 1000) {
        total += (cur ? cur : 1) * 1000;
        cur = 0;
      } else if (x < 10 && cur % 10 == 0 && cur >= 20) {
        cur += x;
      } else if (x < 100 && cur % 100 == 0 && cur >= 100) {
        cur += x;
      } else {
        break;
      }
      ++m;
    }
    t.number = total + cur;
    t.end = raw[m - 1].end;
    out.push_back(std::move(t));
    k = m;
  }
  return out;
}

enum class Cmp { kNone, kAtLeast, kMoreThan, kLessThan, kAtMost };

Cmp comparator_before(const std::vector<Token>& toks, size_t i) {
  auto at = [&](size_t back) -> std::string_view {
    return i >= back ? std::string_view(toks[i - back].text) : std::string_view();
  };
  std::string_view w1 = at(1), w2 = at(2), w3 = at(3);
  if (w1 == "least" || w1 == "minimum" || w1 == "min" || (w1 == "of" && w2 == "minimum"))
    return Cmp::kAtLeast;
  if (w1 == "most" || w1 == "maximum" || w1 == "max" || (w1 == "to" && w2 == "up") ||
      (w1 == "of" && w2 == "maximum") || w1 == "exceed" || w1 == "exceeding")
    return Cmp::kAtMost;
  if (w1 == "than" && (w2 == "more" || w2 == "greater" || w2 == "longer"))
    return (w3 == "no" || w3 == "not") ? Cmp::kAtMost : Cmp::kMoreThan;
  if (w1 == "than" && (w2 == "less" || w2 == "fewer" || w2 == "shorter")) return Cmp::kLessThan;
  if (w1 == "over" || w1 == "above" || w1 == "beyond") return Cmp::kMoreThan;
  if (w1 == "under" || w1 == "below" || w1 == "within")
    return w1 == "within" ? Cmp::kAtMost : Cmp::kLessThan;
  // "less than a total of 10"
  if ((w1 == "of" && w2 == "total" && at(4) == "than"))
    return (at(5) == "less" || at(5) == "fewer") ? Cmp::kLessThan : Cmp::kMoreThan;
  return Cmp::kNone;
}

Cmp comparator_after(const std::vector<Token>& toks, size_t i, size_t unit) {
  // "300 or more words", "45 or less words", "17 or more sentences", "... words or more"
  for (size_t k : {i + 1, unit + 1}) {
    if (k + 1 < toks.size() && toks[k].text == "or") {
      const std::string& w = toks[k + 1].text;
      if (w == "more" || w == "above" || w == "greater") return Cmp::kAtLeast;
      if (w == "less" || w == "fewer" || w == "below") return Cmp::kAtMost;
    }
  }
  return Cmp::kNone;
}

enum class Rel { kAtLeast, kLessThan, kExact };

struct Stated {
  int64_t n;
  Cmp cmp;
  std::string text;
};

bool agrees(const Stated& s, Rel rel, int64_t n) {
  switch (rel) {
    case Rel::kExact:
      return s.n == n || (s.cmp == Cmp::kMoreThan && s.n + 1 == n);
    case Rel::kAtLeast:
      if (s.cmp == Cmp::kMoreThan) return s.n + 1 == n;
      if (s.cmp == Cmp::kLessThan || s.cmp == Cmp::kAtMost) return false;
      return s.n == n;
    case Rel::kLessThan:
      if (s.cmp == Cmp::kLessThan) return s.n == n;
      if (s.cmp == Cmp::kAtMost) return s.n + 1 == n;
      if (s.cmp == Cmp::kAtLeast || s.cmp == Cmp::kMoreThan) return false;
      return s.n == n || s.n + 1 == n;
  }
  return false;
}

bool unit_match(const std::string& tok, const std::vector<std::string_view>& units) {
  for (auto u : units)
    if (tok.rfind(u, 0) == 0 && tok.size() <= u.size() + 2) return true;
  return false;
}

// The numbers the prompt attaches to one of `units` (before it, or shortly after it).
bool is_negation(std::string_view w) {
  return w == "not" || w == "don't" || w == "dont" || w == "no" || w == "never" || w == "avoid" ||
         w == "without" || w == "nothing" || w == "shouldn't" || w == "mustn't" || w == "cannot" ||
         w == "can't" || w == "doesn't" || w == "refrain";
}

// Two numbers joined as a range: "20 to 25", "5 or 6", "3-5".
bool range_joint(std::string_view prompt, const std::vector<Token>& toks, size_t a, size_t b) {
  if (b == a + 2) {
    const std::string& w = toks[a + 1].text;
    return toks[a].number >= 0 && toks[b].number >= 0 && (w == "to" || w == "or" || w == "and");
  }
  if (b == a + 1 && toks[a].number >= 0 && toks[b].number >= 0) {
    std::string_view gap = prompt.substr(toks[a].end, toks[b].begin - toks[a].end);
    return gap == "-" || gap == " - " || gap == "–";
  }
  return false;
}

// The numbers the prompt attaches to one of `units` (before it, or shortly after it with a
// comparator: "words ... less than four").
std::vector<Stated> stated_counts(std::string_view prompt, const std::vector<Token>& toks,
                                  const std::vector<std::string_view>& units, bool times_words) {
  std::vector<Stated> out;
  std::set<size_t> seen;
  auto push = [&](size_t i, size_t unit, Cmp c) {
    if (!seen.insert(i).second) return;
    // "Each line should contain exactly one sentence": a count per part, not in total.
    if (toks[i].number == 1)
      for (size_t k = 1; k <= 6 && k <= i; ++k)
        if (toks[i - k].text == "each" || toks[i - k].text == "every" || toks[i - k].text == "per")
          return;
    size_t b = toks[i >= 2 ? i - 2 : 0].begin;
    size_t e = toks[std::max(i, unit)].end;
    out.push_back({toks[i].number, c, std::string(prompt.substr(b, e - b))});
  };
  auto add = [&](size_t i, size_t unit, bool need_comparator) {
    // Ranges: "20 to 25 sentences", "5 or 6 sentences", "3-5 times": both ends.
    for (size_t gap : {1, 2})
      if (i >= gap && range_joint(prompt, toks, i - gap, i)) {
        push(i - gap, unit, Cmp::kAtLeast);
        push(i, unit, Cmp::kAtMost);
        return;
      }
    Cmp c = comparator_before(toks, i);
    if (toks[i].plus) c = Cmp::kAtLeast;
    if (c == Cmp::kNone) c = comparator_after(toks, i, unit);
    if (c == Cmp::kNone && need_comparator) return;
    // "I don't want anything longer than 30 words", "avoid using it more than twice".
    if (c == Cmp::kMoreThan)
      for (size_t k = 3; k <= 8 && k <= i; ++k)
        if (is_negation(toks[i - k].text)) {
          c = Cmp::kAtMost;
          break;
        }
    push(i, unit, c);
  };
  for (size_t u = 0; u < toks.size(); ++u) {
    if (times_words && toks[u].times) {
      add(u, u, false);
      continue;
    }
    if (!unit_match(toks[u].text, units)) continue;
    for (size_t k = 1; k <= 4 && k <= u; ++k)
      if (toks[u - k].number >= 0) {
        // "Bullet point 1", "Section 2": a label, not a count.
        bool label = u - k >= 1 && unit_match(toks[u - k - 1].text, units);
        if (!label) add(u - k, u, false);
        break;
      }
    for (size_t k = 1; k <= 8 && u + k < toks.size(); ++k)
      if (toks[u + k].number >= 0 && !toks[u + k].times) {
        add(u + k, u, true);
        break;
      }
  }
  return out;
}

std::string rel_text(Rel r) {
  return r == Rel::kAtLeast ? "at least" : r == Rel::kLessThan ? "less than" : "exactly";
}

struct CountRule {
  std::string_view id, count_kwarg, relation_kwarg;  // relation_kwarg "" = fixed
  Rel fixed;
  std::vector<std::string_view> units;
  bool times_words;
};

const std::vector<CountRule>& count_rules() {
  static const std::vector<CountRule> rules = {
      {"length_constraints:number_words", "num_words", "relation", Rel::kExact, {"word"}, false},
      {"length_constraints:number_sentences",
       "num_sentences",
       "relation",
       Rel::kExact,
       {"sentence"},
       false},
      {"length_constraints:number_paragraphs",
       "num_paragraphs",
       "",
       Rel::kExact,
       {"paragraph", "section", "part"},
       false},
      {"length_constraints:nth_paragraph_first_word",
       "num_paragraphs",
       "",
       Rel::kExact,
       {"paragraph"},
       false},
      {"detectable_content:number_placeholders",
       "num_placeholders",
       "",
       Rel::kAtLeast,
       {"placeholder", "bracket"},
       false},
      {"detectable_format:number_bullet_lists",
       "num_bullets",
       "",
       Rel::kExact,
       {"bullet", "point"},
       false},
      {"detectable_format:number_highlighted_sections",
       "num_highlights",
       "",
       Rel::kAtLeast,
       {"section", "highlight", "part"},
       false},
      {"detectable_format:multiple_sections",
       "num_sections",
       "",
       Rel::kExact,
       {"section", "part", "paragraph", "day", "chapter"},
       false},
      {"change_case:capital_word_frequency",
       "capital_frequency",
       "capital_relation",
       Rel::kExact,
       {"time", "word", "caps", "capital"},
       true},
      {"keywords:frequency", "frequency", "relation", Rel::kExact, {"time"}, true},
      {"keywords:letter_frequency", "let_frequency", "let_relation", Rel::kExact, {"time"}, true},
  };
  return rules;
}

const std::map<std::string_view, std::string_view>& language_names() {
  static const std::map<std::string_view, std::string_view> m = {
      {"af", "Afrikaans"},  {"ar", "Arabic"},     {"bg", "Bulgarian"},  {"bn", "Bengali"},
      {"ca", "Catalan"},    {"cs", "Czech"},      {"cy", "Welsh"},      {"da", "Danish"},
      {"de", "German"},     {"el", "Greek"},      {"en", "English"},    {"es", "Spanish"},
      {"et", "Estonian"},   {"fa", "Persian"},    {"fi", "Finnish"},    {"fr", "French"},
      {"gu", "Gujarati"},   {"he", "Hebrew"},     {"hi", "Hindi"},      {"hr", "Croatian"},
      {"hu", "Hungarian"},  {"id", "Indonesian"}, {"it", "Italian"},    {"ja", "Japanese"},
      {"kn", "Kannada"},    {"ko", "Korean"},     {"lt", "Lithuanian"}, {"lv", "Latvian"},
      {"mk", "Macedonian"}, {"ml", "Malayalam"},  {"mr", "Marathi"},    {"ne", "Nepali"},
      {"nl", "Dutch"},      {"no", "Norwegian"},  {"pa", "Punjabi"},    {"pl", "Polish"},
      {"pt", "Portuguese"}, {"ro", "Romanian"},   {"ru", "Russian"},    {"sk", "Slovak"},
      {"sl", "Slovenian"},  {"so", "Somali"},     {"sq", "Albanian"},   {"sv", "Swedish"},
      {"sw", "Swahili"},    {"ta", "Tamil"},      {"te", "Telugu"},     {"th", "Thai"},
      {"tl", "Tagalog"},    {"tr", "Turkish"},    {"uk", "Ukrainian"},  {"ur", "Urdu"},
      {"vi", "Vietnamese"}, {"zh-cn", "Chinese"}, {"zh-tw", "Chinese"}, {"zh", "Chinese"},
  };
  return m;
}

// How prompts phrase an instruction, and the ids that check it.
struct PhraseRule {
  std::string_view what;  // "no commas"
  std::string_view pattern;
  std::vector<std::string_view> checked_by;
  bool skip_negated = false;  // "do not use bullet points" states no instruction to check
};

const std::vector<PhraseRule>& phrase_rules() {
  static const std::vector<PhraseRule> rules = {
      {"no commas",
       R"((\b(no|not|without|avoid|avoiding|refrain from|never|zero|free of)\b[^.!?\n]{0,40}\bcommas?\b)|(\bcommas?\b[^.!?\n]{0,25}\b(not allowed|forbidden|prohibited)))",
       {"punctuation:no_comma"}},
      {"all lowercase letters",
       R"(\blower[\s-]?case\b|\bsmall letters\b|\bno capital(s|i[sz]ations?|ized)?\b|\bwithout (any )?capital)",
       {"change_case:english_lowercase", "change_case:english_capital"}},
      {"capital letters",
       R"(\ball (capital|upper[\s-]?case|caps)\b|\bcapital letters\b|\ball[\s-]caps\b|\bupper[\s-]?case\b|\bin caps\b)",
       {"change_case:english_capital", "change_case:capital_word_frequency",
        "change_case:english_lowercase"}},
      {"wrapped in double quotation marks",
       R"(\b(wrap|wrapped|enclose|enclosed|surround|surrounded|put|inside|within)\b[^.!?\n]{0,50}\b(double quot\w*|quotation marks|double quotes)\b)",
       {"startend:quotation"}},
      {"in JSON",
       R"(\b(in|as|using|into|wrap\w*|format\w*|output)\s+(valid\s+)?json\b|\bjson\s+(format|code|object|block|output)\b)",
       {"detectable_format:json_format"},
       true},
      {"a title in double angular brackets",
       R"(<<|angular brackets|angle brackets)",
       {"detectable_format:title", "detectable_format:bigram_wrapping"}},
      {"placeholders in square brackets",
       R"(\bplaceholders?\b)",
       {"detectable_content:number_placeholders", "detectable_format:square_brackets"}},
      {"a postscript", R"(\bp\.\s?p?\.?\s?s\b|\bpostscript\b)", {"detectable_content:postscript"}},
      {"markdown bullet points", R"(\bbullet)", {"detectable_format:number_bullet_lists"}, true},
      {"markdown-highlighted sections",
       R"(\bhighlight(ed)?\b[^.!?\n]{0,60}(markdown|\*)|\*highlighted)",
       {"detectable_format:number_highlighted_sections"}},
      {"sections marked SECTION X",
       R"((?-i:\b(SECTION|Section|PART|Part|Day|DAY|Chapter|CHAPTER|Paragraph|PARAGRAPH|SLIDE|Slide|Act|Step) (X|N|\{X\}|\[X\]))\b)",
       {"detectable_format:multiple_sections"}},
      {"paragraphs separated by ***",
       R"(\*\s?\*\s?\*|markdown divider)",
       {"length_constraints:number_paragraphs", "length_constraints:nth_paragraph_first_word",
        "paragraphs:paragraphs", "count:counting_composition",
        "detectable_format:multiple_sections", "combination:two_responses"}},
      {"repeat the request",
       R"(\brepeat (the|this|my|our) (request|prompt|question|instruction)|\bword for word\b)",
       {"combination:repeat_prompt", "copy:copy", "copy:copying_simple", "copy:copying_multiple"}},
      {"two responses separated by six asterisks",
       R"(\b(two|2) (different |distinct )?(responses|answers|versions|critiques)\b|\*{6}|\b(six|6) asterisk)",
       {"combination:two_responses", "copy:copying_multiple"}},
      {"answer with one of the given options",
       R"(\bmy answer is (yes|no|maybe)\b)",
       {"detectable_format:constrained_response"}},
      {"end with a given phrase",
       R"(\b(end|finish|conclude)\b[^.!?\n]{0,40}\bwith\b[^.!?\n]{0,20}\b(exact |following )?(phrase|sentence)|\b(end|finish) (it |your \w+ )?with\s*[:"“'])",
       {"startend:end_checker", "last_word:last_word_answer"}},
      {"a number of words",
       R"(\b\d[\d,]*\+?[\s-]+words?\b|\bwords? (count|limit)\b|\b(less|fewer|more) than \w+ words\b)",
       {"length_constraints:number_words", "count:counting_composition",
        "change_case:capital_word_frequency", "keywords:frequency", "combination:two_responses"}},
      {"a number of sentences",
       R"(\b\d+\+?\s+sentences\b|\b(at least|less than|fewer than|at most) \w+ sentences?\b)",
       {"length_constraints:number_sentences", "count:counting_composition"}},
      {"a response language",
       R"(\bno other language\b|\b(only|entirely|completely|solely) (in |using )?(the )?()"
       R"(Afrikaans|Arabic|Bulgarian|Bengali|Catalan|Czech|Welsh|Danish|German|Greek|Spanish|Estonian|Persian|Farsi|Finnish|French|Gujarati|Hebrew|Hindi|Croatian|Hungarian|Indonesian|Italian|Japanese|Kannada|Korean|Lithuanian|Latvian|Macedonian|Malayalam|Marathi|Nepali|Dutch|Norwegian|Punjabi|Polish|Portuguese|Romanian|Russian|Slovak|Slovenian|Somali|Albanian|Swedish|Swahili|Tamil|Telugu|Thai|Tagalog|Turkish|Ukrainian|Urdu|Vietnamese|Chinese)\b)",
       {"language:response_language", "change_case:english_lowercase",
        "change_case:english_capital"}},
      {"words that must not appear",
       R"(\b(do not|don't|without|avoid|never|not)\b[^.!?\n]{0,20}\b(use|using|include|including|mention|mentioning|say|saying|contain)\b[^.!?\n]{0,12}\b(the )?(words?|keywords?)\b\s*["“'])",
       {"keywords:forbidden_words", "keywords:exclude_word_harder", "keywords:frequency"}},
      {"keywords to include",
       R"(\binclude (the )?key ?words?\b|\bkeywords?\s*["“':])",
       {"keywords:existence", "keywords:frequency", "keywords:word_once",
        "keywords:forbidden_words", "count:count_increment_word",
        "keywords:keyword_specific_position", "keywords:word_count_different_numbers",
        "keywords:exclude_word_harder"}},
      {"a letter's frequency",
       R"(\bletter\s+["'“]?[a-z]["'”]?\s+(should|must|appears?|to appear|at least|less than|more than|fewer than))",
       {"keywords:letter_frequency", "letters:letter_counting2"}},
      {"the first word of a paragraph",
       R"(\bparagraph\b[^.!?\n]{0,40}\b(start|begin)s? with\b)",
       {"length_constraints:nth_paragraph_first_word", "first_word:first_word_answer",
        "first_word:first_word_sent"}},
  };
  return rules;
}

struct CompiledRule {
  const PhraseRule* rule;
  std::unique_ptr<RE2> re;
};

const std::vector<CompiledRule>& compiled_rules() {
  static const std::vector<CompiledRule> compiled = [] {
    std::vector<CompiledRule> out;
    RE2::Options o;
    o.set_case_sensitive(false);
    o.set_log_errors(false);
    for (const auto& r : phrase_rules()) {
      auto re = std::make_unique<RE2>(r.pattern, o);
      if (re->ok()) out.push_back({&r, std::move(re)});
    }
    return out;
  }();
  return compiled;
}

bool mentions(const std::string& norm_prompt, std::string_view value) {
  std::string v = normalize(value);
  return !v.empty() && norm_prompt.find(v) != std::string::npos;
}

// The letter appears on its own in the prompt: 'letter t', '"t"', "t's".
bool mentions_letter(const std::string& norm_prompt, std::string_view letter) {
  std::string l = normalize(letter);
  if (l.size() != 1 || !std::isalpha(static_cast<unsigned char>(l[0])))
    return mentions(norm_prompt, letter);
  for (size_t pos = norm_prompt.find(l); pos != std::string::npos;
       pos = norm_prompt.find(l, pos + 1)) {
    bool left = pos == 0 || !std::isalpha(static_cast<unsigned char>(norm_prompt[pos - 1]));
    bool right = pos + 1 >= norm_prompt.size() ||
                 !std::isalpha(static_cast<unsigned char>(norm_prompt[pos + 1])) ||
                 norm_prompt[pos + 1] == '\'';
    if (left && right) return true;
  }
  return false;
}

// The registry's suite metadata says which ids are IFEval's.
bool is_ifeval_id(std::string_view id) {
  const VerifierInfo* info = Registry::global().find(id);
  return info != nullptr && info->suite == "IFEval";
}

}  // namespace

std::string_view language_name(std::string_view code) {
  auto it = language_names().find(lower(code));
  return it == language_names().end() ? std::string_view() : it->second;
}

void check_prompt(std::string_view prompt, const std::vector<Instr>& instrs,
                  const std::vector<std::string>& all_ids, const Emit& emit) {
  const std::vector<Token> toks = tokenize(prompt);
  const std::string norm = normalize(prompt);

  // Numbers.
  for (const auto& in : instrs) {
    for (const auto& rule : count_rules()) {
      if (in.id != rule.id) continue;
      auto n = in.integer(rule.count_kwarg);
      if (!n) continue;
      Rel rel = rule.fixed;
      if (!rule.relation_kwarg.empty()) {
        std::string r = in.string(rule.relation_kwarg);
        rel = r == "at least" ? Rel::kAtLeast : r == "less than" ? Rel::kLessThan : Rel::kExact;
      }
      std::vector<std::string_view> units = rule.units;
      std::string spliter;
      if (in.id == "detectable_format:multiple_sections") {
        spliter = lower(in.string("section_spliter"));
        if (!spliter.empty()) units.push_back(spliter);
      }
      // "At least 1" is stated as "use some", "include a few": no number to compare.
      if (rel == Rel::kAtLeast && *n <= 1) continue;
      auto stated = stated_counts(prompt, toks, units, rule.times_words);
      // Statements that another instruction of the row states (the other end of a range,
      // another keyword's count) are not about this one.
      stated.erase(std::remove_if(stated.begin(), stated.end(),
                                  [&](const Stated& st) {
                                    for (const auto& other : instrs) {
                                      if (&other == &in) continue;
                                      for (const auto& r2 : count_rules()) {
                                        if (other.id != r2.id) continue;
                                        auto n2 = other.integer(r2.count_kwarg);
                                        if (!n2) continue;
                                        Rel rel2 = r2.fixed;
                                        if (!r2.relation_kwarg.empty()) {
                                          std::string rs = other.string(r2.relation_kwarg);
                                          rel2 = rs == "at least"    ? Rel::kAtLeast
                                                 : rs == "less than" ? Rel::kLessThan
                                                                     : Rel::kExact;
                                        }
                                        if (agrees(st, rel2, *n2)) return true;
                                      }
                                    }
                                    return false;
                                  }),
                   stated.end());
      if (stated.empty()) continue;  // the prompt states no count: nothing to compare
      bool ok = std::any_of(stated.begin(), stated.end(),
                            [&](const Stated& s) { return agrees(s, rel, *n); });
      if (ok) continue;
      // Report the statement closest in kind (the first one).
      emit(LintLevel::kWarning, "kwargs-mismatch", in.id,
           fmt::format("kwargs say {} = {} ({}), the prompt says \"{}\"", rule.count_kwarg, *n,
                       rel_text(rel), stated.front().text));
    }
  }

  // Words, phrases, letters, languages.
  auto unstated = [&](const Instr& in, std::string_view kwarg, std::string_view value) {
    emit(LintLevel::kWarning, "kwargs-unstated", in.id,
         fmt::format("{} \"{}\" is not in the prompt", kwarg, value));
  };
  for (const auto& in : instrs) {
    if (in.id == "keywords:existence") {
      for (const auto& k : in.strings("keywords"))
        if (!mentions(norm, k)) unstated(in, "keyword", k);
    } else if (in.id == "keywords:forbidden_words") {
      for (const auto& k : in.strings("forbidden_words"))
        if (!mentions(norm, k)) unstated(in, "forbidden word", k);
    } else if (in.id == "keywords:frequency") {
      if (!mentions(norm, in.string("keyword"))) unstated(in, "keyword", in.string("keyword"));
    } else if (in.id == "keywords:letter_frequency") {
      if (!mentions_letter(norm, in.string("letter"))) unstated(in, "letter", in.string("letter"));
    } else if (in.id == "startend:end_checker") {
      if (!mentions(norm, in.string("end_phrase")))
        unstated(in, "end_phrase", in.string("end_phrase"));
    } else if (in.id == "detectable_content:postscript") {
      std::string m = in.string("postscript_marker");
      std::string bare = m;
      bare.erase(std::remove(bare.begin(), bare.end(), '.'), bare.end());
      std::string norm_nodots = norm;
      norm_nodots.erase(std::remove(norm_nodots.begin(), norm_nodots.end(), '.'),
                        norm_nodots.end());
      if (!mentions(norm, m) && !mentions(norm_nodots, bare)) unstated(in, "postscript_marker", m);
    } else if (in.id == "detectable_format:multiple_sections") {
      std::string s = in.string("section_spliter");
      if (!mentions(norm, s)) {
        unstated(in, "section_spliter", s);
      } else if (prompt.find(s) == std::string_view::npos) {
        emit(LintLevel::kWarning, "kwargs-mismatch", in.id,
             fmt::format("section_spliter \"{}\" is matched case-sensitively, but the prompt "
                         "writes it in another case",
                         s));
      }
    } else if (in.id == "length_constraints:nth_paragraph_first_word") {
      if (!mentions(norm, in.string("first_word")))
        unstated(in, "first_word", in.string("first_word"));
    } else if (in.id == "language:response_language") {
      std::string code = in.string("language");
      std::string_view name = language_name(code);
      if (name.empty()) {
        emit(LintLevel::kWarning, "kwargs-unstated", in.id,
             fmt::format("language \"{}\" is not a code precis can name", code));
      } else if (norm.find(lower(name)) == std::string::npos &&
                 !(name == "Persian" && norm.find("farsi") != std::string::npos)) {
        // Name the language the prompt does state, if any.
        std::string other;
        for (const auto& [c, nm] : language_names())
          if (count_word(norm, lower(nm)) > 0) {
            other = std::string(nm);
            break;
          }
        if (!other.empty())
          emit(LintLevel::kWarning, "kwargs-mismatch", in.id,
               fmt::format("language \"{}\" ({}), but the prompt asks for {}", code, name, other));
        else
          unstated(in, "language", fmt::format("{} ({})", code, name));
      }
    } else if (in.id == "combination:repeat_prompt") {
      std::string req = in.string("prompt_to_repeat");
      if (!mentions(norm, req))
        emit(LintLevel::kWarning, "kwargs-mismatch", in.id,
             "prompt_to_repeat is not a part of the prompt (the response must repeat it word for "
             "word)");
    }
  }

  // Instructions that the prompt states and no constraint checks.
  std::set<std::string_view> ids(all_ids.begin(), all_ids.end());
  // An id that the phrase tables do not describe (unknown to the registry, or an IFEvalG /
  // IFBench id without a rule) may well check what the prompt states: say nothing then.
  std::set<std::string_view> described;
  for (const auto& r : phrase_rules())
    described.insert(r.checked_by.begin(), r.checked_by.end());
  for (std::string_view id : ids)
    if (!described.count(id) && !is_ifeval_id(id)) return;
  for (const auto& c : compiled_rules()) {
    bool checked = std::any_of(c.rule->checked_by.begin(), c.rule->checked_by.end(),
                               [&](std::string_view id) { return ids.count(id) > 0; });
    if (checked) continue;
    // The first statement of the instruction that is not negated ("do not use bullet points").
    re2::StringPiece match;
    bool found = false;
    const re2::StringPiece whole(prompt.data(), prompt.size());
    for (size_t from = 0; from < prompt.size();) {
      if (!c.re->Match(whole, from, prompt.size(), RE2::UNANCHORED, &match, 1)) break;
      size_t at = static_cast<size_t>(match.data() - prompt.data());
      from = at + std::max<size_t>(match.size(), 1);
      if (c.rule->skip_negated) {
        size_t start = at == 0 ? std::string_view::npos : prompt.find_last_of(".!?\n", at - 1);
        start = start == std::string_view::npos ? 0 : start + 1;
        std::vector<Token> before = tokenize(prompt.substr(start, at - start));
        if (std::any_of(before.begin(), before.end(),
                        [](const Token& t) { return is_negation(t.text); }))
          continue;
      }
      found = true;
      break;
    }
    if (!found) continue;
    std::string quote(match.data(), match.size());
    if (quote.size() > 60) quote = quote.substr(0, 57) + "...";
    emit(LintLevel::kWarning, "unchecked-instruction", c.rule->checked_by.front(),
         fmt::format("the prompt asks for {} (\"{}\") but no constraint checks it", c.rule->what,
                     quote));
  }
}

}  // namespace precis::lint_internal
