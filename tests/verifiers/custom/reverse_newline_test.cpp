#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:reverse_newline";
// The 54 African countries in reverse alphabetical order.
const std::vector<std::string> kCountries = {"Zimbabwe",
                                             "Zambia",
                                             "Uganda",
                                             "Tunisia",
                                             "Togo",
                                             "Tanzania",
                                             "Sudan",
                                             "South Sudan",
                                             "South Africa",
                                             "Somalia",
                                             "Sierra Leone",
                                             "Seychelles",
                                             "Senegal",
                                             "S\xC3\xA3o Tom\xC3\xA9 and Pr\xC3\xADncipe",
                                             "Rwanda",
                                             "Nigeria",
                                             "Niger",
                                             "Namibia",
                                             "Mozambique",
                                             "Morocco",
                                             "Mauritius",
                                             "Mauritania",
                                             "Mali",
                                             "Malawi",
                                             "Madagascar",
                                             "Libya",
                                             "Liberia",
                                             "Lesotho",
                                             "Kenya",
                                             "Guinea-Bissau",
                                             "Guinea",
                                             "Ghana",
                                             "Gambia",
                                             "Gabon",
                                             "Ethiopia",
                                             "Eswatini",
                                             "Eritrea",
                                             "Equatorial Guinea",
                                             "Egypt",
                                             "Djibouti",
                                             "Democratic Republic of the Congo",
                                             "Cote d'Ivoire",
                                             "Congo",
                                             "Comoros",
                                             "Chad",
                                             "Central African Republic",
                                             "Cameroon",
                                             "Cabo Verde",
                                             "Burundi",
                                             "Burkina Faso",
                                             "Botswana",
                                             "Benin",
                                             "Angola",
                                             "Algeria"};

std::string join(const std::vector<std::string>& v, const std::string& sep, size_t n = 99,
                 bool numbered = false) {
  std::string out;
  for (size_t i = 0; i < v.size() && i < n; ++i) {
    if (numbered) out += std::to_string(i + 1) + ". ";
    out += v[i] + sep;
  }
  return out;
}
}  // namespace

TEST_CASE("custom:reverse_newline", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", join(kCountries, "\n")));
    CHECK(both(kId, "{}", join(kCountries, "\n\n")));
    CHECK(both(kId, "{}", join(kCountries, "\n", 52)));
    CHECK_FALSE(both(kId, "{}", join(kCountries, "\n", 51)));
    CHECK_FALSE(both(kId, "{}", join(kCountries, ", ")));
    auto swapped = kCountries;
    std::swap(swapped[3], swapped[4]);
    CHECK_FALSE(both(kId, "{}", join(swapped, "\n")));
    CHECK_FALSE(both(kId, "{}", join({kCountries.begin() + 1, kCountries.end()}, "\n")));
  }
  SECTION("bullets and an intro line") {
    CHECK(both(kId, "{}", "- " + join(kCountries, "\n- ")));
    CHECK(both(kId, "{}", "Here is the list:\n" + join(kCountries, "\n")));
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", join(kCountries, "\n"), kRef, v));
      CHECK_FALSE(check(kId, "{}", join(kCountries, " "), kRef, v));
    }
  }
  SECTION("precise: numbered lists") {
    std::string s = join(kCountries, "\n", 99, true);
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: order ignores case") {
    auto v = kCountries;
    v[35] = "eSwatini";
    CHECK_FALSE(check(kId, "{}", join(v, "\n"), kRef));
    CHECK(check(kId, "{}", join(v, "\n"), kPrecise));
  }
  SECTION("precise: the list starts at the line Zimbabwe") {
    std::string s = "The list, from Zimbabwe down:\n" + join(kCountries, "\n");
    CHECK_FALSE(check(kId, "{}", s, kRef));  // the sentence starts the list
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: a repeated country fails") {
    auto v = kCountries;
    v.insert(v.begin() + 1, "Zimbabwe");
    CHECK(check(kId, "{}", join(v, "\n"), kRef));
    CHECK_FALSE(check(kId, "{}", join(v, "\n"), kPrecise));
  }
  SECTION("CRLF and non-ASCII") {
    CHECK(both(kId, "{}", join(kCountries, "\r\n")));
    auto v = kCountries;
    v[41] = "C\xC3\xB4te d'Ivoire";
    CHECK(both(kId, "{}", join(v, "\n")));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 1})", s).ok());
    }
  }
}
