#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <string_view>

#include "precis/spec.h"

using precis::parse_python_literal;
using precis::StatusCode;
using precis::Value;

namespace {

// Parses `text`, which must be a valid literal.
Value lit(std::string_view text) {
  auto r = parse_python_literal(text);
  INFO("input: " << text);
  if (!r.ok()) FAIL(r.status().message());
  return *r;
}

// Parses `text`, which must be rejected with a parse error; returns the message.
std::string err(std::string_view text, StatusCode code = StatusCode::kParseError) {
  auto r = parse_python_literal(text);
  INFO("input: " << text);
  REQUIRE_FALSE(r.ok());
  CHECK(r.status().code() == code);
  CHECK(r.status().message().rfind("Python literal: ", 0) == 0);
  return r.status().message();
}

bool contains(const std::string& s, std::string_view part) {
  return s.find(part) != std::string::npos;
}

Value S(std::string s) {
  return Value::string(std::move(s));
}
Value I(int64_t i) {
  return Value::integer(i);
}
Value F(double d) {
  return Value::floating(d);
}

}  // namespace

TEST_CASE("python literal: open-instruct ground truth", "[pyliteral]") {
  Value v =
      lit("[{'instruction_id': ['length_constraints:number_words', 'punctuation:no_comma'], "
          "'kwargs': [{'num_words': 300, 'relation': 'at least'}, None]}]");
  Value expected = Value::list({Value::dict(
      {{"instruction_id",
        Value::list({S("length_constraints:number_words"), S("punctuation:no_comma")})},
       {"kwargs", Value::list({Value::dict({{"num_words", I(300)}, {"relation", S("at least")}}),
                               Value::null()})}})});
  CHECK(v == expected);
  CHECK(v.to_json() ==
        R"([{"instruction_id": ["length_constraints:number_words", "punctuation:no_comma"], )"
        R"("kwargs": [{"num_words": 300, "relation": "at least"}, null]}])");
}

TEST_CASE("python literal: string quotes and prefixes", "[pyliteral]") {
  CHECK(lit("'abc'") == S("abc"));
  CHECK(lit("\"abc\"") == S("abc"));
  CHECK(lit("''") == S(""));
  CHECK(lit("\"\"") == S(""));
  CHECK(lit("\"it's\"") == S("it's"));
  CHECK(lit("'say \"hi\"'") == S("say \"hi\""));
  CHECK(lit("'''a\nb'''") == S("a\nb"));
  CHECK(lit("\"\"\"a\"b\"\"c\"\"\"") == S("a\"b\"\"c"));
  CHECK(lit("''''''") == S(""));
  CHECK(lit("'''it's'''") == S("it's"));
  CHECK(lit("'''a\r\nb\rc'''") == S("a\nb\nc"));  // newlines normalized, as Python reads source
  CHECK(lit("'caf\xC3\xA9 \xF0\x9F\x98\x80'") == S("caf\xC3\xA9 \xF0\x9F\x98\x80"));
  CHECK(lit("u'x'") == S("x"));
  CHECK(lit("U'x'") == S("x"));
  CHECK(lit("r'\\d+\\n'") == S("\\d+\\n"));
  CHECK(lit("R\"\\t\"") == S("\\t"));
  CHECK(lit("r'\\''") == S("\\'"));  // a raw backslash keeps the quote from closing
  CHECK(lit("r'\\\\'") == S("\\\\"));
  CHECK(lit("r'a\\\nb'") == S("a\\\nb"));
  CHECK(lit("b'bytes'") == S("bytes"));
  CHECK(lit("B'x'") == S("x"));
  CHECK(lit("br'\\x41'") == S("\\x41"));
  CHECK(lit("Rb'\\x41'") == S("\\x41"));
  CHECK(lit("rB'\\x41'") == S("\\x41"));
  CHECK(contains(err("f'{x}'"), "f-strings are not literals"));
  CHECK(contains(err("rf'x'"), "f-strings"));
  CHECK(contains(err("Fr'x'"), "f-strings"));
  CHECK(contains(err("ur'x'"), "invalid string prefix 'ur'"));
  CHECK(contains(err("bu'x'"), "invalid string prefix 'bu'"));
  CHECK(contains(err("rr'x'"), "invalid string prefix 'rr'"));
  CHECK(contains(err("x'a'"), "invalid string prefix 'x'"));
  CHECK(contains(err("abc'a'"), "unknown name 'abc'"));
}

