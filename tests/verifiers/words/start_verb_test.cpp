#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"
#include "text/pos_tagger.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "words:start_verb";
constexpr auto kPaper = IfbenchVersion::kPaper;

bool have_model() {
  return precis::text::english_pos_tagger().ok();
}
}  // namespace

TEST_CASE("words:start_verb", "[words]") {
  if (!have_model()) {
    WARN("SKIPPED: NLTK's averaged_perceptron_tagger_eng is not in the data folder");
    CHECK(build_error(kId, "{}", kRef).code() == precis::StatusCode::kNotFound);
    return;
  }
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", "Consider the following example."));
    CHECK(both(kId, "{}", "Use a hammer."));
    CHECK_FALSE(both(kId, "{}", "The cat sat on the mat."));
    CHECK_FALSE(both(kId, "{}", "I think so."));
    CHECK_FALSE(both(kId, "{}", "Galois theory studies field extensions."));
  }
  SECTION("the same in both IFBench versions") {
    for (const char* s :
         {"Consider the following example.", "The cat sat on the mat.", "**Consider** this."}) {
      CHECK(check(kId, "{}", s, kRef) == check(kId, "{}", s, kRef, kPaper));
    }
  }
  SECTION("boundaries: one or two tokens") {
    CHECK(both(kId, "{}", "Go"));
    CHECK(both(kId, "{}", "Go!"));
    CHECK_FALSE(both(kId, "{}", "Cats"));
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \r\n"));
  }
  SECTION("only the first sentences are tokenized") {
    std::string s = "Consider the following example.";
    for (int i = 0; i < 2000; ++i)
      s += " The cat sat on the mat.";
    CHECK(both(kId, "{}", s));
  }
  SECTION("precise: leading markdown and quotes are skipped") {
    const char* bold = "**Consider** the following example.";
    CHECK_FALSE(check(kId, "{}", bold, kRef));
    CHECK(check(kId, "{}", bold, kPrecise));
    const char* heading = "# Consider the following example";
    CHECK_FALSE(check(kId, "{}", heading, kRef));
    CHECK(check(kId, "{}", heading, kPrecise));
    const char* quoted = "\"Consider the following example.\"";
    CHECK_FALSE(check(kId, "{}", quoted, kRef));
    CHECK(check(kId, "{}", quoted, kPrecise));
  }
  SECTION("precise: a capitalised first word is also tagged in lowercase") {
    for (const char* s :
         {"Describe the scene.", "Understand the problem.", "Conceive an empire."}) {
      CHECK_FALSE(check(kId, "{}", s, kRef));  // NNP
      CHECK(check(kId, "{}", s, kPrecise));
    }
    CHECK_FALSE(both(kId, "{}", "Water is wet."));
    CHECK_FALSE(both(kId, "{}", "Books are great."));
    CHECK_FALSE(both(kId, "{}", "Paris is nice."));
  }
  SECTION("precise: punctuation after the first word is not its context") {
    for (const char* s : {"imagine: a world without war.", "look! a bird."}) {
      CHECK_FALSE(check(kId, "{}", s, kRef));  // NN next to `:` or `!`
      CHECK(check(kId, "{}", s, kPrecise));
    }
    CHECK(check(kId, "{}", "Consider: the following example.", kPrecise));
  }
  SECTION("non-ASCII and CRLF") {
    CHECK(both(kId, "{}", "Consider this\r\nexample.\r\n"));
    CHECK_FALSE(both(kId, "{}",
                     "\xC3\x89"
                     "cole is a school."));
  }
  SECTION("precise: zero-width-only response fails") {
    CHECK_FALSE(check(kId, "{}", "\xE2\x80\x8B", kPrecise));
  }
  SECTION("kwargs: none") {
    CHECK(build_error(kId, "{}", kRef).ok());
    CHECK(build_error(kId, "{}", kPrecise, kPaper).ok());
    CHECK_FALSE(build_error(kId, R"({"N": 1})", kRef).ok());
  }
}
