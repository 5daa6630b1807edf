"""precis as an OpenRLHF remote reward function.

OpenRLHF loads a Python file given by ``--remote_rm_url /path/to/reward.py`` (newer versions:
``--reward.remote_url``) and calls its ``reward_func(queries, prompts, labels, **kwargs)``.
Point it at a file that re-exports this module's function (examples/python/openrlhf_reward.py)::

    from precis.integrations.openrlhf import reward_func

and pass the ground truths with ``--label_key ground_truth``.

``queries`` are prompt + response decoded with the special tokens kept; the response is cut out
by removing the prompt prefix (or, when the prompt is not a prefix, by taking the text after the
last assistant marker of a known chat template), and trailing end-of-turn tokens
(``<|im_end|>``, ``<|eot_id|>``, ``</s>``, ...) are dropped before scoring.

Returns ``{"rewards", "scores", "extra_logs"}``: torch tensors when torch is importable, else
numpy arrays. ``scores`` is the reward in [0, 1] (for dynamic filtering); ``rewards`` is
``scale * scores``.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Optional, Sequence

import numpy as np

from precis.integrations import get_scorer, split_options

__all__ = ["ASSISTANT_MARKERS", "extract_response", "make_reward_func", "reward_func"]

#: Where an assistant turn starts in common chat templates (ChatML/Qwen, Llama 3, Tulu/OLMo,
#: Llama 2/Mistral, Gemma, DeepSeek, Phi-3).
ASSISTANT_MARKERS = (
    "<|im_start|>assistant\n",
    "<|start_header_id|>assistant<|end_header_id|>\n\n",
    "<|start_header_id|>assistant<|end_header_id|>",
    "<|assistant|>\n",
    "<|assistant|>",
    "[/INST]",
    "<start_of_turn>model\n",
    "<｜Assistant｜>",
    "Assistant:",
)

# End-of-turn / end-of-sequence / padding tokens a decoded query may end with.
_TRAILING_SPECIAL = re.compile(
    r"(?:\s*(?:<\|(?:im_end|eot_id|end_of_text|endoftext|end|eos|pad|padding)\|>|</s>|<eos>|<pad>"
    r"|<end_of_turn>|<｜end▁of▁sentence｜>))+\s*\Z"
)


def extract_response(query: str, prompt: Optional[str]) -> str:
    """The response part of a decoded ``query`` (prompt + response, special tokens kept)."""
    response: Optional[str] = None
    if prompt:
        if query.startswith(prompt):
            response = query[len(prompt) :]
        else:
            at = query.find(prompt)  # e.g. a BOS token decoded in front of the prompt
            if at >= 0:
                response = query[at + len(prompt) :]
    elif prompt is not None:
        response = query
    if response is None:
        best = -1
        for marker in ASSISTANT_MARKERS:
            at = query.rfind(marker)
            if at >= 0 and at + len(marker) > best:
                best = at + len(marker)
        response = query[best:] if best >= 0 else query
    return _TRAILING_SPECIAL.sub("", response)


def _to_output(x: np.ndarray) -> Any:
    try:
        import torch  # noqa: PLC0415
    except ImportError:
        return x
    return torch.from_numpy(np.ascontiguousarray(x))


def make_reward_func(**options: Any):
    """A ``reward_func(queries, prompts, labels, **kwargs)`` with these :class:`precis.Scorer`
    options (and ``scale``). Defaults: precise semantics, fraction policy, think preprocessing."""
    opts, scale = split_options(options)
    scorer = get_scorer(**opts)

    def reward_func(
        queries: Sequence[str],
        prompts: Optional[Sequence[str]] = None,
        labels: Optional[Sequence[Any]] = None,
        **kwargs: Any,
    ) -> Dict[str, Any]:
        if labels is None:
            raise ValueError("reward_func needs labels (the ground truths; pass --label_key)")
        if isinstance(queries, str):
            queries = [queries]
        if isinstance(prompts, str):
            prompts = [prompts]
        if isinstance(labels, (str, dict)):
            labels = [labels]
        n = len(queries)
        if prompts is None:
            prompts = [None] * n
        if len(prompts) != n or len(labels) != n:
            raise ValueError(f"{n} queries, {len(prompts)} prompts and {len(labels)} labels")
        responses: List[str] = [extract_response(q, p) for q, p in zip(queries, prompts)]
        b = scorer.score_with_verdicts(responses, specs=list(labels))
        scores = b.rewards.astype(np.float32, copy=False)
        rewards = scores * np.float32(scale) if scale != 1.0 else scores.copy()
        sizes = b.sizes()
        passed = b.passed_counts()
        all_passed = ((passed == sizes) & (sizes > 0)).astype(np.float32)
        frac = np.where(sizes > 0, passed / np.maximum(sizes, 1), 0.0).astype(np.float32)
        return {
            "rewards": _to_output(rewards),
            "scores": _to_output(scores),
            "extra_logs": {
                "precis_all_passed": _to_output(all_passed),
                "precis_fraction_passed": _to_output(frac),
            },
        }

    reward_func.__name__ = "reward_func"
    return reward_func


_default = make_reward_func()


def reward_func(queries: Sequence[str], prompts: Optional[Sequence[str]] = None,
                labels: Optional[Sequence[Any]] = None, **kwargs: Any) -> Dict[str, Any]:
    """OpenRLHF's reward function with the defaults (precise, fraction, think)."""
    return _default(queries, prompts, labels, **kwargs)
