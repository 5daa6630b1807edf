// words:alphabet: "Each word must start with the next letter of the alphabet, looping back to 'A'
// after 'Z'."
//
// reference: IFBench: ASCII punctuation (string.punctuation) removed, then whitespace tokens.
//            The first token's first character, lowercased, must be one of a-z; every later
//            token, lowercased, must start with the letter after the previous one (z wraps to
//            a). No token fails. Punctuation outside ASCII (`—`, `“`) stays part of the tokens.
// precise:   precis words (Text::words()); the first word's first letter, case and accents
//            ignored (`É` is e), must be one of a-z and each next word must start with the next
//            letter, z wrapping to a. A response without words fails.
#include <string>
#include <string_view>

#include "text/unicode.h"
#include "verifiers/common.h"
#include "verifiers/keywords/matching.h"
#include "verifiers/words/family.h"
#include "verifiers/words/shapes.h"

namespace precis::verifiers::words {
namespace {

char next_letter(char c) noexcept {
  return c == 'z' ? 'a' : static_cast<char>(c + 1);
}

class Alphabet final : public TwoSemantics<Alphabet> {
 public:
  friend class TwoSemantics<Alphabet>;
  explicit Alphabet(Semantics s) : TwoSemantics(s) {}

 private:
  static bool check_reference(const Text& text, Reason* why) {
    thread_local std::string buf;
    thread_local std::string low;
    without_punct(text.raw(), false, buf);
    char expected = 0;
    size_t n = 0;
    bool ok = for_each_ws_token(buf, [&](std::string_view token) {
      low.clear();
      // Only the first character of the lowercased token matters, and lowercasing the first
      // code point alone gives the same first character.
      text::py_lower(first_code_point(token), low);
      if (n++ == 0) {
        if (low.size() != 1 || low[0] < 'a' || low[0] > 'z') {
          if (why) why->set("the first word \"{}\" does not start with a letter a-z", token);
          return false;
        }
        expected = low[0];
        return true;
      }
      expected = next_letter(expected);
      if (low.empty() || low[0] != expected) {
        if (why) why->set("word {} \"{}\" does not start with '{}'", n, token, expected);
        return false;
      }
      return true;
    });
    if (!ok) return false;
    if (n == 0) {
      if (why) why->set("the response has no word");
      return false;
    }
    if (why) why->set("{} words follow the alphabet", n);
    return true;
  }

  static bool check_precise(const Text& text, Reason* why) {
    std::string_view raw = text.raw();
    const auto& words = text.words();
    if (words.empty()) {
      if (why) why->set("the response has no word");
      return false;
    }
    char expected = 0;
    for (size_t i = 0; i < words.size(); ++i) {
      std::string_view w = raw.substr(words[i].begin, words[i].size());
      char first = 0;
      bool seen = false;
      for_each_letter(w, [&](char32_t cp) {
        if (!seen) first = ascii_base(cp);
        seen = true;
      });
      if (i == 0) {
        if (first == 0) {
          if (why) why->set("the first word \"{}\" does not start with a letter a-z", w);
          return false;
        }
        expected = first;
        continue;
      }
      expected = next_letter(expected);
      if (first != expected) {
        if (why) why->set("word {} \"{}\" does not start with '{}'", i + 1, w, expected);
        return false;
      }
    }
    if (why) why->set("{} words follow the alphabet", words.size());
    return true;
  }
};

Result<ConstraintPtr> create(const Kwargs&, const BuildContext& ctx) {
  return make<Alphabet>(ctx.semantics);
}

}  // namespace

VerifierInfo alphabet() {
  VerifierInfo info;
  info.id = "words:alphabet";
  info.suite = "IFBench";
  info.summary =
      "Each word must start with the next letter of the alphabet, looping back to 'A' after "
      "'Z'.";
  info.precise_differences = {
      "Words are precis's words, so punctuation outside ASCII is not a word and separates "
      "words: `Apple — banana` passes and `Apple—cat` is two words and fails (reference fails "
      "the first on the token `—` and passes the second as one token).",
      "ASCII punctuation between letters separates words: `apple,cat` is two words and fails "
      "(reference deletes the comma and sees the one token `applecat`).",
      "Accents are ignored: `Cat Dog Élan` passes (reference compares `é` with `e` and fails).",
      "Zero-width characters are ignored: a word that begins with U+200B starts with its first "
      "letter (reference fails it)."};
  info.factory = &create;
  return info;
}

}  // namespace precis::verifiers::words
