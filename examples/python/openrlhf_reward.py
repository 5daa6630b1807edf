"""precis as OpenRLHF's remote reward function.

OpenRLHF loads this file and calls its `reward_func(queries, prompts, labels, **kwargs)`::

    python3 -m openrlhf.cli.train_ppo_ray ... \
        --remote_rm_url /path/to/precis/examples/python/openrlhf_reward.py \
        --label_key ground_truth \
        --prompt_data <dataset with a ground_truth column> --input_key messages --apply_chat_template

(newer OpenRLHF: `--reward.remote_url` and `--data.label_key`). `queries` are prompt + response
decoded with special tokens; precis cuts the prompt off, drops trailing end-of-turn tokens, and
scores the response. The result holds torch tensors when torch is importable, numpy arrays
otherwise. To change the options, replace the last import with e.g.
`reward_func = make_reward_func(policy="all", scale=10.0)`.

Run here on a fake batch shaped like OpenRLHF's (needs precis importable):

    PYTHONPATH=build/python python3 examples/python/openrlhf_reward.py
"""

from precis.integrations.openrlhf import make_reward_func, reward_func  # noqa: F401


def _chatml(user):
    return (f"<|im_start|>system\nYou are a helpful assistant.<|im_end|>\n"
            f"<|im_start|>user\n{user}<|im_end|>\n<|im_start|>assistant\n")


def main():
    label = (
        "[{'instruction_id': ['length_constraints:number_words', 'punctuation:no_comma'], "
        "'kwargs': [{'relation': 'at least', 'num_words': 5}, None]}]"
    )
    prompts = [_chatml("Write at least five words and no commas.")] * 3
    responses = [
        "Here are five words for you",
        "Sure, here are some words",
        "Too short",
    ]
    queries = [p + r + "<|im_end|>" for p, r in zip(prompts, responses)]
    labels = [label] * 3

    out = reward_func(queries, prompts, labels)
    rewards = [float(x) for x in out["rewards"]]
    print("rewards", rewards, "extra_logs", {k: [float(x) for x in v] for k, v in out["extra_logs"].items()})
    assert rewards == [1.0, 0.5, 0.5]

    # OpenRLHF calls the function one sample at a time (asyncio.to_thread); same rewards.
    one_by_one = [float(reward_func([q], [p], [lbl])["rewards"][0])
                  for q, p, lbl in zip(queries, prompts, labels)]
    assert one_by_one == rewards

    # A BOS decoded in front of the prompt, or a prompt that is not a prefix at all, still works.
    shifted = ["<|endoftext|>" + q for q in queries]
    assert [float(x) for x in reward_func(shifted, prompts, labels)["scores"]] == rewards
    assert [float(x) for x in reward_func(queries, ["(other text)"] * 3, labels)["scores"]] == rewards
    print("OpenRLHF example: ok")


if __name__ == "__main__":
    main()
