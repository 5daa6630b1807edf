#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:csv_special_character";

std::string rows(int n, int special_at = 0, const std::string& special = "\"Caf\xC3\xA9 & Co\"") {
  std::string out;
  for (int i = 1; i <= n; ++i) {
    out += std::to_string(i) + ",Tools," + (i == special_at ? special : std::string("Acme")) +
           ",9.99," + std::to_string(i * 10) + "\n";
  }
  return out;
}
const std::string kHeader = "ProductID,Category,Brand,Price,Stock\n";
}  // namespace

TEST_CASE("custom:csv_special_character", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kHeader + rows(14, 3)));
    CHECK(both(kId, "{}", "\"ProductID\", Category,Brand,Price,Stock\n" + rows(14, 14)));
    CHECK_FALSE(both(kId, "{}", kHeader + rows(14)));                         // no special field
    CHECK_FALSE(both(kId, "{}", kHeader + rows(13, 3)));                      // 13 rows
    CHECK_FALSE(both(kId, "{}", kHeader + rows(14, 3, "Caf\xC3\xA9 & Co")));  // not quoted
    CHECK_FALSE(both(kId, "{}", kHeader + rows(14, 3, "\"Cafe Co\"")));       // nothing special
    CHECK_FALSE(both(kId, "{}", "Data:\n" + kHeader + rows(14, 3)));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", kHeader + rows(14, 1), kRef, v));
      CHECK_FALSE(check(kId, "{}", kHeader + rows(14), kRef, v));
    }
  }
  SECTION("precise: every row is checked") {
    std::string s = kHeader + rows(13, 2) + "14,Tools,Acme\n";
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: no empty fields") {
    std::string s = kHeader + rows(14, 2);
    s.replace(s.find("Tools"), 5, "");
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: code fence and blank lines") {
    std::string f = "```\n" + kHeader + rows(14, 2) + "```";
    CHECK_FALSE(check(kId, "{}", f, kRef));
    CHECK(check(kId, "{}", f, kPrecise));
    std::string b = kHeader + "\n" + rows(14, 2);
    CHECK_FALSE(check(kId, "{}", b, kRef));
    CHECK(check(kId, "{}", b, kPrecise));
  }
  SECTION("precise: the whole field in quotes") {
    std::string s = kHeader + rows(14, 2, "\"Hello!\" world");
    CHECK(check(kId, "{}", s, kRef));
    CHECK_FALSE(check(kId, "{}", s, kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    std::string s = kHeader + rows(14, 5);
    std::string crlf;
    for (char c : s) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    CHECK(both(kId, "{}", crlf));
    CHECK(both(kId, "{}",
               kHeader + rows(14, 5,
                              "\"\xE2\x82\xAC"
                              "5\"")));  // "€5"
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " \n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 14})", s).ok());
    }
  }
}
