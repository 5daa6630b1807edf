"""precis as a TRL reward function (GRPOTrainer, RLOOTrainer, ...).

::

    from precis.integrations.trl import ifeval_reward, make_reward_func
    trainer = GRPOTrainer(model=..., reward_funcs=ifeval_reward, train_dataset=dataset, ...)
    # or configured:
    trainer = GRPOTrainer(..., reward_funcs=make_reward_func(policy="all", semantics="reference"))

The dataset needs a ``ground_truth`` column (any form precis accepts: open-instruct's
Python-literal string, JSON, an IFEval row, or parsed dicts/lists); TRL passes every extra column
to reward functions as a keyword argument. Completions may be standard (``list[str]``) or
conversational (``list[list[{"role", "content"}]]``: the last assistant message is scored).
The whole batch is scored with one call into the engine, with the GIL released.
"""

from __future__ import annotations

from typing import Any, Callable, List, Optional, Sequence

from precis.integrations import get_scorer, split_options

__all__ = ["completion_text", "ifeval_reward", "make_reward_func"]


def _content_text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if content is None:
        return ""
    if isinstance(content, (list, tuple)):  # multimodal parts: [{"type": "text", "text": ...}]
        parts = []
        for p in content:
            if isinstance(p, str):
                parts.append(p)
            elif isinstance(p, dict) and p.get("type", "text") == "text":
                parts.append(str(p.get("text", "")))
        return "".join(parts)
    raise TypeError(f"message content must be a str or a list of parts, not {type(content).__name__}")


def completion_text(completion: Any, index: int = 0) -> str:
    """The text of one TRL completion: a str as it is; for a conversation (a list of messages),
    the content of the last assistant message (the last message when none has a role)."""
    if isinstance(completion, str):
        return completion
    if isinstance(completion, dict):
        return _content_text(completion.get("content"))
    if isinstance(completion, (list, tuple)):
        if not completion:
            return ""
        for message in reversed(completion):
            if isinstance(message, dict) and message.get("role") == "assistant":
                return _content_text(message.get("content"))
        last = completion[-1]
        if isinstance(last, dict):
            return _content_text(last.get("content"))
        if isinstance(last, str):
            return last
    raise TypeError(
        f"completion {index} must be a str or a list of {{'role', 'content'}} messages, "
        f"not {type(completion).__name__}"
    )


def make_reward_func(
    name: Optional[str] = None, ground_truth_key: str = "ground_truth", **options: Any
) -> Callable[..., List[float]]:
    """A TRL reward function ``f(prompts, completions, completion_ids=None, **kwargs)`` that
    reads the `ground_truth_key` column. `options`: every :class:`precis.Scorer` option
    (semantics, policy, preprocess, loose, threads, weights, start_marker, end_marker) and
    ``scale``. Defaults: precise semantics, fraction policy, think preprocessing (TRL itself does
    not strip ``<think>`` blocks). `name` becomes ``__name__`` (TRL logs rewards under it)."""
    opts, scale = split_options(options)
    scorer = get_scorer(**opts)  # validates the options now, not at the first batch

    def reward(
        prompts: Optional[Sequence[Any]] = None,
        completions: Optional[Sequence[Any]] = None,
        completion_ids: Optional[Sequence[Any]] = None,
        **kwargs: Any,
    ) -> List[float]:
        if completions is None:
            raise TypeError("reward function needs completions=")
        ground_truths = kwargs.get(ground_truth_key)
        if ground_truths is None:
            raise ValueError(
                f"the dataset has no {ground_truth_key!r} column (TRL passes dataset columns "
                f"as keyword arguments; got {sorted(kwargs)})"
            )
        texts = [completion_text(c, i) for i, c in enumerate(completions)]
        if len(ground_truths) != len(texts):
            raise ValueError(f"{len(texts)} completions but {len(ground_truths)} ground truths")
        rewards = scorer.score(texts, specs=list(ground_truths))
        if scale != 1.0:
            return [r * scale for r in rewards.tolist()]
        return rewards.tolist()

    reward.__name__ = name or "precis_ifeval"
    reward.__qualname__ = reward.__name__
    reward.__doc__ = f"precis IFEval reward ({opts or 'defaults'}, scale={scale})"
    return reward


#: The default reward: precise semantics, fraction of constraints passed, think stripped.
ifeval_reward = make_reward_func(name="precis_ifeval")