TEST_CASE("python literal: escape sequences", "[pyliteral]") {
  CHECK(lit(R"('\n\t\r\\\'\"\a\b\f\v')") == S("\n\t\r\\'\"\a\b\f\v"));
  CHECK(lit(R"('\101\0\7\1234')") == S(std::string("A\0\a", 3) + "S4"));  // 3 octal digits max
  CHECK(lit(R"('\777')") == S("\xC7\xBF"));                               // U+01FF
  CHECK(lit(R"('\x41\xe9')") == S("A\xC3\xA9"));  // \xhh is a code point in str
  CHECK(lit(R"('\u00e9\u20AC')") == S("\xC3\xA9\xE2\x82\xAC"));
  CHECK(lit(R"('\U0001F600')") == S("\xF0\x9F\x98\x80"));
  CHECK(lit(R"('\ud83d\ude00')") == S("\xF0\x9F\x98\x80"));  // a surrogate pair is combined
  CHECK(lit(R"('\uD83D\U0000DE00')") == S("\xF0\x9F\x98\x80"));
  CHECK(lit("'a\\\nb'") == S("ab"));  // line continuation
  CHECK(lit("'a\\\r\nb'") == S("ab"));
  CHECK(lit("'''a\\\nb'''") == S("ab"));
  CHECK(lit(R"('\d\q\ ')") == S("\\d\\q\\ "));  // unknown escapes keep their backslash
  CHECK(lit("'\\\xC3\xA9'") == S("\\\xC3\xA9"));
  // In bytes, \x and octal give the byte itself and \u is no escape.
  CHECK(lit(R"(b'\xc3\xa9')") == S("\xC3\xA9"));
  CHECK(lit(R"(b'\377')") == S("\xFF"));
  CHECK(lit(R"(b'\u00e9\N{X}')") == S("\\u00e9\\N{X}"));

  CHECK(contains(err(R"('\x4')"), "truncated \\xXX escape"));
  CHECK(contains(err(R"('\xZZ')"), "expected 2 hex digits"));
  CHECK(contains(err(R"('\u12')"), "truncated \\u escape (expected 4 hex digits)"));
  CHECK(contains(err(R"('\U0001F60')"), "truncated \\U escape (expected 8 hex digits)"));
  CHECK(contains(err(R"('\U00110000')"), "beyond U+10FFFF"));
  CHECK(contains(err(R"('\ud83d')"), "lone high surrogate \\ud83d"));
  CHECK(contains(err(R"('\ud83dx')"), "lone high surrogate"));
  CHECK(contains(err(R"('\ud83d\u0041')"), "lone high surrogate"));
  CHECK(contains(err(R"('\ud83d' '\ude00')"), "lone high surrogate"));
  CHECK(contains(err(R"('\ude00')"), "lone low surrogate \\ude00"));
  std::string named = err(R"('\N{EM DASH}')", StatusCode::kUnimplemented);
  CHECK(contains(named, "\\N{...} named escapes are not supported"));
  CHECK(contains(named, "at offset 1"));
}

