"""The trainer adapters, called the way each trainer calls them."""

import importlib.util
import inspect
import pathlib
import sys

import numpy as np
import pytest

import precis
from precis.integrations import get_scorer
from precis.integrations import openrlhf, trl, verl

ROOT = pathlib.Path(__file__).resolve().parents[2]

GT = (
    "[{'instruction_id': ['punctuation:no_comma', 'length_constraints:number_words'], "
    "'kwargs': [None, {'relation': 'at least', 'num_words': 3}]}]"
)
GT_JSON = ('[{"instruction_id": ["keywords:existence"], "kwargs": [{"keywords": ["ocean"]}]}]')
BAD = "[{'instruction_id': ['punctuation:no_coma'], 'kwargs': [None]}]"

RESPONSES = [
    "one two three",                           # 2/2
    "one, two, three",                         # 1/2
    "<think>a, b, c</think>four five six",     # 2/2 after think stripping
    "the ocean",                               # GT_JSON: 1/1
    "the sea",                                 # GT_JSON: 0/1
]
GTS = [GT, GT, GT, GT_JSON, {"instruction_id": ["keywords:existence"], "kwargs": [{"keywords": ["ocean"]}]}]
EXPECTED = [1.0, 0.5, 1.0, 1.0, 0.0]


def load_by_path(path, name):
    # How verl (get_custom_reward_fn) and OpenRLHF load a reward file.
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# --- verl ------------------------------------------------------------------------------------


def test_verl_signatures():
    params = list(inspect.signature(verl.compute_score).parameters)
    assert params[:4] == ["data_source", "solution_str", "ground_truth", "extra_info"]
    for p in ("data_sources", "solution_strs", "ground_truths", "extra_infos"):
        assert p in params
        assert p in inspect.signature(verl.compute_score_batch).parameters


def test_verl_naive_keywords_and_positional():
    got = [verl.compute_score(data_source="allenai/IF_multi_constraints_upto5", solution_str=r,
                              ground_truth=g, extra_info={"index": i, "num_turns": 1})
           for i, (r, g) in enumerate(zip(RESPONSES, GTS))]
    assert got == EXPECTED
    assert all(type(x) is float for x in got)
    assert [verl.compute_score("ifeval", r, g, None) for r, g in zip(RESPONSES, GTS)] == EXPECTED


def test_verl_batch_both_names():
    kw = dict(data_sources=["ifeval"] * 5, solution_strs=RESPONSES, ground_truths=GTS,
              extra_infos=[{}] * 5)
    assert verl.compute_score(**kw) == EXPECTED
    assert verl.compute_score_batch(**kw) == EXPECTED
    # positional batch form
    assert verl.compute_score(["ifeval"] * 5, RESPONSES, GTS, [None] * 5) == EXPECTED


def test_verl_return_dict_and_reward_kwargs():
    out = verl.compute_score(data_sources=["x"] * 5, solution_strs=RESPONSES, ground_truths=GTS,
                             extra_infos=[None] * 5, return_dict=True, failed_ids=True)
    assert [d["score"] for d in out] == EXPECTED
    assert [d["acc"] for d in out] == [1.0, 0.0, 1.0, 1.0, 0.0]
    assert [d["constraints"] for d in out] == [2, 2, 2, 1, 1]
    assert [d["passed"] for d in out] == [2, 1, 2, 1, 0]
    assert out[1]["failed_ids"] == "punctuation:no_comma" and out[0]["failed_ids"] == ""
    assert len({tuple(d) for d in out}) == 1  # the same keys for every sample (verl needs that)
    single = verl.compute_score("x", RESPONSES[1], GT, None, return_dict=True)
    assert single == {k: v for k, v in out[1].items() if k != "failed_ids"}
    # reward_kwargs change the reward: all-or-nothing, scaled, no think stripping
    assert verl.compute_score("x", RESPONSES[1], GT, policy="all") == 0.0
    assert verl.compute_score("x", RESPONSES[0], GT, scale=10.0) == 10.0
    assert verl.compute_score("x", RESPONSES[2], GT, preprocess="none") == 0.5
    # manager-specific arguments are ignored, typos are not
    assert verl.compute_score("x", RESPONSES[0], GT, sandbox_fusion_url=None) == 1.0
    with pytest.raises(TypeError, match="polcy"):
        verl.compute_score("x", RESPONSES[0], GT, polcy="all")


def test_verl_bad_ground_truth_names_sample():
    with pytest.raises(ValueError, match="sample 2"):
        verl.compute_score(data_sources=["x"] * 3, solution_strs=["a"] * 3,
                           ground_truths=[GT, GT, BAD], extra_infos=[None] * 3)
    with pytest.raises(ValueError, match="sample 0"):
        verl.compute_score("x", "a", BAD)
    with pytest.raises(ValueError, match="sample 0"):
        verl.compute_score("x", "a", None)


def test_verl_file_loads_by_path():
    for path in (ROOT / "examples/python/verl_reward.py",
                 pathlib.Path(verl.__file__)):
        module = load_by_path(path, "custom_module")
        assert module.compute_score("x", RESPONSES[0], GT) == 1.0


# --- TRL -------------------------------------------------------------------------------------


def test_trl_signature_and_name():
    params = list(inspect.signature(trl.ifeval_reward).parameters)
    assert params[:3] == ["prompts", "completions", "completion_ids"]
    assert trl.ifeval_reward.__name__ == "precis_ifeval"
    f = trl.make_reward_func(name="ifeval_all", policy="all")
    assert f.__name__ == "ifeval_all"
    assert trl.make_reward_func(policy="all").__name__ == "precis_ifeval"


