#include <catch2/catch.hpp>

#include <string>

#include "precis/registry.h"
#include "precis/spec.h"
#include "precis/text.h"
#include "test_util.h"

using namespace precis::testing;

namespace {

constexpr auto kId = "detectable_format:multiple_sections";

std::string kw(std::string_view spliter, int sections) {
  return "{\"section_spliter\": \"" + std::string(spliter) +
         "\", \"num_sections\": " + std::to_string(sections) + "}";
}

bool direct(std::string_view kwargs, std::string_view response, precis::Semantics s) {
  auto k = precis::parse_json(kwargs);
  REQUIRE(k.ok());
  auto c = precis::Registry::global().build(kId, *k, s);
  REQUIRE(c.ok());
  precis::Text t(response);
  return (*c)->check(t, nullptr);
}

// The number of sections `s` sees: the largest k that passes ("at least N").
int count(std::string_view spliter, std::string_view response, precis::Semantics s) {
  int k = 0;
  while (k < 50 && check(kId, kw(spliter, k + 1), response, s))
    ++k;
  return k;
}

}  // namespace

TEST_CASE("detectable_format:multiple_sections", "[detectable_format]") {
  SECTION("pass, fail and the boundary") {
    const char* r = "Section 1\nIntro text.\nSection 2\nMore text.\nSection 3\nEnd.";
    CHECK(both(kId, kw("Section", 3), r));
    CHECK(both(kId, kw("Section", 2), r));
    CHECK_FALSE(both(kId, kw("Section", 4), r));
    CHECK(both(kId, kw("Section", 0), "no sections at all"));
    CHECK(both(kId, kw("SECTION", 2), "SECTION 1: a\nSECTION 2: b"));
    CHECK(both(kId, kw("Day", 2), "Day 1 - Paris\nDay 2 - Rome"));
  }
  SECTION("reference: non-overlapping matches anywhere, case-sensitive") {
    CHECK(count("Day", "MyDay 1 plan", kRef) == 1);
    CHECK(count("Day", "MyDay 1 plan", kPrecise) == 0);
    CHECK(count("Section", "As shown in Section 1 above", kRef) == 1);
    CHECK(count("Section", "As shown in Section 1 above", kPrecise) == 0);
    CHECK(count("Section", "SECTION 1\nSECTION 2", kRef) == 0);
    CHECK(count("Section", "SECTION 1\nSECTION 2", kPrecise) == 2);
    CHECK(count("Section", "Section1\nSection2", kRef) == 2);
    CHECK(count("Section", "Section1\nSection2", kPrecise) == 2);
    CHECK(count("Section", "Sections 2 and Section I", kRef) == 0);
    CHECK(count("Section", "Sections 2\nSection I", kPrecise) == 0);
    CHECK(count("Section", "Section 1 Section 2 Section 3", kRef) == 3);
    CHECK(count("Section", "Section  1", kRef) == 0);  // one whitespace at most
    CHECK(count("Section",
                "Section\xC2\xA0"
                "1",
                kRef) == 1);                                 // NBSP is \s
    CHECK(count("Section", "Section \xD9\xA3", kRef) == 1);  // Arabic-Indic digit 3 is \d
    CHECK(count("Section", "Section \xD9\xA3", kPrecise) == 0);
    CHECK(count("Section", "Section 1a\nSection 2b", kRef) == 2);
    CHECK(count("Section", "Section 1a\nSection 2b", kPrecise) == 0);
  }
  SECTION("precise: numbers must increase") {
    CHECK(count("Section", "Section 1\nSection 1", kRef) == 2);
    CHECK(count("Section", "Section 1\nSection 1", kPrecise) == 1);
    CHECK(count("Section", "Section 2\nSection 1", kPrecise) == 1);
    CHECK(count("Section", "Section 9\nSection 10", kPrecise) == 2);
    CHECK(count("Section", "Section 09\nSection 10", kPrecise) == 2);
    CHECK(count("Section", "Section 10\nSection 9", kPrecise) == 1);
    CHECK(count("Section", "Section 2\nSection 5", kPrecise) == 2);
    // Numbering may restart: two versions with three days each have three sections.
    const char* two = "Day 1\na\nDay 2\nb\nDay 3\nc\n******\nDay 1\nd\nDay 2\ne\nDay 3\nf";
    CHECK(count("Day", two, kPrecise) == 3);
    CHECK(count("Day", two, kRef) == 6);
    CHECK(count("Day", "Day 1\nDay 2\nDay 1\nDay 2\nDay 3\nDay 4", kPrecise) == 4);
  }
  SECTION("precise: quoted and markdown-decorated headers") {
    CHECK(both(kId, kw("SECTION", 2), "\"SECTION 1: first.\n\nSECTION 2: second.\""));
    CHECK(both(kId, kw("Section", 2), "> Section 1\n> text\n> Section 2"));
    CHECK(both(kId, kw("Section", 2), "\u201cSection 1\u201d\n\u201cSection 2\u201d"));
  }
  SECTION("markdown, CRLF, non-ASCII") {
    const char* md = "## Section 1\ntext\n\n**Section 2**\ntext\n\n*Section 3:* text";
    CHECK(both(kId, kw("Section", 3), md));
    CHECK(both(kId, kw("Section", 2), "Section 1\r\nA\r\nSection 2\r\nB\r\n"));
    CHECK(both(kId, kw("Abschnitt", 2), "Abschnitt 1\nÄpfel\nAbschnitt 2\nBirnen"));
    CHECK(both(kId, kw("Часть", 2), "Часть 1\nтекст\nЧасть 2\nтекст"));
    CHECK(count("Часть", "ЧАСТЬ 1\nЧАСТЬ 2", kPrecise) == 2);
    CHECK(count("Часть", "ЧАСТЬ 1\nЧАСТЬ 2", kRef) == 0);
    CHECK(both(kId, kw("Section", 1), "\xFF\nSection 1 \xFE"));
  }
  SECTION("the spliter: stripped, literal in precise, regex-limited in reference") {
    CHECK(both(kId, kw("  Section ", 2), "Section 1\nSection 2"));
    CHECK(count("S.ction", "Suction 1", kRef) == 1);  // `.` is a wildcard upstream
    CHECK(count("S.ction", "Suction 1", kPrecise) == 0);
    CHECK(count("S.ction", "S.ction 1", kPrecise) == 1);
    auto err = build_error(kId, kw("Sec(tion)", 1), kRef);
    CHECK(err.code() == precis::StatusCode::kInvalidArgument);
    CHECK(err.message().find("metacharacter") != std::string::npos);
    CHECK(build_error(kId, kw("Part+", 1), kRef).code() == precis::StatusCode::kInvalidArgument);
    CHECK(count("Part+", "Part+ 1\nPart+ 2", kPrecise) == 2);
  }
  SECTION("an empty spliter: reference counts digit runs, precise refuses it") {
    CHECK(count("", "a 1 b 22 c", kRef) == 2);
    CHECK(build_error(kId, kw("", 1), kPrecise).code() == precis::StatusCode::kInvalidArgument);
    CHECK(build_error(kId, kw(" ", 1), kPrecise).code() == precis::StatusCode::kInvalidArgument);
  }
  SECTION("blank text") {
    CHECK_FALSE(both(kId, kw("Section", 0), ""));
    CHECK_FALSE(both(kId, kw("Section", 0), "  \n"));
    CHECK(direct(kw("Section", 0), "  \n", kRef));
    CHECK_FALSE(direct(kw("Section", 0), "  \n", kPrecise));
  }
  SECTION("large inputs stay linear") {
    std::string big;
    for (int i = 0; i < 300'000; ++i)
      big += "Section Sectio \n";
    CHECK_FALSE(both(kId, kw("Section", 1), big));
    std::string many;
    for (int i = 1; i <= 200'000; ++i)
      many += "Section " + std::to_string(i) + "\ntext\n";
    CHECK(both(kId, kw("Section", 200'000), many));
    CHECK(count("", std::string(3'000'000, ' ') + "1", kRef) == 1);
  }
  SECTION("bad kwargs") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(
          build_error(kId, R"({"section_spliter": "Section"})", s).message().find("num_sections") !=
          std::string::npos);
      CHECK(build_error(kId, R"({"num_sections": 2})", s).message().find("section_spliter") !=
            std::string::npos);
      CHECK(build_error(kId, R"({"section_spliter": 1, "num_sections": 2})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"section_spliter": "S", "num_sections": "2"})", s).code() ==
            precis::StatusCode::kInvalidArgument);
      CHECK(build_error(kId, R"({"section_spliter": "S", "num_sections": 2, "x": 1})", s)
                .message()
                .find("unknown kwarg") != std::string::npos);
    }
  }
}