TEST_CASE("python literal: adjacent strings concatenate", "[pyliteral]") {
  CHECK(lit("'a' 'b'") == S("ab"));
  CHECK(lit("'a'\"b\"'''c'''") == S("abc"));
  CHECK(lit("('a'\n  r'\\b'\n  u'c')") == S("a\\bc"));
  CHECK(lit("b'a' B'b'") == S("ab"));
  CHECK(lit("['x' 'y', 'z']") == Value::list({S("xy"), S("z")}));
  CHECK(lit("{'a' 'b': 1}") == Value::dict({{"ab", I(1)}}));
  CHECK(contains(err("'a' b'b'"), "cannot mix bytes and str"));
  CHECK(contains(err("b'a' 'b'"), "cannot mix bytes and str"));
  CHECK(contains(err("'a' f'b'"), "f-strings"));
}

TEST_CASE("python literal: malformed strings", "[pyliteral]") {
  CHECK(contains(err("'abc"), "unterminated string"));
  CHECK(contains(err("'abc\""), "unterminated string"));
  CHECK(contains(err("'a\nb'"), "unterminated string (expected its closing quote on this line)"));
  CHECK(contains(err("'a\rb'"), "unterminated string"));
  CHECK(contains(err("'''abc''"), "unterminated triple-quoted string"));
  CHECK(contains(err("'abc\\"), "unterminated string"));
  CHECK(contains(err("r'\\'"), "unterminated string"));
  CHECK(contains(err("\"\"\"a\"\""), "unterminated triple-quoted"));
  // Invalid UTF-8 is rejected (Python rejects such source), bytes must be ASCII.
  CHECK(contains(err("'a\xFF'"), "invalid UTF-8 in a string at offset 2"));
  CHECK(contains(err("'\xC3'"), "invalid UTF-8"));
  CHECK(contains(err("'\xC0\x80'"), "invalid UTF-8"));      // overlong
  CHECK(contains(err("'\xED\xA0\x80'"), "invalid UTF-8"));  // encoded surrogate
  CHECK(contains(err("'\xF4\x90\x80\x80'"), "invalid UTF-8"));
  CHECK(contains(err("b'\xC3\xA9'"), "bytes literals can only contain ASCII"));
  CHECK(contains(err(std::string_view("'a\0b'", 5)), "NUL byte"));
  CHECK(contains(err(std::string_view("[1,\0]", 5)), "NUL byte"));
}

TEST_CASE("python literal: integers", "[pyliteral]") {
  CHECK(lit("0") == I(0));
  CHECK(lit("00") == I(0));
  CHECK(lit("0_0") == I(0));
  CHECK(lit("42") == I(42));
  CHECK(lit("1_000_000") == I(1000000));
  CHECK(lit("-7") == I(-7));
  CHECK(lit("+7") == I(7));
  CHECK(lit("- 7") == I(-7));
  CHECK(lit("-(7)") == I(-7));  // ast.literal_eval accepts a sign before a parenthesized number
  CHECK(lit("0x1F") == I(31));
  CHECK(lit("0XfF") == I(255));
  CHECK(lit("0x_ff") == I(255));
  CHECK(lit("0o17") == I(15));
  CHECK(lit("0O7_7") == I(63));
  CHECK(lit("0b101") == I(5));
  CHECK(lit("-0b1") == I(-1));
  CHECK(lit("9223372036854775807") == I(INT64_MAX));
  CHECK(lit("-9223372036854775808") == I(INT64_MIN));
  CHECK(lit("0x7fffffffffffffff") == I(INT64_MAX));
  CHECK(lit("-0x8000000000000000") == I(INT64_MIN));
  CHECK(lit("True").is_bool());

  for (const char* big : {"9223372036854775808", "-9223372036854775809", "0x8000000000000000",
                          "18446744073709551616", "123456789012345678901234567890"})
    CHECK(contains(err(big), "integer does not fit in 64 bits"));
  CHECK(contains(err("007"), "leading zeros in a decimal integer are not permitted"));
  CHECK(contains(err("1__0"), "expected a digit after '_'"));
  CHECK(contains(err("1_"), "expected a digit after '_'"));
  CHECK(contains(err("0x"), "expected digits in hexadecimal literal"));
  CHECK(contains(err("0x_"), "expected digits in hexadecimal literal"));
  CHECK(contains(err("0b2"), "expected digits in binary literal"));
  CHECK(contains(err("0o18"), "invalid character in octal literal"));
  CHECK(contains(err("0x1g"), "invalid character in hexadecimal literal"));
  CHECK(contains(err("0x1_"), "invalid character in hexadecimal literal"));
  CHECK(contains(err("12abc"), "invalid decimal literal at offset 2"));
  CHECK(contains(err("--1"), "only one sign is allowed"));
  CHECK(contains(err("-+1"), "only one sign is allowed"));
  CHECK(contains(err("-(-1)"), "only one sign is allowed"));
  CHECK(contains(err("-"), "expected a number after the sign"));
  CHECK(contains(err("-True"), "expected a number after the sign"));
  CHECK(contains(err("-'1'"), "expected a number after the sign"));
  CHECK(contains(err("-[1]"), "expected a number after the sign"));
  CHECK(contains(err("-(1,)"), "got a tuple"));
  CHECK(contains(err("-()"), "got a tuple"));
  CHECK(contains(err("1+2"), "expected the end of the input"));
}

