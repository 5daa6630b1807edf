"""precis.Scorer: spec forms, policies, preprocessing, determinism, concurrency, bad input."""

import json
import threading

import numpy as np
import pytest

import precis

NO_COMMA = "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]"
TWO = (
    "[{'instruction_id': ['punctuation:no_comma', 'length_constraints:number_words'], "
    "'kwargs': [None, {'relation': 'at least', 'num_words': 3}]}]"
)
TWO_PARSED = [
    {
        "instruction_id": ["punctuation:no_comma", "length_constraints:number_words"],
        "kwargs": [None, {"relation": "at least", "num_words": 3}],
    }
]
WORDS_LT5 = {"instruction_id": ["length_constraints:number_words"],
             "kwargs": [{"relation": "less than", "num_words": 5}]}

# (response, no_comma passes, at-least-3-words passes)
CASES = [
    ("one two three", True, True),
    ("one, two, three", False, True),
    ("hi there", True, False),
    ("a, b", False, False),
]


def responses():
    return [c[0] for c in CASES]


def test_score_returns_float32_per_response():
    s = precis.Scorer(TWO)
    r = s.score(responses())
    assert isinstance(r, np.ndarray) and r.dtype == np.float32 and r.shape == (4,)


@pytest.mark.parametrize(
    "policy,expected",
    [("all", [1, 0, 0, 0]), ("fraction", [1, 0.5, 0.5, 0])],
)
def test_policies(policy, expected):
    s = precis.Scorer(TWO, policy=policy)
    np.testing.assert_allclose(s.score(responses()), expected)


def test_weighted_policy():
    s = precis.Scorer(TWO, policy="weighted", weights={"punctuation:no_comma": 3.0})
    np.testing.assert_allclose(s.score(responses()), [1, 0.25, 0.75, 0])
    with pytest.raises(ValueError, match="unknown instruction id"):
        precis.Scorer(TWO, policy="weighted", weights={"nope:nope": 1.0})
    with pytest.raises(ValueError, match="weighted"):
        precis.Scorer(TWO, policy="all", weights={"punctuation:no_comma": 2})


def test_bad_options():
    for kw in ({"policy": "most"}, {"semantics": "loose"}, {"preprocess": "strip"},
               {"preprocess": "markers"}, {"threads": -1}):
        with pytest.raises(ValueError):
            precis.Scorer(TWO, **kw)


def test_preprocess_think():
    s = precis.Scorer(NO_COMMA, preprocess="think")
    rs = [
        "<think>hmm, let me think</think>the answer has no commas",
        "<think>no commas in thought</think>but, here",
        "<|assistant|><think>a</think><answer>fine answer</answer>",
        "<think>only thinking, nothing else</think>   ",
        "<think>unclosed, so the whole text counts",
        "",
    ]
    np.testing.assert_array_equal(s.score(rs), [1, 0, 1, 0, 0, 0])
    plain = precis.Scorer(NO_COMMA, preprocess="none")
    np.testing.assert_array_equal(plain.score(rs[:2]), [0, 0])


def test_preprocess_markers():
    s = precis.Scorer(NO_COMMA, preprocess="markers", start_marker="<ans>", end_marker="</ans>")
    np.testing.assert_array_equal(
        s.score(["x, y <ans>clean</ans> z, w", "<ans>a, b</ans>", "no markers here"]), [1, 0, 1]
    )


def test_loose_option():
    text = "Sure, here you go\nthe body has no commas at all"
    assert precis.Scorer(NO_COMMA).score([text])[0] == 0
    assert precis.Scorer(NO_COMMA, loose=True).score([text])[0] == 1


def test_spec_forms_agree():
    row = {"key": 1, "prompt": "p", "instruction_id_list": TWO_PARSED[0]["instruction_id"],
           "kwargs": [{}, {"relation": "at least", "num_words": 3}]}
    forms = [TWO, json.dumps(TWO_PARSED), TWO_PARSED, TWO_PARSED[0], row, json.dumps(row),
             json.dumps(json.dumps(TWO_PARSED)),
             {"instruction_id": np.array(TWO_PARSED[0]["instruction_id"]),
              "kwargs": [None, {"relation": "at least", "num_words": np.int64(3)}]}]
    expected = precis.Scorer(TWO, policy="fraction").score(responses())
    for form in forms:
        s = precis.Scorer(policy="fraction")
        got = s.score(responses(), specs=[form])
        np.testing.assert_array_equal(got, expected, err_msg=repr(form))
        assert precis.Scorer(form, policy="fraction").score(responses()).tolist() == expected.tolist()


def test_one_spec_per_response_and_programs():
    s = precis.Scorer([NO_COMMA, WORDS_LT5, NO_COMMA, WORDS_LT5])
    np.testing.assert_array_equal(
        s.score(["a, b", "one two", "ok", "one two three four five six"]), [0, 1, 1, 0]
    )
    progs = s.compile([NO_COMMA, WORDS_LT5])
    assert progs.dtype == np.uint32 and progs.tolist() == [0, 1]
    np.testing.assert_array_equal(s.score(["a, b", "a, b"], programs=[1, 0]), [1, 0])
    np.testing.assert_array_equal(s.score(["a, b", "a b"], programs=0), [0, 1])
    assert s.constraint_ids(1) == ["length_constraints:number_words"]
    with pytest.raises(ValueError, match="2 responses"):
        s.score(["a", "b"])
    with pytest.raises(ValueError, match="programs"):
        s.score(["a"], programs=[7])
    with pytest.raises(ValueError, match="not both"):
        s.score(["a"], programs=[0], specs=[NO_COMMA])
    with pytest.raises(ValueError, match="no specs"):
        precis.Scorer().score(["a"])


