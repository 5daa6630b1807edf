#include "text/language.h"

#include <cstdio>  // compact_lang_det.h needs it first

#include <cld2/internal/lang_script.h>
#include <cld2/public/compact_lang_det.h>

#include <array>
#include <cstdint>
#include <string>

#include "text/unicode.h"

namespace precis::text {
namespace {

// CLD2 requires interchange-valid UTF-8: ill-formed bytes and control characters become spaces.
bool needs_cleaning(std::string_view s) {
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    const auto b = static_cast<unsigned char>(*p);
    if (b < 0x80) {  // ASCII: only the control characters other than \n and \t need cleaning
      if ((b < 0x20 && b != '\n' && b != '\t') || b == 0x7F) return true;
      ++p;
      continue;
    }
    Decoded d = decode(p, end);
    if ((d.cp == 0xFFFD && d.len == 1) || (d.cp < 0x20 && d.cp != '\n' && d.cp != '\t') ||
        (d.cp >= 0x7F && d.cp < 0xA0) || (d.cp & 0xFFFE) == 0xFFFE ||
        (d.cp >= 0xFDD0 && d.cp <= 0xFDEF))
      return true;
    p += d.len;
  }
  return false;
}

std::string cleaned(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const char* p = s.data();
  const char* end = p + s.size();
  while (p < end) {
    Decoded d = decode(p, end);
    bool bad = (d.cp == 0xFFFD && d.len == 1) || (d.cp < 0x20 && d.cp != '\n' && d.cp != '\t') ||
               (d.cp >= 0x7F && d.cp < 0xA0) || (d.cp & 0xFFFE) == 0xFFFE ||
               (d.cp >= 0xFDD0 && d.cp <= 0xFDEF);
    if (bad)
      out.push_back(' ');
    else
      out.append(p, d.len);
    p += d.len;
  }
  return out;
}

}  // namespace

std::string_view iso_language_code(std::string_view cld2_code) noexcept {
  if (cld2_code == "iw") return "he";
  if (cld2_code == "jw") return "jv";
  return cld2_code;
}

bool matches_reference(const LanguageGuess& g, std::string_view code) noexcept {
  if (!g.has_features) return true;
  return g.reliable && g.code == code;
}

bool matches_confidently(const LanguageGuess& g, std::string_view code) noexcept {
  return g.has_features && g.reliable && g.code == code && g.percent >= kConfidentPercent;
}