def test_trl_standard_and_conversational():
    prompts = ["p"] * 5
    std = trl.ifeval_reward(prompts=prompts, completions=RESPONSES, completion_ids=[[1]] * 5,
                            ground_truth=GTS, trainer_state=None, log_extra=None, key=list(range(5)))
    assert std == EXPECTED and all(type(x) is float for x in std)
    conv = trl.ifeval_reward(
        prompts=[[{"role": "user", "content": "p"}]] * 5,
        completions=[[{"role": "assistant", "content": r}] for r in RESPONSES],
        ground_truth=GTS,
    )
    assert conv == EXPECTED
    # multi-message completions: the last assistant message; multimodal content parts
    multi = trl.ifeval_reward(
        prompts=["p"],
        completions=[[{"role": "assistant", "content": "a, b"},
                      {"role": "tool", "content": "x"},
                      {"role": "assistant", "content": [{"type": "text", "text": "one two three"}]}]],
        ground_truth=[GT],
    )
    assert multi == [1.0]


def test_trl_options_and_errors():
    f = trl.make_reward_func(policy="all", scale=2.0, ground_truth_key="constraints")
    assert f(prompts=["p"] * 2, completions=RESPONSES[:2], constraints=[GT, GT]) == [2.0, 0.0]
    with pytest.raises(ValueError, match="ground_truth"):
        trl.ifeval_reward(prompts=["p"], completions=["x"], answer=["y"])
    with pytest.raises(ValueError, match="sample 1"):
        trl.ifeval_reward(prompts=["p"] * 2, completions=["x"] * 2, ground_truth=[GT, BAD])
    with pytest.raises(TypeError):
        trl.make_reward_func(semantic="precise")


# --- OpenRLHF --------------------------------------------------------------------------------


def chatml(user):
    return f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n"


def llama3(user):
    return ("<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\n" + user +
            "<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n")


def test_openrlhf_signature_and_output():
    params = list(inspect.signature(openrlhf.reward_func).parameters)
    assert params[:3] == ["queries", "prompts", "labels"]
    prompts = [chatml(f"q{i}") for i in range(5)]
    queries = [p + r + "<|im_end|>" for p, r in zip(prompts, RESPONSES)]
    out = openrlhf.reward_func(queries, prompts, GTS)
    assert set(out) == {"rewards", "scores", "extra_logs"}
    rewards = np.asarray(out["rewards"])
    assert rewards.dtype == np.float32 and rewards.tolist() == EXPECTED
    assert np.asarray(out["scores"]).tolist() == EXPECTED
    logs = out["extra_logs"]
    assert np.asarray(logs["precis_all_passed"]).tolist() == [1, 0, 1, 1, 0]
    try:
        import torch  # noqa: F401
    except ImportError:
        assert isinstance(out["rewards"], np.ndarray)
    else:
        assert isinstance(out["rewards"], torch.Tensor)


def test_openrlhf_prompt_cutting():
    r = "Ends with the phrase. Any other questions?"
    for template in (chatml, llama3):
        p = template("say it")
        assert openrlhf.extract_response(p + r + "<|im_end|>", p) == r
        assert openrlhf.extract_response(p + r + "<|eot_id|><|end_of_text|>", p) == r
        # BOS decoded in front of the prompt
        assert openrlhf.extract_response("<s>" + p + r + "</s>", p) == r
        # prompt not a prefix (re-tokenization changed it): text after the last assistant marker
        assert openrlhf.extract_response(p + r + "<|im_end|>", "something else") == r
    label = [{"instruction_id": ["startend:end_checker"],
              "kwargs": [{"end_phrase": "Any other questions?"}]}]
    p = llama3("say it")
    out = openrlhf.reward_func([p + r + "<|eot_id|>"], [p], [label])
    assert np.asarray(out["rewards"]).tolist() == [1.0]


def test_openrlhf_options_and_errors():
    f = openrlhf.make_reward_func(policy="all", scale=10.0)
    p = chatml("x")
    out = f([p + RESPONSES[0], p + RESPONSES[1]], [p, p], [GT, GT])
    assert np.asarray(out["rewards"]).tolist() == [10.0, 0.0]
    assert np.asarray(out["scores"]).tolist() == [1.0, 0.0]
    with pytest.raises(ValueError, match="sample 1"):
        openrlhf.reward_func([p + "a", p + "b"], [p, p], [GT, BAD])
    with pytest.raises(ValueError):
        openrlhf.reward_func([p + "a"], [p], None)
    module = load_by_path(ROOT / "examples/python/openrlhf_reward.py", "reward_module")
    assert np.asarray(module.reward_func([p + "one two three"], [p], [GT])["rewards"]).tolist() == [1.0]


def test_adapters_share_one_scorer_per_option_set():
    assert get_scorer() is get_scorer()
    assert get_scorer(policy="all") is not get_scorer()
    kw = dict(data_sources=["x"] * 5, solution_strs=RESPONSES, ground_truths=GTS,
              extra_infos=[None] * 5)
    verl.compute_score(**kw)
    n = get_scorer().program_count
    for _ in range(3):
        verl.compute_score(**kw)
        trl.ifeval_reward(prompts=["p"] * 5, completions=RESPONSES, ground_truth=GTS)
    assert get_scorer().program_count == n  # repeated ground truths are not compiled again
    assert isinstance(get_scorer(), precis.Scorer)
