"""precis as verl's reward function: IFEval-style constraints, one engine call per batch.

verl config (PPO / GRPO; the parquet rows carry reward_model.ground_truth as an open-instruct
ground_truth string, JSON, or parsed dicts)::

    reward_model.reward_manager=batch                       # one call per batch (recommended)
    custom_reward_function.path=examples/python/verl_reward.py
    custom_reward_function.name=compute_score
    # optional, merged into every call:
    +custom_reward_function.reward_kwargs.policy=fraction   # fraction | all | weighted
    +custom_reward_function.reward_kwargs.semantics=precise # precise | reference
    +custom_reward_function.reward_kwargs.preprocess=think  # think | none
    +custom_reward_function.reward_kwargs.return_dict=true  # log acc / constraints / passed

With the per-sample managers (reward_model.reward_manager=naive, dapo or prime) the same
`compute_score` works unchanged: it looks at its arguments and scores one sample or a batch.

Run here on a fake batch shaped like verl's (needs precis importable):

    PYTHONPATH=build/python python3 examples/python/verl_reward.py
"""

from precis.integrations.verl import compute_score, compute_score_batch  # noqa: F401  (verl loads these)


def _fake_rows():
    # Rows as verl's RLHFDataset reads them from parquet (datatrove's IFEval port).
    gt_words = (
        "[{'instruction_id': ['punctuation:no_comma', 'length_constraints:number_words'], "
        "'kwargs': [None, {'relation': 'less than', 'num_words': 12}]}]"
    )
    gt_end = {
        "instruction_id": ["startend:end_checker"],
        "kwargs": [{"end_phrase": "Any other questions?"}],
    }
    rows = []
    for gt, responses in (
        (gt_words, ["<think>short, no commas</think>Short answer without commas", "Yes, sure."]),
        (gt_end, ["Paris is the capital. Any other questions?", "Paris. Any questions?"]),
    ):
        for r in responses:
            rows.append({
                "data_source": "allenai/IF_multi_constraints_upto5",
                "prompt": [{"role": "user", "content": "..."}],
                "ability": "instruction_following",
                "reward_model": {"style": "ifeval", "ground_truth": gt},
                "extra_info": {"index": len(rows)},
                "response": r,  # what the rollout produced (decoded, special tokens skipped)
            })
    return rows


def main():
    rows = _fake_rows()
    reward_kwargs = {"return_dict": True}  # custom_reward_function.reward_kwargs

    # naive manager: one call per sample, keyword arguments.
    naive = [
        compute_score(
            data_source=row["data_source"],
            solution_str=row["response"],
            ground_truth=row["reward_model"]["ground_truth"],
            extra_info={**row["extra_info"], "num_turns": 2},
            **reward_kwargs,
        )
        for row in rows
    ]
    # prime manager: positional.
    prime = [compute_score(row["data_source"], row["response"], row["reward_model"]["ground_truth"],
                           row["extra_info"]) for row in rows]
    # batch manager: one call with lists.
    batch = compute_score(
        data_sources=[row["data_source"] for row in rows],
        solution_strs=[row["response"] for row in rows],
        ground_truths=[row["reward_model"]["ground_truth"] for row in rows],
        extra_infos=[row["extra_info"] for row in rows],
        **reward_kwargs,
    )
    for row, n, b in zip(rows, naive, batch):
        print(f"{b['score']:.2f}  acc={b['acc']:.0f}  {row['response']!r}")
    assert naive == batch
    assert prime == [b["score"] for b in batch] == [1.0, 0.5, 1.0, 0.0]
    print("verl example: ok")


if __name__ == "__main__":
    main()