namespace {

// English function words that are not (common) words of the other languages CLD2 tells apart
// in Latin script: "to" (Czech, Polish), "is", "was", "of", "we", "over", "even" (Dutch), "in",
// "an", "will", "so", "also" (German), "for", "at", "her", "under" (Danish, Norwegian), "just"
// (Swedish), "my" (Polish), "he" (Finnish), "a", "on", "or", "as", "no" (Romance languages)
// are left out.
constexpr std::string_view kEnglishMarkers[] = {
    "about",  "after",  "again",   "all",   "and",        "any",     "are",    "because", "been",
    "before", "being",  "between", "both",  "but",        "can",     "could",  "did",     "didn",
    "does",   "doesn",  "doing",   "don",   "done",       "during",  "each",   "every",   "from",
    "had",    "hadn",   "has",     "hasn",  "have",       "haven",   "having", "him",     "himself",
    "his",    "how",    "into",    "isn",   "it",         "its",     "itself", "like",    "made",
    "make",   "many",   "more",    "most",  "not",        "one",     "only",   "other",   "our",
    "out",    "own",    "same",    "she",   "should",     "shouldn", "some",   "such",    "than",
    "that",   "the",    "their",   "them",  "themselves", "then",    "there",  "these",   "they",
    "this",   "those",  "through", "until", "very",       "were",    "weren",  "what",    "when",
    "where",  "which",  "while",   "who",   "whom",       "whose",   "why",    "with",    "without",
    "would",  "wouldn", "you",     "your",  "yourself",
};

// An open-addressing hash set of the markers, built once: a lookup costs a hash and one or two
// comparisons.
class MarkerSet {
 public:
  MarkerSet() {
    for (std::string_view m : kEnglishMarkers) {
      uint32_t i = hash(m) & kMask;
      while (!slots_[i].empty())
        i = (i + 1) & kMask;
      slots_[i] = m;
    }
  }
  /// `h` is hash(w), computed by the caller as it reads the word (see step).
  bool contains(std::string_view w, uint32_t h) const noexcept {
    for (uint32_t i = h & kMask; !slots_[i].empty(); i = (i + 1) & kMask)
      if (slots_[i] == w) return true;
    return false;
  }
  static constexpr uint32_t kSeed = 2166136261u;
  static uint32_t step(uint32_t h, char c) noexcept {
    return (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }

 private:
  static constexpr uint32_t kMask = 511;
  static uint32_t hash(std::string_view w) noexcept {
    uint32_t h = kSeed;
    for (char c : w)
      h = step(h, c);
    return h;
  }
  std::array<std::string_view, kMask + 1> slots_{};
};

const MarkerSet& marker_set() {
  static const MarkerSet set;
  return set;
}

constexpr size_t kMaxMarker = 10;  // the longest marker, "themselves"
constexpr size_t kMinWords = 25;
constexpr size_t kStretchWords = 40;
constexpr size_t kMinStretchWords = 15;

}  // namespace

bool plainly_english(std::string_view text) noexcept {
  size_t words = 0, markers = 0;
  size_t stretch_words = 0, stretch_markers = 0;
  const MarkerSet& set = marker_set();
  char word[kMaxMarker];
  size_t len = 0;
  uint32_t hash = MarkerSet::kSeed;
  bool in_word = false;
  // A stretch (a line, or 40 words) of 15 words or more needs one marker in twenty words.
  auto end_stretch = [&]() {
    bool ok = stretch_words < kMinStretchWords || stretch_markers * 20 >= stretch_words;
    stretch_words = stretch_markers = 0;
    return ok;
  };
  auto end_word = [&]() {
    if (!in_word) return;
    in_word = false;
    ++words;
    ++stretch_words;
    if (len <= sizeof word && set.contains(std::string_view(word, len), hash)) {
      ++markers;
      ++stretch_markers;
    }
    len = 0;
    hash = MarkerSet::kSeed;
  };
  const char* p = text.data();
  const char* end = p + text.size();
  while (p < end) {
    unsigned char c = static_cast<unsigned char>(*p);
    if (c < 0x80) {
      char lower = static_cast<char>(c | 0x20);
      if (lower >= 'a' && lower <= 'z') {
        if (len < sizeof word) {
          word[len] = lower;
          hash = MarkerSet::step(hash, lower);
        }
        ++len;
        in_word = true;
      } else {
        end_word();
        if (c == '\n' || stretch_words >= kStretchWords) {
          if (!end_stretch()) return false;
        }
      }
      ++p;
      continue;
    }
    Decoded d = decode(p, end);
    // Any letter outside ASCII (or a mark, or a non-ASCII digit) leaves the text to CLD2.
    if (is_word_char(d.cp)) return false;
    end_word();
    p += d.len;
  }
  end_word();
  if (!end_stretch()) return false;
  return words >= kMinWords && markers * 10 >= words;
}

LanguageGuess detect_language(std::string_view text) {
  if (plainly_english(text)) {
    LanguageGuess g;
    g.code = "en";
    g.percent = 100;
    g.reliable = true;
    g.has_features = true;
    return g;
  }
  return detect_language_cld2(text);
}

LanguageGuess detect_language_cld2(std::string_view text) {
  std::string buf;
  if (needs_cleaning(text)) {
    buf = cleaned(text);
    text = buf;
  }
  CLD2::Language lang3[3] = {CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE,
                             CLD2::UNKNOWN_LANGUAGE};
  int percent3[3] = {0, 0, 0};
  double scores3[3] = {0, 0, 0};
  int text_bytes = 0;
  bool reliable = false;
  // The Ext variant reports UNKNOWN_LANGUAGE when it cannot decide; the plain
  // DetectLanguageSummary would report ENGLISH with 0% instead.
  CLD2::Language lang = CLD2::ExtDetectLanguageSummary(
      text.data(), static_cast<int>(text.size()), /*is_plain_text=*/true, /*cld_hints=*/nullptr,
      /*flags=*/0, lang3, percent3, scores3, /*resultchunkvector=*/nullptr, &text_bytes, &reliable);
  LanguageGuess g;
  g.has_features = text_bytes > 0;
  g.reliable = reliable;
  if (lang == CLD2::UNKNOWN_LANGUAGE || !g.has_features) {
    g.code = "un";
    g.reliable = false;
    return g;
  }
  g.code = iso_language_code(CLD2::LanguageCode(lang));
  for (int i = 0; i < 3; ++i)
    if (lang3[i] == lang) g.percent = percent3[i];
  return g;
}

}  // namespace precis::text