TEST_CASE("python literal: floats", "[pyliteral]") {
  CHECK(lit("1.5") == F(1.5));
  CHECK(lit("1.5").is_float());
  CHECK(lit(".5") == F(0.5));
  CHECK(lit("5.") == F(5.0));
  CHECK(lit("5.").is_float());
  CHECK(lit("1e3") == F(1000.0));
  CHECK(lit("1e3").is_float());
  CHECK(lit("1E+3") == F(1000.0));
  CHECK(lit("2.5e-3") == F(0.0025));
  CHECK(lit("1.e2") == F(100.0));
  CHECK(lit(".5e1") == F(5.0));
  CHECK(lit("1_000.000_5") == F(1000.0005));
  CHECK(lit("1e1_0") == F(1e10));
  CHECK(lit("01.5") == F(1.5));  // leading zeros are fine in floats
  CHECK(lit("007e0") == F(7.0));
  CHECK(lit("-0.25") == F(-0.25));
  CHECK(std::signbit(lit("-0.0").as_float()));
  CHECK(lit("+.5") == F(0.5));
  // Out of range, as in Python: too large is inf, too small is 0.0.
  CHECK(lit("1e400").as_float() == HUGE_VAL);
  CHECK(lit("-1e400").as_float() == -HUGE_VAL);
  CHECK(lit(std::string(400, '9') + ".0").as_float() == HUGE_VAL);
  CHECK(lit("1e-400") == F(0.0));
  CHECK(lit("0." + std::string(400, '0') + "1") == F(0.0));
  CHECK(lit("1e-99999999999999999999") == F(0.0));
  CHECK(lit("1e99999999999999999999").as_float() == HUGE_VAL);

  CHECK(contains(err("inf"), "'inf' is not a Python literal"));
  CHECK(contains(err("nan"), "'nan' is not a Python literal"));
  CHECK(contains(err("-inf"), "'inf' is not a Python literal"));
  CHECK(contains(err("Infinity"), "'Infinity' is not a Python literal"));
  CHECK(contains(err("NaN"), "'NaN' is not a Python literal"));
  CHECK(contains(err("1e"), "expected digits in the exponent"));
  CHECK(contains(err("1e+"), "expected digits in the exponent"));
  CHECK(contains(err("1e_5"), "expected digits in the exponent"));
  CHECK(contains(err("1._5"), "invalid decimal literal"));
  CHECK(contains(err("1_.5"), "expected a digit after '_'"));
  CHECK(contains(err("1.5.3"), "invalid decimal literal at offset 3"));
  CHECK(contains(err("1..2"), "invalid decimal literal"));
  CHECK(contains(err("2j"), "complex numbers are not supported"));
  CHECK(contains(err("1.5J"), "complex numbers are not supported"));
  CHECK(contains(err("..."), "Ellipsis is not supported"));
}

