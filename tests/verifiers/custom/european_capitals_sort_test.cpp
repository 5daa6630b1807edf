#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:european_capitals_sort";
const std::string kHead =
    "Reykjavik, Helsinki, Oslo, Tallinn, Stockholm, Riga, Moscow, Copenhagen, Vilnius, Minsk, "
    "Dublin, Berlin, Amsterdam, Warsaw, London, Brussels, ";
const std::string kTail =
    "Prague, Luxembourg, Paris, Vienna, Bratislava, Budapest, Vaduz, Chisinau, Bern, Ljubljana, "
    "Zagreb";
const std::string kList = kHead + kTail;
}  // namespace

TEST_CASE("custom:european_capitals_sort", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", kList));
    CHECK(both(kId, "{}", kList + "\n"));
    CHECK(both(kId, "{}", kList + ","));  // a blank item is skipped
    CHECK_FALSE(both(kId, "{}", "Helsinki, Reykjavik"));
    CHECK_FALSE(both(kId, "{}", kList + ", Rome"));
    CHECK_FALSE(both(kId, "{}", "Capitals: " + kList));
  }
  SECTION("diacritics are folded to ASCII") {
    std::string s = kList;
    s.replace(0, 9, "Reykjav\xC3\xADk");
    CHECK(both(kId, "{}", s));
    std::string c = kHead +
                    "Prague, Luxembourg, Paris, Vienna, Bratislava, Budapest, Vaduz, "
                    "Chi\xC8\x99in\xC4\x83u, Bern, Ljubljana, Zagreb";
    CHECK(both(kId, "{}", c));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", kList, kRef, v));
      CHECK_FALSE(check(kId, "{}", kTail, kRef, v));
    }
  }
  SECTION("precise: case-insensitive") {
    std::string s = kList;
    s.replace(0, 9, "REYKJAVIK");
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a final full stop") {
    CHECK_FALSE(check(kId, "{}", kList + ".", kRef));
    CHECK(check(kId, "{}", kList + ".", kPrecise));
  }
  SECTION("precise: Kyiv may be listed") {
    CHECK_FALSE(check(kId, "{}", kHead + "Kyiv, " + kTail, kRef));
    CHECK(check(kId, "{}", kHead + "Kyiv, " + kTail, kPrecise));
    CHECK(check(kId, "{}", kHead + "Kiev, " + kTail, kPrecise));
    CHECK_FALSE(check(kId, "{}", "Kyiv, " + kList, kPrecise));
  }
  SECTION("CRLF") {
    std::string s = kHead + "\r\n" + kTail + "\r\n";
    CHECK(both(kId, "{}", s));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", " , \n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1})", s).ok());
    }
  }
}
