// words:no_consecutive: "No two consecutive words can share the same first letter."
//
// reference: IFBench: lowercased, ASCII punctuation removed, whitespace tokens of the whole text
//            (across lines); two adjacent tokens must not begin with the same character. A token
//            that is other punctuation (`—`, `“`) sits between words and separates them.
// precise:   precis words of the whole text; two adjacent words must not begin with the same
//            letter, case and accents ignored (`Émile eats` repeats e). At least one word.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

// The first letter of a precise word as a comparable key: the ASCII letter under its accents,
// otherwise the first code point of its full case folding.
char32_t first_key(std::string_view word) noexcept {
  char32_t key = 0;
  bool seen = false;
  for_each_letter(word, [&](char32_t cp) {
    if (seen) return;
    seen = true;
    char base = ascii_base(cp);
    key = base ? static_cast<char32_t>(base) : matching::full_fold(cp).cp[0];
  });
  return key;
}

class NoConsecutive final : public TwoSemantics<NoConsecutive> {
 public:
  friend class TwoSemantics<NoConsecutive>;
  explicit NoConsecutive(Semantics s) : TwoSemantics(s) {}

 private:
  static bool check_reference(const Text& text, Reason* why) {
    thread_local std::string buf;
    without_punct(text.raw(), true, buf);
    std::string_view prev;
    size_t n = 0;
    bool ok = for_each_ws_token(buf, [&](std::string_view token) {
      ++n;
      if (!prev.empty() && first_code_point(prev) == first_code_point(token)) {
        if (why) why->set("\"{}\" and \"{}\" start with the same letter", prev, token);
        return false;
      }
      prev = token;
      return true;
    });
    if (ok && why) why->set("no two of the {} consecutive words share a first letter", n);
    return ok;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    char32_t prev = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      char32_t key = first_key(raw.substr(words[i].begin, words[i].size()));
      if (i > 0 && key == prev) {
        if (why)
          why->set("\"{}\" and \"{}\" start with the same letter",
                   raw.substr(words[i - 1].begin, words[i - 1].size()),
                   raw.substr(words[i].begin, words[i].size()));
        return false;
      }
      prev = key;
    }
    if (why) why->set("no two of the {} consecutive words share a first letter", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<NoConsecutive>(ctx.semantics);
}

}  // namespace

VerifierInfo no_consecutive() {
  VerifierInfo info;
  info.id = "words:no_consecutive";
  info.suite = "IFBench";
  info.summary = "No two consecutive words can share the same first letter.";
  info.precise_differences = {
      "Punctuation outside ASCII is not a word and does not separate two words: `apple — ant` "
      "fails (reference sees the token `—` between them and passes).",
      "A word's first letter is found after leading quotes: `“Apple” ant` fails (reference "
      "compares `“` with `a`).",
      "ASCII punctuation between letters separates words: `cat,car` is two words and fails "
      "(reference sees the one token `catcar`).",
      "Accents are ignored: `Émile eats` fails (reference sees `é` and `e` as different).",
      "A response without any word, such as `...`, fails (reference passes it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