def test_compile_cache_reuses_programs():
    s = precis.Scorer()
    idx = s.compile([TWO] * 100 + [NO_COMMA] * 50 + [TWO])
    assert s.program_count == 2
    assert set(idx.tolist()) == {0, 1}
    assert s.add(TWO) == 0
    s.score(["x"] * 10, specs=[NO_COMMA] * 10)
    assert s.program_count == 2


def test_verdicts_and_explain():
    s = precis.Scorer(TWO)
    v = s.verdicts(responses())
    assert [x.tolist() for x in v] == [[c[1], c[2]] for c in CASES]
    b = s.score_with_verdicts(responses())
    assert b.passed_counts().tolist() == [2, 1, 1, 0]
    assert b.sizes().tolist() == [2, 2, 2, 2]
    assert b.of(1).tolist() == [False, True]
    ex = s.explain("a, b")
    assert [e.id for e in ex] == ["punctuation:no_comma", "length_constraints:number_words"]
    assert [e.passed for e in ex] == [False, False] and all(e.reason for e in ex)
    mixed = precis.Scorer([NO_COMMA, WORDS_LT5])
    v = mixed.verdicts(["a, b", "one two"])
    assert [x.tolist() for x in v] == [[False], [True]]


def test_bad_ground_truths_name_the_sample():
    s = precis.Scorer()
    bad = [
        "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]",  # unclosed
        "[{'instruction_id': ['punctuation:no_coma'], 'kwargs': [None]}]",  # unknown id
        "[{'instruction_id': ['length_constraints:number_words'], 'kwargs': [{'num_words': 3}]}]",
        "[]",
        "__import__('os')",
        None,
        42,
        {"instruction_id": ["punctuation:no_comma"], "kwargs": [{"x": object()}]},
    ]
    for form in bad:
        with pytest.raises(ValueError, match="sample 2"):
            s.score(["a", "b", "c"], specs=[NO_COMMA, NO_COMMA, form])
    with pytest.raises(ValueError, match="sample 0"):
        precis.Scorer(["[{'instruction_id': ['x:y'], 'kwargs': [None]}]"])


def test_response_types():
    s = precis.Scorer(NO_COMMA)
    np.testing.assert_array_equal(
        s.score([b"bytes, ok", "caf\u00e9 \U0001F600", "\ud800 surrogate", b"\xff\xfe bad"]),
        [0, 1, 1, 1],
    )
    np.testing.assert_array_equal(s.score(("a", "b,")), [1, 0])
    np.testing.assert_array_equal(s.score(np.array(["a", "b,"])), [1, 0])
    assert s.score([]).shape == (0,)
    with pytest.raises(TypeError, match="response 1"):
        s.score(["a", 3])
    with pytest.raises(TypeError):
        s.score("a single string")


def _big_batch(n=3000):
    specs = [NO_COMMA, TWO, WORDS_LT5, json.dumps(TWO_PARSED)]
    rng = np.random.default_rng(7)
    words = ["alpha", "beta,", "gamma", "delta.", "<think>x, y</think>", "\n\n", "eps"]
    rs = [" ".join(rng.choice(words, size=rng.integers(0, 40))) for _ in range(n)]
    gts = [specs[i % len(specs)] for i in range(n)]
    return rs, gts


def test_threads_do_not_change_rewards():
    rs, gts = _big_batch()
    results = []
    for threads in (1, 2, 4, 0):
        s = precis.Scorer(policy="fraction", preprocess="think", threads=threads)
        b = s.score_with_verdicts(rs, specs=gts)
        results.append((b.rewards.tobytes(), b.verdicts.tobytes()))
    assert all(r == results[0] for r in results)


def test_eight_python_threads_at_once():
    rs, gts = _big_batch(2000)
    s = precis.Scorer(policy="fraction", preprocess="think")
    expected = s.score(rs, specs=gts)
    out = [None] * 8
    errors = []
    barrier = threading.Barrier(8)

    def work(k):
        try:
            barrier.wait()
            for _ in range(3):
                # Each thread also compiles (cache hits) while others score.
                r = s.score(rs, specs=gts)
                assert np.array_equal(r, expected)
            out[k] = r
        except Exception as e:  # noqa: BLE001
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    for r in out:
        np.testing.assert_array_equal(r, expected)


def test_gil_is_released_while_scoring():
    # While one thread scores a large batch, another Python thread keeps running.
    rs = ["word " * 2000] * 4000
    s = precis.Scorer(WORDS_LT5, threads=1)
    ticks = []
    done = threading.Event()

    def ticker():
        while not done.is_set():
            ticks.append(1)
            done.wait(0.001)

    t = threading.Thread(target=ticker)
    t.start()
    try:
        s.score(rs)
    finally:
        done.set()
        t.join()
    assert len(ticks) > 1