TEST_CASE("python literal: True, False, None and names", "[pyliteral]") {
  CHECK(lit("True") == Value::boolean(true));
  CHECK(lit("False") == Value::boolean(false));
  CHECK(lit("None") == Value::null());
  CHECK(lit("[None, True, False]") ==
        Value::list({Value::null(), Value::boolean(true), Value::boolean(false)}));
  CHECK(contains(err("true"), "unknown name 'true' (expected a value; Python spells it True)"));
  CHECK(contains(err("false"), "Python spells it False"));
  CHECK(contains(err("null"), "Python spells it None"));
  CHECK(contains(err("none"), "Python spells it None"));
  CHECK(contains(err("Truex"), "unknown name 'Truex'"));
  CHECK(contains(err("x"), "only True, False and None are allowed"));
  CHECK(contains(err("set()"), "unknown name 'set'"));
  CHECK(contains(err("__import__('os')"), "unknown name '__import__'"));
  CHECK(contains(err("\xC3\xA9"), "unexpected non-ASCII character"));
  std::string long_name(100, 'a');
  std::string e = err(long_name);
  CHECK(contains(e, "unknown name '" + std::string(32, 'a') + "'"));
}

TEST_CASE("python literal: lists and tuples", "[pyliteral]") {
  CHECK(lit("[]") == Value::list({}));
  CHECK(lit("[ ]") == Value::list({}));
  CHECK(lit("[1]") == Value::list({I(1)}));
  CHECK(lit("[1,]") == Value::list({I(1)}));
  CHECK(lit("[1, 'a', 2.5, None]") == Value::list({I(1), S("a"), F(2.5), Value::null()}));
  CHECK(lit("[[1, [2]], []]") ==
        Value::list({Value::list({I(1), Value::list({I(2)})}), Value::list({})}));
  CHECK(lit("()") == Value::list({}));
  CHECK(lit("(1,)") == Value::list({I(1)}));
  CHECK(lit("(1, 2)") == Value::list({I(1), I(2)}));
  CHECK(lit("(1, 2,)") == Value::list({I(1), I(2)}));
  CHECK(lit("(1)") == I(1));  // parentheses only group
  CHECK(lit("((('a')))") == S("a"));
  CHECK(lit("[(1), ((2,),)]") == Value::list({I(1), Value::list({Value::list({I(2)})})}));
  // A top-level tuple needs no parentheses.
  CHECK(lit("1, 2") == Value::list({I(1), I(2)}));
  CHECK(lit("1,") == Value::list({I(1)}));
  CHECK(lit("'a', 'b',") == Value::list({S("a"), S("b")}));

  CHECK(contains(err("[1, 2"), "expected ',' or ']' at offset 5 (end of input)"));
  CHECK(contains(err("[1 2]"), "expected ',' or ']' at offset 3 near \"2]\""));
  CHECK(contains(err("["), "expected a value or ']'"));
  CHECK(contains(err("[,]"), "expected a value before ','"));
  CHECK(contains(err("[1,,2]"), "expected a value before ','"));
  CHECK(contains(err("[1]]"), "expected the end of the input after the value at offset 3"));
  CHECK(contains(err("[1)"), "expected ',' or ']'"));
  CHECK(contains(err("(1"), "expected ',' or ')'"));
  CHECK(contains(err("(1, 2"), "expected ',' or ')' at offset 5 (end of input)"));
  CHECK(contains(err("(1,"), "expected a value or ')'"));
  CHECK(contains(err("(,)"), "expected a value before ','"));
  CHECK(contains(err(")"), "expected a value before ')'"));
  CHECK(contains(err("1, 2 3"), "expected ',' or the end of the input"));
  CHECK(contains(err("@"), "expected a value (a string, number"));
}

