"""precis.check / precis.explain / list_ids / describe."""

import pytest

import precis


def test_list_ids_has_the_core_ids():
    ids = precis.list_ids()
    assert ids == sorted(ids)
    for i in ("punctuation:no_comma", "length_constraints:number_words"):
        assert i in ids


def test_check_no_comma():
    assert precis.check("no commas here", "punctuation:no_comma") is True
    assert precis.check("one, two", "punctuation:no_comma") is False


def test_check_with_kwargs_and_semantics():
    text = "one two three four"
    kw = dict(relation="less than", num_words=5)
    assert precis.check(text, "length_constraints:number_words", **kw)
    assert precis.check(text, "length_constraints:number_words", semantics="reference", **kw)
    assert not precis.check(text, "length_constraints:number_words", relation="at least", num_words=5)


def test_explain_is_a_pair_with_a_reason():
    passed, reason = precis.explain("a, b", "punctuation:no_comma")
    assert passed is False
    assert isinstance(reason, str) and reason
    e = precis.explain("ab", "punctuation:no_comma")
    assert e.passed and e.reason


def test_blank_response_fails_with_reason():
    passed, reason = precis.explain("   \n", "punctuation:no_comma")
    assert not passed
    assert "empty" in reason


def test_loose_reading():
    text = "Sure, here it is\nno commas in the body"
    assert not precis.check(text, "punctuation:no_comma")
    assert precis.check(text, "punctuation:no_comma", loose=True)
    passed, reason = precis.explain(text, "punctuation:no_comma", loose=True)
    assert passed and "loose" in reason


def test_none_kwargs_are_dropped():
    assert precis.check("abc", "punctuation:no_comma", unused=None)


def test_unknown_id_is_a_value_error():
    with pytest.raises(ValueError, match="punctuation:no_coma"):
        precis.check("x", "punctuation:no_coma")


def test_bad_kwargs_are_value_errors():
    with pytest.raises(ValueError, match="num_words"):
        precis.check("x", "length_constraints:number_words", relation="less than")
    with pytest.raises(ValueError, match="relation"):
        precis.check("x", "length_constraints:number_words", relation="about", num_words=3)
    with pytest.raises(ValueError):
        precis.check("x", "punctuation:no_comma", semantics="lenient")
    with pytest.raises(ValueError):
        precis.check("x", "length_constraints:number_words", relation="less than", num_words=object())


def test_describe():
    d = precis.describe("length_constraints:number_words")
    assert d["id"] == "length_constraints:number_words"
    assert {k["name"] for k in d["kwargs"]} >= {"relation", "num_words"}
    with pytest.raises(ValueError, match="did you mean"):
        precis.describe("length_constraints:number_word")


def test_bytes_and_invalid_text_do_not_crash():
    assert precis.check(b"abc", "punctuation:no_comma")
    assert precis.check("\ud800 lone surrogate", "punctuation:no_comma")
    with pytest.raises(TypeError):
        precis.check(123, "punctuation:no_comma")
