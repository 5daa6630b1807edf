"""The IFBench version (head / paper) is selectable from Python, per check and per Scorer."""

import numpy as np
import pytest

import precis

# Punkt keeps "Prof. Smith" in one sentence (head); IFEval's regex splitter, which the paper-era
# IFBench used, cuts after "Prof." and that fragment has no emoji.
TEXT = "I met Prof. Smith today 😀."


def test_check_follows_the_version():
    assert precis.check(TEXT, "format:emoji", semantics="reference")
    assert precis.check(TEXT, "format:emoji", semantics="reference", ifbench_version="head")
    assert not precis.check(TEXT, "format:emoji", semantics="reference", ifbench_version="paper")
    # precise does not depend on the version
    assert precis.check(TEXT, "format:emoji", ifbench_version="paper")


def test_explain_names_the_failing_sentence():
    passed, reason = precis.explain(
        TEXT, "format:emoji", semantics="reference", ifbench_version="paper"
    )
    assert not passed
    assert "sentence 1" in reason


def test_scorer_follows_the_version():
    spec = {"instruction_id_list": ["format:emoji"], "kwargs": [{}]}
    head = precis.Scorer(spec, semantics="reference")
    paper = precis.Scorer(spec, semantics="reference", ifbench_version="paper")
    assert head.ifbench_version == "head"
    np.testing.assert_array_equal(head.score([TEXT]), np.array([1.0], dtype=np.float32))
    np.testing.assert_array_equal(paper.score([TEXT]), np.array([0.0], dtype=np.float32))


def test_bad_version_is_a_value_error():
    with pytest.raises(ValueError, match="ifbench_version"):
        precis.check(TEXT, "format:emoji", ifbench_version="2025")
    with pytest.raises(ValueError, match="ifbench_version"):
        precis.Scorer(ifbench_version="tip")


def test_data_dir_is_settable():
    # Setting the folder the tests already use changes nothing; the function exists and takes
    # a path.
    import os

    folder = os.environ.get("PRECIS_DATA")
    if folder:
        precis.set_data_dir(folder)
    assert precis.check("Hello there 😀.", "format:emoji")