TEST_CASE("python literal: dicts", "[pyliteral]") {
  CHECK(lit("{}") == Value::dict({}));
  CHECK(lit("{'a': 1}") == Value::dict({{"a", I(1)}}));
  CHECK(lit("{'a': 1,}") == Value::dict({{"a", I(1)}}));
  CHECK(lit("{\"b\": [1], 'a': {'c': None}}") ==
        Value::dict({{"b", Value::list({I(1)})}, {"a", Value::dict({{"c", Value::null()}})}}));
  CHECK(lit("{r'k' : u'v'}") == Value::dict({{"k", S("v")}}));
  CHECK(lit("{('k'): 1}") == Value::dict({{"k", I(1)}}));
  // Insertion order is kept; a repeated key keeps its first position and takes the last value.
  CHECK(lit("{'b': 1, 'a': 2, 'b': 3}") == Value::dict({{"b", I(3)}, {"a", I(2)}}));
  std::string big = "{";
  for (int i = 0; i < 40; ++i)
    big += "'k" + std::to_string(i) + "': " + std::to_string(i) + ", ";
  big += "'k3': 'again', 'k39': 'last'}";
  Value v = lit(big);
  REQUIRE(v.as_dict().size() == 40);
  CHECK(v.as_dict()[3] == std::make_pair(std::string("k3"), S("again")));
  CHECK(v.as_dict()[39] == std::make_pair(std::string("k39"), S("last")));
  CHECK(v.as_dict()[20] == std::make_pair(std::string("k20"), I(20)));

  CHECK(contains(err("{1: 'a'}"), "dict keys must be strings, got int at offset 1"));
  CHECK(contains(err("{'a': 1, None: 2}"), "dict keys must be strings, got null at offset 9"));
  CHECK(contains(err("{(1, 2): 3}"), "dict keys must be strings, got list"));
  CHECK(contains(err("{1.5: 3}"), "dict keys must be strings, got float"));
  CHECK(contains(err("{1, 2}"), "sets are not supported"));
  CHECK(contains(err("{'a'}"), "sets are not supported"));
  CHECK(contains(err("{'a', 'b'}"),
                 "sets are not supported (expected a dict {key: value}; use a list) at offset 0"));
  CHECK(contains(err("{'a' 1}"), "expected ':' after the dict key at offset 5"));
  CHECK(contains(err("{'a': 1, 'b'}"), "expected ':' after the dict key"));
  CHECK(contains(err("{'a': 1 'b': 2}"), "expected ',' or '}' at offset 8"));
  CHECK(contains(err("{'a': }"), "expected a value before '}'"));
  CHECK(contains(err("{'a': 1"), "expected ',' or '}' at offset 7 (end of input)"));
  CHECK(contains(err("{"), "expected a dict key (a string) or '}'"));
  CHECK(contains(err("{**d}"), "expected a value"));
  CHECK(contains(err("{'a': 1:2}"), "expected ',' or '}'"));
}

TEST_CASE("python literal: whitespace, comments and line joins", "[pyliteral]") {
  CHECK(lit("  \t[\n 1 ,\r\n\t2\f]\n  ") == Value::list({I(1), I(2)}));
  CHECK(lit("[1, # first\n 2]  # trailing") == Value::list({I(1), I(2)}));
  CHECK(lit("# leading\n'x'") == S("x"));
  CHECK(lit("[1,\\\n 2]") == Value::list({I(1), I(2)}));
  CHECK(lit("\xEF\xBB\xBF[1]") == Value::list({I(1)}));  // a UTF-8 byte order mark
  CHECK(contains(err(""), "expected a value at offset 0 (end of input)"));
  CHECK(contains(err("  \n "), "expected a value at offset 4 (end of input)"));
  CHECK(contains(err("# only a comment"), "expected a value"));
  CHECK(contains(err("[1 \\ 2]"), "expected ',' or ']'"));
}

