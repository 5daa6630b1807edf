"""precis as a TRL reward function (GRPOTrainer).

::

    from datasets import load_dataset
    from trl import GRPOConfig, GRPOTrainer
    from precis.integrations.trl import ifeval_reward, make_reward_func

    # rows: {"prompt": ..., "ground_truth": "[{'instruction_id': [...], 'kwargs': [...]}]"}
    dataset = load_dataset("allenai/IF_multi_constraints_upto5", split="train")
    trainer = GRPOTrainer(
        model="Qwen/Qwen2.5-0.5B-Instruct",
        reward_funcs=ifeval_reward,            # or make_reward_func(policy="all", semantics="reference")
        args=GRPOConfig(output_dir="out"),
        train_dataset=dataset,
    )

TRL hands every dataset column to the reward function as a keyword argument, so the
`ground_truth` column is read directly. Standard (list[str]) and conversational
(list[list[{"role", "content"}]]) completions both work.

Run here on fake batches shaped like TRL's (needs precis importable):

    PYTHONPATH=build/python python3 examples/python/trl_reward.py
"""

from precis.integrations.trl import ifeval_reward, make_reward_func


def _calculate_rewards(reward_func, inputs, prompts, completions, completion_ids):
    # What trl/trainer/grpo_trainer.py::_calculate_rewards does for a custom function.
    keys = [k for k in inputs[0] if k not in ("prompt", "completion", "completion_ids")]
    reward_kwargs = {k: [example[k] for example in inputs] for k in keys}
    reward_kwargs["trainer_state"] = None
    return reward_func(prompts=prompts, completions=completions, completion_ids=completion_ids,
                       **reward_kwargs)


def main():
    gt = (
        "[{'instruction_id': ['punctuation:no_comma', 'keywords:existence'], "
        "'kwargs': [None, {'keywords': ['ocean']}]}]"
    )
    inputs = [{"prompt": "Describe the sea without commas; mention the ocean.", "ground_truth": gt,
               "key": k} for k in range(4)]
    texts = [
        "The ocean is wide and deep and blue.",
        "The ocean is wide, deep, and blue.",
        "<think>the sea, hmm</think>Waves roll in from the ocean.",
        "The sea is calm.",
    ]
    ids = [[1, 2, 3]] * 4

    # Standard format.
    prompts = [x["prompt"] for x in inputs]
    standard = _calculate_rewards(ifeval_reward, inputs, prompts, texts, ids)

    # Conversational format.
    conv_prompts = [[{"role": "user", "content": p}] for p in prompts]
    conv_completions = [[{"role": "assistant", "content": t}] for t in texts]
    conversational = _calculate_rewards(ifeval_reward, inputs, conv_prompts, conv_completions, ids)

    strict = make_reward_func(name="precis_ifeval_all", policy="all")
    all_or_nothing = _calculate_rewards(strict, inputs, prompts, texts, ids)

    for t, r, a in zip(texts, standard, all_or_nothing):
        print(f"fraction={r:.2f} all={a:.0f}  {t!r}")
    assert standard == conversational == [1.0, 0.5, 1.0, 0.5]
    assert all_or_nothing == [1.0, 0.0, 1.0, 0.0]
    assert ifeval_reward.__name__ == "precis_ifeval" and strict.__name__ == "precis_ifeval_all"
    print("TRL example: ok")


if __name__ == "__main__":
    main()
