// The plain-English shortcut of language identification: it must never fire where CLD2 would
// not report English confidently (reliable, at least kConfidentPercent).
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "shared_texts.h"
#include "test_util.h"
#include "text/language.h"
#include "text/unicode.h"

using precis::testing::shared_data;
namespace text = precis::text;

namespace {

const char* const kEnglish =
    "The committee met on Tuesday to discuss the budget, and they agreed that the new plan "
    "would cut costs while keeping the services that people use every day. Some members said "
    "they were worried about the timeline, but the chair pointed out that the first phase could "
    "start before the end of the year.";

const char* const kFrench =
    "Le comité s'est réuni mardi pour discuter du budget, et ses membres ont convenu que le "
    "nouveau plan réduirait les coûts tout en maintenant les services que les gens utilisent "
    "chaque jour. Certains membres se sont dits inquiets du calendrier.";

// The shortcut's promise, on one text.
void check_promise(const std::string& t, size_t& fired) {
  if (!text::plainly_english(t)) return;
  ++fired;
  precis::LanguageGuess g = text::detect_language_cld2(t);
  INFO(t.substr(0, 300));
  CHECK(g.code == "en");
  CHECK(g.reliable);
  CHECK(g.percent >= text::kConfidentPercent);
}

}  // namespace

TEST_CASE("plainly_english: plain English prose, in any case", "[text][language]") {
  CHECK(text::plainly_english(kEnglish));
  CHECK(text::plainly_english(text::py_lower(kEnglish)));
  std::string upper = kEnglish;
  for (char& c : upper)
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
  CHECK(text::plainly_english(upper));
  // Curly quotes, dashes and emoji are not letters: they do not stop the test.
  CHECK(
      text::plainly_english(std::string(kEnglish) + " \xE2\x80\x94 \xE2\x80\x9Cyes\xE2\x80\x9D 😀"));
  precis::LanguageGuess g = text::detect_language(kEnglish);
  CHECK(g.percent == 100);
  CHECK(g.code == "en");
  CHECK(g.reliable);
}

TEST_CASE("plainly_english: leaves everything else to CLD2", "[text][language]") {
  CHECK_FALSE(text::plainly_english(""));
  CHECK_FALSE(text::plainly_english("The cat sat on the mat and it was happy."));  // too short
  CHECK_FALSE(text::plainly_english(kFrench));
  // One letter outside ASCII anywhere.
  CHECK_FALSE(text::plainly_english(std::string(kEnglish) + " Café."));
  // English followed by a paragraph in another language without accents.
  const std::string mixed =
      std::string(kEnglish) +
      "\nIl presidente ha detto che il piano sara pronto entro la fine del mese prossimo e che "
      "tutti i membri del consiglio potranno leggere il documento completo prima della riunione "
      "di giugno per decidere insieme";
  CHECK_FALSE(text::plainly_english(mixed));
  // A list of names and numbers has too few function words.
  CHECK_FALSE(text::plainly_english(
      "Paris London Berlin Madrid Rome Vienna Prague Warsaw Budapest Lisbon Dublin Oslo "
      "Stockholm Helsinki Copenhagen Brussels Amsterdam Athens Sofia Bucharest Zagreb Riga "
      "Tallinn Vilnius Bratislava Ljubljana Valletta Nicosia Luxembourg"));
  precis::LanguageGuess g = text::detect_language(kFrench);
  CHECK(g.code == "fr");
}

TEST_CASE("plainly_english agrees with CLD2 on the shared data", "[text][language][shared]") {
  PRECIS_REQUIRE_SHARED(shared_data("ifeval/responses_gpt4.jsonl"));
  const std::vector<std::string> texts = precis::testing::shared_texts();
  size_t fired = 0, total = 0;
  for (const std::string& t : texts) {
    std::string lower = text::py_lower(t);
    std::string upper = t;
    for (char& c : upper)
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    for (const std::string* v :
         {&t, static_cast<const std::string*>(&lower), static_cast<const std::string*>(&upper)}) {
      ++total;
      check_promise(*v, fired);
    }
  }
  // The shortcut must also be worth having: it decides over 40% of these mostly English texts
  // (short prompts are left to CLD2).
  INFO(fired << " of " << total << " texts decided without CLD2");
  CHECK(fired * 5 > total * 2);
  WARN("plain-English shortcut: " << fired << " of " << total
                                  << " shared texts (and their lower/upper forms) decided "
                                     "without CLD2, each agreeing with CLD2");
}
