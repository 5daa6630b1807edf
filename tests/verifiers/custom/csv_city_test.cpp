#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:csv_city";
const std::string kRowsText =
    "1,France,Paris,2020,5\n2,Japan,Tokyo,2021,7\n3,Peru,Lima,2019,2\n"
    "4,Kenya,Nairobi,2018,9\n5,Chile,Santiago,2022,1\n6,Spain,Madrid,2017,4\n"
    "7,India,Delhi,2016,8\n";
const std::string kCsv = "ID,Country,City,Year,Count\n" + kRowsText;
}  // namespace

TEST_CASE("custom:csv_city", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kCsv));
    CHECK(both(kId, "{}", "\"ID\",\"Country\",City,Year,Count\n" + kRowsText));
    CHECK(both(kId, "{}",
               "ID,Country,City,Year,Count\n8,\"Korea, South\",Seoul,2015,3\n" +
                   kRowsText.substr(kRowsText.find('\n') + 1)));
    CHECK_FALSE(both(kId, "{}", kCsv + "8,Italy,Rome,2015,3\n"));
    CHECK_FALSE(both(kId, "{}", "ID,Country,City,Year\n" + kRowsText));
    CHECK_FALSE(both(kId, "{}", kCsv.substr(0, kCsv.size() - 4)));  // last row: 4 fields
    CHECK_FALSE(both(kId, "{}", "Here is the data:\n" + kCsv));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", kCsv, kRef, v));
      CHECK_FALSE(check(kId, "{}", kRowsText, kRef, v));
    }
  }
  SECTION("precise: code fence") {
    std::string s = "```csv\n" + kCsv + "```";
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: blank lines") {
    std::string s = "ID,Country,City,Year,Count\n\n" + kRowsText;
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: spaces in the header") {
    std::string s = "ID, Country, City, Year, Count\n" + kRowsText;
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: empty fields") {
    std::string s = kCsv;
    s.replace(s.find("France"), 6, "");
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF, quoted line breaks and non-ASCII") {
    std::string crlf;
    for (char c : kCsv) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    CHECK(both(kId, "{}", crlf));
    std::string s = kCsv;
    s.replace(s.find("Paris"), 5, "\"Pa\nris\"");
    CHECK(both(kId, "{}", s));
    s = kCsv;
    s.replace(s.find("Lima"), 4, "S\xC3\xA3o Paulo");
    CHECK(both(kId, "{}", s));
    CHECK_FALSE(check(kId, "{}", "ID,Country\rx,City,Year,Count\n" + kRowsText, kRef));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 7})", s).ok());
    }
  }
}
