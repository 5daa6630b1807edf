// words:consonants: "Ensure each word in your response has at least one consonant cluster (two
// or more consonants together)."
//
// reference: IFBench: every whitespace token of the lowercased text (punctuation kept) must hold
//            two adjacent characters from `bcdfghjklmnpqrstvwxyz`. A token that is only
//            punctuation (`-`, `—`, `&`) fails; a response without tokens passes.
// precise:   every precis word (Text::words()) holds two adjacent consonant letters, case and
//            accents ignored (`ç` is a c; combining marks and zero-width characters are
//            skipped); an apostrophe or hyphen inside a word separates letters. Punctuation is
//            not a word. A response without words fails.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

bool is_consonant(char c) noexcept {
  switch (c) {
    case 'b':
    case 'c':
    case 'd':
    case 'f':
    case 'g':
    case 'h':
    case 'j':
    case 'k':
    case 'l':
    case 'm':
    case 'n':
    case 'p':
    case 'q':
    case 'r':
    case 's':
    case 't':
    case 'v':
    case 'w':
    case 'x':
    case 'y':
    case 'z':
      return true;
    default:
      return false;
  }
}

class Consonants final : public TwoSemantics<Consonants> {
 public:
  friend class TwoSemantics<Consonants>;
  explicit Consonants(Semantics s) : TwoSemantics(s) {}

 private:
  static bool check_reference(const Text& text, Reason* why) {
    size_t n = 0;
    bool ok = for_each_ws_token(text.lower(), [&](std::string_view token) {
      ++n;
      // Bytes of multi-byte sequences are >= 0x80, so two adjacent ASCII consonant bytes are
      // two adjacent consonant code points.
      for (size_t i = 0; i + 1 < token.size(); ++i)
        if (is_consonant(token[i]) && is_consonant(token[i + 1])) return true;
      if (why) why->set("the word \"{}\" has no consonant cluster", token);
      return false;
    });
    if (ok && why) why->set("all {} words have a consonant cluster", n);
    return ok;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    for (const Span& span : words) {
      std::string_view w = raw.substr(span.begin, span.size());
      bool prev = false, cluster = false;
      for_each_letter(w, [&](char32_t cp) {
        bool c = is_consonant(ascii_base(cp));
        if (c && prev) cluster = true;
        prev = c;
      });
      if (!cluster) {
        if (why) why->set("the word \"{}\" has no consonant cluster", w);
        return false;
      }
    }
    if (why) why->set("all {} words have a consonant cluster", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Consonants>(ctx.semantics);
}

}  // namespace

VerifierInfo consonants() {
  VerifierInfo info;
  info.id = "words:consonants";
  info.suite = "IFBench";
  info.summary =
      "Ensure each word in your response has at least one consonant cluster (two or more "
      "consonants together).";
  info.precise_differences = {
      "Punctuation is not a word: `Strong - bright` passes (reference fails on the token `-`, "
      "which has no cluster).",
      "ASCII punctuation between words separates them: `strong,cat` is two words and fails "
      "(reference sees one token with the cluster `str`).",
      "Accented consonants count as their letter: `Łódź` has the cluster `dź` (reference "
      "counts only ASCII letters and fails it).",
      "Zero-width characters inside a word are skipped: `s\\u200Btop` has the cluster `st` "
      "(reference fails it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
