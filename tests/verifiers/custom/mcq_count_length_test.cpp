#include <catch2/catch.hpp>

#include <string>

#include "precis/constraint.h"
#include "test_util.h"

using namespace precis::testing;
using precis::IfbenchVersion;

namespace {
constexpr auto kId = "custom:mcq_count_length";

std::string options(const std::string& fmt = "{}. ") {
  std::string out;
  for (char c = 'A'; c <= 'E'; ++c) {
    std::string label = fmt;
    label.replace(label.find("{}"), 2, std::string(1, c));
    out += label + "Option " + std::string(1, c) + "\n";
  }
  return out;
}

std::string quiz(const std::string& label = "Question {}: ", const std::string& fmt = "{}. ",
                 const std::string& after = "") {
  const char* texts[] = {"Who painted it?", "Which movement was first?",
                         "Which artist founded Cubism in Paris?",
                         "Which artist is best known for the drip painting technique?"};
  std::string out;
  for (int i = 0; i < 4; ++i) {
    std::string l = label;
    l.replace(l.find("{}"), 2, std::to_string(i + 1));
    out += l + texts[i] + "\n" + options(fmt) + after + "\n";
  }
  return out;
}
}  // namespace

TEST_CASE("custom:mcq_count_length", "[custom]") {
  SECTION("pass and fail") {
    CHECK(both(kId, "{}", quiz()));
    CHECK(both(kId, "{}", quiz("Question {}. ", "{})")));
    CHECK_FALSE(both(kId, "{}", "Here are the questions:\n" + quiz()));
    CHECK_FALSE(both(kId, "{}", quiz().substr(0, quiz().rfind("E. "))));  // 4 options
    std::string q = "Question 1: A long question here?\n" + options() + "Question 2: Short?\n" +
                    options() + "Question 3: Longer one here, yes?\n" + options() +
                    "Question 4: The longest question of them all, surely?\n" + options();
    CHECK_FALSE(both(kId, "{}", q));  // not progressively longer
  }
  SECTION("both IFBench versions agree") {
    for (auto v : {IfbenchVersion::kHead, IfbenchVersion::kPaper}) {
      CHECK(check(kId, "{}", quiz(), kRef, v));
      CHECK_FALSE(check(kId, "{}", "Intro\n" + quiz(), kRef, v));
    }
  }
  SECTION("precise: markdown labels") {
    std::string s = quiz("**Question {}:** ");
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
    s = quiz("### Question {}\n");
    CHECK_FALSE(check(kId, "{}", s, kRef));
    CHECK(check(kId, "{}", s, kPrecise));
  }
  SECTION("precise: other option styles") {
    CHECK_FALSE(check(kId, "{}", quiz("Question {}: ", "({}) "), kRef));
    CHECK(check(kId, "{}", quiz("Question {}: ", "({}) "), kPrecise));
    CHECK_FALSE(check(kId, "{}", quiz("Question {}: ", "- {}. "), kRef));
    CHECK(check(kId, "{}", quiz("Question {}: ", "- {}. "), kPrecise));
  }
  SECTION("precise: options labelled A to E in order") {
    CHECK(check(kId, "{}", quiz("Question {}: ", "{}. "), kPrecise));
    std::string same = quiz();
    for (const char* l : {"B. ", "C. ", "D. ", "E. "}) {
      size_t pos;
      while ((pos = same.find(l)) != std::string::npos)
        same.replace(pos, 3, "A. ");
    }
    CHECK(check(kId, "{}", same, kRef));
    CHECK_FALSE(check(kId, "{}", same, kPrecise));
  }
  SECTION("precise: no explanation after the options") {
    std::string e = quiz("Question {}: ", "{}. ", "Explanation: because it is so.\n");
    CHECK(check(kId, "{}", e, kRef));
    CHECK_FALSE(check(kId, "{}", e, kPrecise));
    std::string a = quiz("Question {}: ", "{}. ", "Answer: C\n");
    CHECK(both(kId, "{}", a));
  }
  SECTION("CRLF and non-ASCII") {
    std::string s = quiz();
    std::string crlf;
    for (char c : s) {
      if (c == '\n') crlf += '\r';
      crlf += c;
    }
    CHECK(both(kId, "{}", crlf));
    std::string u = quiz();
    u.replace(u.find("Who painted it?"), 15,
              "Qui a peint \xC3\xA7"
              "a?");
    CHECK(both(kId, "{}", u));
  }
  SECTION("blank fails") {
    CHECK_FALSE(both(kId, "{}", ""));
    CHECK_FALSE(both(kId, "{}", "\n"));
  }
  SECTION("kwargs: none accepted") {
    for (auto s : {kRef, kPrecise}) {
      CHECK(build_error(kId, "{}", s).ok());
      CHECK_FALSE(build_error(kId, R"({"N": 4})", s).ok());
    }
  }
}