TEST_CASE("python literal: nesting depth limit", "[pyliteral]") {
  const auto nested = [](int n, char open, char close) {
    return std::string(static_cast<size_t>(n), open) + std::string(static_cast<size_t>(n), close);
  };
  CHECK(lit(nested(256, '[', ']')).is_list());
  CHECK(contains(err(nested(257, '[', ']')), "nesting deeper than 256 levels at offset 256"));
  CHECK(contains(err(nested(100000, '[', ']')), "nesting deeper than 256 levels"));
  CHECK(contains(err(std::string(100000, '(') + "1" + std::string(100000, ')')),
                 "nesting deeper than 256 levels"));
  std::string dicts;
  for (int i = 0; i < 300; ++i)
    dicts += "{'a': ";
  CHECK(contains(err(dicts), "nesting deeper than 256 levels"));
  CHECK(lit("-" + std::string(200, '(') + "1" + std::string(200, ')')) == I(-1));
}

TEST_CASE("python literal: error messages name the offset and an excerpt", "[pyliteral]") {
  std::string text = "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None}]";
  CHECK(err(text) == "Python literal: expected ',' or ']' at offset 61 near \"}]\"");
  CHECK(err("[1 2222222222222222222222222222222]") ==
        "Python literal: expected ',' or ']' at offset 3 near \"222222222222222222222222...\"");
  // Control characters, quotes and backslashes are escaped; UTF-8 is kept whole.
  CHECK(contains(err("[1 \"\t\\\x01"), "near \"\\\"\\t\\\\\\x01\""));
  CHECK(contains(err("[1 \xC3\xA9]"), "near \"\xC3\xA9]\""));
  CHECK(contains(err("[1 \xFF]"), "near \"\\xff]\""));
  std::string cut = "[1 " + std::string(23, 'a') + "\xC3\xA9";
  CHECK(contains(err(cut), "near \"" + std::string(23, 'a') + "...\""));
}

TEST_CASE("python literal: never crashes on mangled input", "[pyliteral]") {
  const std::string base =
      "[{'instruction_id': ['a:b', \"c\"], 'kwargs': [{'n': -0x1F, 'f': 1.5e-3, 's': "
      "r'\\d' '''x\\u00e9\\ud83d\\ude00''', 'l': (1, [True, None],)}, None]}]  # c";
  REQUIRE(parse_python_literal(base).ok());
  const std::string alphabet = std::string("'\"\\[](){},:-+.0xeEj_ #\n\0\xFF\xC3", 24);
  size_t n_ok = 0;
  for (size_t i = 0; i <= base.size(); ++i) {
    n_ok += parse_python_literal(base.substr(0, i)).ok();  // every prefix
    n_ok += parse_python_literal(base.substr(i)).ok();     // every suffix
    for (char c : alphabet) {
      std::string changed = base;
      if (i < base.size()) changed[i] = c;  // every byte replaced
      n_ok += parse_python_literal(changed).ok();
      std::string inserted = base;
      inserted.insert(i, 1, c);  // every byte inserted
      n_ok += parse_python_literal(inserted).ok();
    }
  }
  CHECK(n_ok > 0);
}

TEST_CASE("python literal: large inputs parse in linear time", "[pyliteral]") {
  std::string list = "[";
  for (int i = 0; i < 50000; ++i)
    list += "{'k': 'v', 'n': 1},";
  list += "]";
  CHECK(lit(list).as_list().size() == 50000);

  std::string dict = "{";  // repeated keys go through the hash index
  for (int i = 0; i < 40000; ++i)
    dict += "'k" + std::to_string(i % 20000) + "': 1, ";
  dict += "}";
  CHECK(lit(dict).as_dict().size() == 20000);

  std::string str = "'" + std::string(1 << 18, 'x') + "\\n'";
  CHECK(lit(str).as_string().size() == (1u << 18) + 1);

  std::string concat;
  for (int i = 0; i < 50000; ++i)
    concat += "'ab' ";
  CHECK(lit(concat).as_string().size() == 100000);

  CHECK(contains(err(std::string(1 << 18, '9')), "integer does not fit in 64 bits"));
}
