"""precis.lint: a dataset's test suite can assert that its prompts are clean."""

import json
import pathlib

import pytest

import precis

SHARED = pathlib.Path(__file__).resolve().parents[3] / "shared" / "data" / "ifeval" / "input_data.jsonl"


def row(key, prompt, ids, kwargs):
    return {"key": key, "prompt": prompt, "instruction_id_list": ids, "kwargs": kwargs}


def test_clean_rows_have_no_findings():
    rows = [row(1, "Do not use any commas. Write at least 300 words.",
                ["punctuation:no_comma", "length_constraints:number_words"],
                [{}, {"relation": "at least", "num_words": 300}])]
    assert precis.lint(rows) == []


def test_findings_carry_level_kind_line_key_id():
    rows = [
        row(1, "p", ["punctuation:no_coma"], [{}]),
        row(2, "Wrap it in double quotation marks.", ["startend:quotation", "startend:quotation"], [{}, {}]),
        row(3, "Write at least 400 words.", ["length_constraints:number_words"],
            [{"relation": "at least", "num_words": 336}]),
    ]
    found = precis.lint(rows)
    kinds = {(f.line, f.key, f.kind, f.level) for f in found}
    assert (1, 1, "unknown-id", "error") in kinds
    assert (2, 2, "duplicate-constraint", "error") in kinds
    assert (3, 3, "kwargs-mismatch", "warning") in kinds
    f = next(f for f in found if f.kind == "kwargs-mismatch")
    assert f.id == "length_constraints:number_words"
    assert "400" in f.message
    assert "kwargs-mismatch" in str(f)
    assert isinstance(f, tuple) and f.file == ""


def test_json_strings_and_ground_truth_rows():
    gt = {"messages": [{"role": "user", "content": "Answer in at most 150 words."}],
          "ground_truth": "[{'instruction_id': ['length_constraints:number_words'], "
                          "'kwargs': [{'relation': 'less than', 'num_words': 151}]}]"}
    assert precis.lint([json.dumps(gt)], ground_truth="ground_truth") == []
    bad = dict(gt, ground_truth="[{'instruction_id': ['nope:nope'], 'kwargs': [None]}]")
    found = precis.lint([bad], ground_truth="ground_truth")
    assert [f.kind for f in found if f.level == "error"] == ["unknown-id"]


def test_a_path_and_bad_input(tmp_path):
    path = tmp_path / "rows.jsonl"
    path.write_text(json.dumps(row(5, "p", ["punctuation:no_comma"], [{}])) + "\n{oops\n")
    found = precis.lint(path)
    assert [(f.kind, f.line) for f in found] == [("bad-row", 2)]
    assert found[0].file == str(path)
    with pytest.raises(ValueError):
        precis.lint(tmp_path / "missing.jsonl")
    with pytest.raises(ValueError):
        precis.lint([], semantics="loose")


@pytest.mark.skipif(not SHARED.exists(), reason="../shared/data is absent")
def test_shared_ifeval_prompts():
    found = precis.lint(SHARED)
    assert not [f for f in found if f.kind in ("bad-row", "unknown-id", "bad-kwargs")]
    assert any(f.key == 337 and f.kind == "kwargs-mismatch" for f in found)
    assert any(f.key == 30 and f.kind == "duplicate-constraint" for f in found)
