"""Reward-function adapters for RL trainers: :mod:`.verl`, :mod:`.trl`, :mod:`.openrlhf`.

Each adapter scores a whole batch with one call into the C++ engine. The defaults follow
open-instruct's IFEvalVerifier (``preprocess="think"``: keep the text after the last
``</think>``; ``policy="fraction"``: the share of constraints passed) with precis's ``precise``
semantics; every option of :class:`precis.Scorer` can be changed.
"""

from __future__ import annotations

import threading
from typing import Any, Dict, Mapping, Optional, Tuple

from .. import Scorer

__all__ = ["DEFAULT_OPTIONS", "OPTION_NAMES", "get_scorer", "split_options"]

#: open-instruct's IFEvalVerifier behaviour, with precis's precise semantics.
DEFAULT_OPTIONS: Dict[str, Any] = {
    "semantics": "precise",
    "policy": "fraction",
    "preprocess": "think",
    "loose": False,
    "threads": 0,
    "weights": None,
    "start_marker": "",
    "end_marker": "",
}

#: Options of the adapters besides the Scorer's: `scale` multiplies every reward (open-instruct's
#: verification_reward is 10.0).
OPTION_NAMES = frozenset(DEFAULT_OPTIONS) | {"scale"}

_lock = threading.Lock()
_scorers: Dict[Tuple[Any, ...], Scorer] = {}


def _key(options: Mapping[str, Any]) -> Tuple[Any, ...]:
    weights = options.get("weights")
    w = tuple(sorted((str(k), float(v)) for k, v in dict(weights).items())) if weights else None
    return (
        options["semantics"],
        options["policy"],
        options["preprocess"],
        bool(options["loose"]),
        int(options["threads"]),
        w,
        options["start_marker"],
        options["end_marker"],
    )


def get_scorer(**options: Any) -> Scorer:
    """A process-wide Scorer for these options (created once; its compile cache persists across
    calls, so a ground truth seen before costs a hash lookup)."""
    unknown = set(options) - set(DEFAULT_OPTIONS)
    if unknown:
        raise TypeError(f"unknown precis option(s): {', '.join(sorted(unknown))}")
    merged = {**DEFAULT_OPTIONS, **options}
    key = _key(merged)
    with _lock:
        scorer = _scorers.get(key)
        if scorer is None:
            if merged["policy"] != "weighted":
                merged["weights"] = None
            scorer = Scorer(**merged)
            _scorers[key] = scorer
        return scorer


def split_options(kwargs: Mapping[str, Any], ignore: frozenset = frozenset()) -> Tuple[Dict[str, Any], float]:
    """Splits a trainer's keyword arguments into Scorer options and the reward scale; raises
    TypeError on an unknown name (a typo in a config must not silently change the reward)
    unless it is in `ignore`."""
    options: Dict[str, Any] = {}
    scale = 1.0
    for name, value in kwargs.items():
        if name == "scale":
            scale = float(value)
        elif name in DEFAULT_OPTIONS:
            options[name] = value
        elif name not in ignore:
            raise TypeError(
                f"unknown precis reward option {name!r}; known: {', '.join(sorted(OPTION_NAMES))}"
            )
    return options, scale
