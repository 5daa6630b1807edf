"""precis.open_instruct_reward: open-instruct's IFEvalVerifier reward in one call."""

import json
import pathlib

import numpy as np
import pytest

import precis

SHARED = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "ifevalg" / "cases.jsonl"

GT = (
    "[{'instruction_id': ['punctuation:no_comma', 'keywords:existence'], "
    "'kwargs': [None, {'keywords': ['harbor']}]}]"
)


def test_single_response_returns_float():
    r = precis.open_instruct_reward("<think>a, b</think>The harbor is calm", GT)
    assert isinstance(r, float)
    assert r == 1.0


def test_fraction_and_think_stripping():
    # Only the text after the last </think> is checked: the comma in the thinking is ignored,
    # the comma in the answer fails no_comma; "harbor" is present: 1 of 2.
    assert precis.open_instruct_reward("<think>x</think>At the harbor, calm", GT) == 0.5
    # No </think>: the whole text is the answer, an unclosed <think> included.
    assert precis.open_instruct_reward("<think>harbor, yes", GT) == 0.5
    # <answer> tags are dropped.
    assert precis.open_instruct_reward("<answer>harbor</answer>", GT) == 1.0


def test_empty_answer_scores_zero():
    assert precis.open_instruct_reward("<think>harbor</think>   ", GT) == 0.0
    assert precis.open_instruct_reward("", GT) == 0.0


def test_batch_with_one_or_many_ground_truths():
    responses = ["harbor", "harbor, x", "nothing"]
    r = precis.open_instruct_reward(responses, GT)
    assert r.dtype == np.float32
    assert r.tolist() == [1.0, 0.5, 0.5]
    r2 = precis.open_instruct_reward(responses, [GT, GT, GT])
    assert r2.tolist() == r.tolist()


def test_bad_ground_truth_names_the_problem():
    with pytest.raises(ValueError, match="no_such"):
        precis.open_instruct_reward("x", "[{'instruction_id': ['no_such:id'], 'kwargs': [None]}]")


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is absent")
def test_equals_open_instruct_on_the_shared_ground_truth_rows():
    rows = [json.loads(l) for l in SHARED.read_text(encoding="utf-8").splitlines() if l.strip()]
    rows = [r for r in rows if "ground_truth" in r]
    assert len(rows) == 28
    got = precis.open_instruct_reward([r["response"] for r in rows], [r["ground_truth"] for r in rows])
    want = np.array([r["reward"] for r in rows], dtype=np.float32)
    assert np.allclose(got, want, atol=1e-6), [
        (i, float(g), float(w)) for i, (g, w) in enumerate(zip(got, want)) if abs(g - w) > 1e-6
    ]
