// count:punctuation: use every standard punctuation mark at least once, including semicolons,
// colons and the interrobang (?!).
//
// reference: IFBench (both versions): the response must contain `?!`, `!?` or `‽`. The first
//            `?!` (or, when there is none, the first `!?`) is removed, and the rest must contain
//            each of `.` `,` `!` `?` `;` `:`. Nothing else is asked for.
// precise:   an interrobang (`‽`, `?!` or `!?`), and besides it every standard mark of English
//            prose: `.` `,` `?` `!` `;` `:`, an apostrophe (`'` or `’`), quotation marks (`"`,
//            `“` or `”`), a hyphen or dash (`-`, `–` or `—`) and parentheses (both `(` and `)`).
//            The `?` and `!` of a two-character interrobang do not count as the standalone
//            marks. A blank response fails.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/count/family.h"
#include "verifiers/keywords/matching.h"

namespace precis::verifiers::count {
namespace {

constexpr std::string_view kInterrobang = "\xE2\x80\xBD";  // U+203D

class Punctuation final : public Constraint {
 public:
  explicit Punctuation(bool precise) : precise_(precise) {}

  bool check(const Text& text, Reason* why) const noexcept override {
    if (precise_ && matching::blank(text)) {
      if (why) why->set("the response is blank");
      return false;
    }
    return precise_ ? check_precise(text.raw(), why) : check_reference(text.raw(), why);
  }

 private:
  struct Counts {
    size_t c[128] = {};
    bool curly_apostrophe = false, curly_quote = false, dash = false, interrobang = false;
  };

  static Counts count(std::string_view s) noexcept {
    Counts k;
    const char* p = s.data();
    const char* end = p + s.size();
    while (p < end) {
      auto b = static_cast<unsigned char>(*p);
      if (b < 0x80) {
        ++k.c[b];
        ++p;
        continue;
      }
      text::Decoded d = text::decode(p, end);
      if (d.cp == 0x203D) k.interrobang = true;
      if (d.cp == 0x2019) k.curly_apostrophe = true;
      if (d.cp == 0x201C || d.cp == 0x201D) k.curly_quote = true;
      if (d.cp == 0x2013 || d.cp == 0x2014) k.dash = true;
      p += d.len;
    }
    return k;
  }

  static bool check_reference(std::string_view s, Reason* why) noexcept {
    const bool pair_q = s.find("?!") != std::string_view::npos;
    const bool pair_e = !pair_q && s.find("!?") != std::string_view::npos;
    if (!pair_q && !pair_e && s.find(kInterrobang) == std::string_view::npos) {
      if (why) why->set("no interrobang (?!, !? or \u203D) found");
      return false;
    }
    Counts k = count(s);
    if (pair_q || pair_e) {  // one `?` and one `!` removed with the pair
      --k.c['?'];
      --k.c['!'];
    }
    for (char c : std::string_view(".,!?;:"))
      if (k.c[static_cast<unsigned char>(c)] == 0) {
        if (why) why->set("no '{}' besides the interrobang; expected each of . , ! ? ; :", c);
        return false;
      }
    if (why) why->set("an interrobang and each of . , ! ? ; : found");
    return true;
  }

  static bool check_precise(std::string_view s, Reason* why) noexcept {
    Counts k = count(s);
    const bool pair =
        s.find("?!") != std::string_view::npos || s.find("!?") != std::string_view::npos;
    if (!k.interrobang && !pair) {
      if (why) why->set("no interrobang (\u203D, ?! or !?) found");
      return false;
    }
    // A two-character interrobang uses one `?` and one `!`.
    const size_t used = k.interrobang ? 0 : 1;
    auto missing = [&](std::string_view what) {
      if (why) why->set("no {} found; every standard punctuation mark is required", what);
      return false;
    };
    if (k.c['.'] == 0) return missing("period (.)");
    if (k.c[','] == 0) return missing("comma (,)");
    if (k.c['?'] <= used) return missing("question mark (?) besides the interrobang");
    if (k.c['!'] <= used) return missing("exclamation mark (!) besides the interrobang");
    if (k.c[';'] == 0) return missing("semicolon (;)");
    if (k.c[':'] == 0) return missing("colon (:)");
    if (k.c['\''] == 0 && !k.curly_apostrophe) return missing("apostrophe (' or \u2019)");
    if (k.c['"'] == 0 && !k.curly_quote) return missing("quotation mark (\" or \u201C \u201D)");
    if (k.c['-'] == 0 && !k.dash) return missing("hyphen or dash (- \u2013 \u2014)");
    if (k.c['('] == 0 || k.c[')'] == 0) return missing("pair of parentheses");
    if (why) why->set("an interrobang and every standard punctuation mark found");
    return true;
  }

  bool precise_;
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Punctuation>(ctx.semantics == Semantics::kPrecise);
}

}  // namespace

VerifierInfo punctuation() {
  VerifierInfo info;
  info.id = "count:punctuation";
  info.suite = "IFBench";
  info.summary =
      "Use every standard punctuation mark at least once, including semicolons, colons and the "
      "interrobang (?!).";
  info.precise_differences = {
      "Every standard mark is required, not only `. , ! ? ; :`: also an apostrophe (`'` or "
      "`’`), quotation marks (`\"`, `“` or `”`), a hyphen or dash (`-`, `–`, `—`) and both "
      "parentheses (reference checks only the six).",
      "When the response has a `‽`, the `?` and `!` of a later `?!` count as standalone marks "
      "(reference removes the first `?!` even then, so `‽ ?! . , ; :` fails there).",
      "A response holding only whitespace and zero-width characters fails."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::count
