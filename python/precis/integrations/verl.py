"""precis as a verl reward function.

Per-sample (``reward_model.reward_manager=naive``, ``dapo``, ``prime``)::

    custom_reward_function.path=<site-packages>/precis/integrations/verl.py
    custom_reward_function.name=compute_score

Batched, one C++ call per batch (``reward_model.reward_manager=batch``)::

    reward_model.reward_manager=batch
    custom_reward_function.path=<site-packages>/precis/integrations/verl.py
    custom_reward_function.name=compute_score          # or compute_score_batch

Options go in ``custom_reward_function.reward_kwargs`` (e.g. ``+custom_reward_function.
reward_kwargs.policy=all``): ``semantics`` (precise | reference), ``policy`` (fraction | all |
weighted), ``preprocess`` (think | none | markers), ``loose``, ``threads``, ``weights``,
``start_marker``, ``end_marker``, ``scale`` (multiplies the reward), ``return_dict`` (return
``{"score": ..., "acc": ..., "constraints": ..., "passed": ...}`` so that verl logs the extras),
``failed_ids`` (with return_dict: also a string listing the failed ids).

The ground truth is ``reward_model.ground_truth`` of the parquet row in any form precis accepts
(open-instruct's Python-literal string, JSON, an IFEval row, or parsed dicts/lists).
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional, Sequence, Union

from precis.integrations import get_scorer, split_options

__all__ = ["compute_score", "compute_score_batch"]

# Keyword arguments verl's managers and dispatchers may pass that mean nothing to precis.
_IGNORED = frozenset(
    {"sandbox_fusion_url", "concurrent_semaphore", "memory_limit_mb", "num_turns", "rollout_reward_scores"}
)


def _score_batch(
    solution_strs: Sequence[str],
    ground_truths: Sequence[Any],
    return_dict: bool,
    failed_ids: bool,
    kwargs: Dict[str, Any],
) -> List[Union[float, Dict[str, Any]]]:
    options, scale = split_options(kwargs, _IGNORED)
    scorer = get_scorer(**options)
    if len(ground_truths) != len(solution_strs):
        raise ValueError(
            f"{len(solution_strs)} solution_strs but {len(ground_truths)} ground_truths"
        )
    if not return_dict:
        rewards = scorer.score(list(solution_strs), specs=list(ground_truths))
        return [float(r) * scale for r in rewards.tolist()]
    b = scorer.score_with_verdicts(list(solution_strs), specs=list(ground_truths))
    sizes = b.sizes().tolist()
    passed = b.passed_counts().tolist()
    out: List[Union[float, Dict[str, Any]]] = []
    for i, r in enumerate(b.rewards.tolist()):
        d: Dict[str, Any] = {
            "score": r * scale,
            "acc": 1.0 if passed[i] == sizes[i] and sizes[i] > 0 else 0.0,
            "constraints": sizes[i],
            "passed": passed[i],
        }
        if failed_ids:
            ids = scorer.constraint_ids(int(b.programs[i]))
            d["failed_ids"] = ",".join(k for k, ok in zip(ids, b.of(i).tolist()) if not ok)
        out.append(d)
    return out


def compute_score_batch(
    data_sources: Optional[Sequence[Any]] = None,
    solution_strs: Optional[Sequence[str]] = None,
    ground_truths: Optional[Sequence[Any]] = None,
    extra_infos: Optional[Sequence[Any]] = None,
    return_dict: bool = False,
    failed_ids: bool = False,
    **kwargs: Any,
) -> List[Union[float, Dict[str, Any]]]:
    """verl's batch reward manager: one reward (or dict) per solution, one engine call."""
    if solution_strs is None or ground_truths is None:
        raise TypeError("compute_score_batch needs solution_strs= and ground_truths=")
    return _score_batch(solution_strs, ground_truths, return_dict, failed_ids, kwargs)


def _is_batch(x: Any) -> bool:
    return x is not None and not isinstance(x, (str, bytes))


def compute_score(
    data_source: Any = None,
    solution_str: Any = None,
    ground_truth: Any = None,
    extra_info: Any = None,
    *,
    data_sources: Optional[Sequence[Any]] = None,
    solution_strs: Optional[Sequence[str]] = None,
    ground_truths: Optional[Sequence[Any]] = None,
    extra_infos: Optional[Sequence[Any]] = None,
    return_dict: bool = False,
    failed_ids: bool = False,
    **kwargs: Any,
) -> Union[float, Dict[str, Any], List[Union[float, Dict[str, Any]]]]:
    """verl reward function for both call shapes.

    * naive / dapo / prime managers: ``compute_score(data_source, solution_str, ground_truth,
      extra_info=None, **kw)`` (keywords or positional) returns a float, or a dict with
      ``"score"`` when ``return_dict=True``.
    * batch manager: ``compute_score(data_sources=..., solution_strs=..., ground_truths=...,
      extra_infos=..., **kw)`` (or the same lists positionally) returns a list.
    """
    if solution_strs is not None or ground_truths is not None or data_sources is not None:
        return compute_score_batch(
            data_sources, solution_strs, ground_truths, extra_infos, return_dict, failed_ids, **kwargs
        )
    if _is_batch(solution_str):
        # The batch form given positionally: (data_sources, solution_strs, ground_truths, ...).
        return compute_score_batch(
            data_source, solution_str, ground_truth, extra_info, return_dict, failed_ids, **kwargs
        )
    if solution_str is None:
        raise TypeError("compute_score needs solution_str (or solution_strs= for a batch)")
    if ground_truth is None:
        raise ValueError("ground truth of sample 0: missing (None)")
    return _score_batch([solution_str], [ground_truth], return_dict, failed_ids, kwargs)[0]
