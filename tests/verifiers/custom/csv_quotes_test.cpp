#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:csv_quotes";
const std::string kHeader = "\"StudentID\"\t\"Subject\"\t\"Grade\"\t\"Semester\"\t\"Score\"\n";
const std::string kRows =
    "\"1\"\t\"Math\"\t\"A\"\t\"Fall\"\t\"95\"\n"
    "\"2\"\t\"Art\"\t\"B\"\t\"Spring\"\t\"85\"\n"
    "\"3\"\t\"Music\"\t\"C\"\t\"Fall\"\t\"75\"\n";
}  // namespace

TEST_CASE("custom:csv_quotes", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kHeader + kRows));
    CHECK(both(kId, "{}", kHeader + kRows.substr(0, kRows.size() - 1)));
    CHECK_FALSE(both(kId, "{}", "StudentID\tSubject\tGrade\tSemester\tScore\n" + kRows));
    CHECK_FALSE(both(kId, "{}", kHeader + kRows + "\"4\"\t\"Art\"\t\"B\"\t\"Fall\"\t\"80\"\n"));
    CHECK_FALSE(both(
        kId, "{}",
        kHeader + "\"1\"\t\"Math\"\tA\t\"Fall\"\t\"95\"\n" + kRows.substr(kRows.find('\n') + 1)));
    std::string comma = "\"StudentID\",\"Subject\",\"Grade\",\"Semester\",\"Score\"\n";
    CHECK_FALSE(both(kId, "{}", comma + kRows));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", kHeader + kRows, kRef, v));
      CHECK_FALSE(check(kId, "{}", kRows, kRef, v));
    }
  }
  SECTION("precise: something between the quotes") {
    std::string s = kHeader + kRows;
    s.replace(s.find("\"Math\""), 6, "\"\"");
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: code fence and blank lines") {
    std::string f = "```tsv\n" + kHeader + kRows + "```";
    CHECK_FALSE(check(kId, "{}", f, kRef));
    CHECK(check(kId, "{}", f, kPrecise));
    std::string b = kHeader + "\n" + kRows;
    CHECK_FALSE(check(kId, "{}", b, kRef));
    CHECK(check(kId, "{}", b, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    std::string s = kHeader + kRows;
    std::string crlf;
    for (char c : s) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    CHECK(both(kId, "{}", crlf));
    s.replace(s.find("Music"), 5, "M\xC3\xBAsica");
    CHECK(both(kId, "{}", s));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\t\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 3})", s).ok());
    }
  }
}
