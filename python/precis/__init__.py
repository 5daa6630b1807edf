"""precis: exact, fast checkers for verifiable instruction-following constraints.

Check one response against one instruction::

    >>> import precis
    >>> precis.check("no commas here", "punctuation:no_comma")
    True
    >>> precis.explain("one, two", "punctuation:no_comma")
    Explanation(passed=False, reason='...')

Score a batch (one call, the GIL released, all cores)::

    >>> scorer = precis.Scorer(ground_truths, policy="fraction", preprocess="think")
    >>> rewards = scorer.score(responses)          # numpy.ndarray[float32], one per response

Ground truths (specs) may be given in every form the field uses: an open-instruct ground_truth
string (a Python literal such as ``"[{'instruction_id': [...], 'kwargs': [None]}]"``), the same
structure as JSON, an IFEval row (``{"instruction_id_list": [...], "kwargs": [...]}``), or any of
those already parsed into Python dicts and lists. Identical spec texts are compiled once.

Trainer adapters live in :mod:`precis.integrations` (``verl``, ``trl``, ``openrlhf``).
"""

from __future__ import annotations

import functools
import json
import os
import threading
from typing import Any, Iterable, List, Mapping, NamedTuple, Optional, Sequence, Union

import numpy as np

from . import _precis

__all__ = [
    "BatchVerdicts",
    "ConstraintVerdict",
    "Explanation",
    "Finding",
    "POLICIES",
    "PREPROCESS",
    "SEMANTICS",
    "Scorer",
    "check",
    "describe",
    "explain",
    "hardware_threads",
    "open_instruct_reward",
    "lint",
    "list_ids",
    "IFBENCH_VERSIONS",
    "set_data_dir",
    "set_nltk_data_dir",
    "spec_text",
]

__version__: str = _precis.__version__

SEMANTICS = ("precise", "reference")
POLICIES = ("all", "fraction", "weighted")
PREPROCESS = ("none", "think", "markers")
IFBENCH_VERSIONS = ("head", "paper")

Spec = Union[str, bytes, Mapping[str, Any], Sequence[Any]]


# --- ids and data ---------------------------------------------------------------------------


def list_ids() -> List[str]:
    """Every instruction id precis knows, sorted."""
    return _precis.list_ids()


def describe(instruction_id: str) -> dict:
    """Metadata of one id: suite, summary, kwargs (name, type, required, doc, allowed, min),
    conflicts and how ``precise`` differs from ``reference``. Unknown ids raise ValueError."""
    return _precis.describe(instruction_id)


def set_nltk_data_dir(path: str) -> None:
    """Sets the NLTK data folder (Punkt parameters, ...); overrides ``$NLTK_DATA``. Call it
    before the first check."""
    _precis.set_nltk_data_dir(str(path))


def set_data_dir(path: str) -> None:
    """Sets the precis data folder; overrides ``$PRECIS_DATA``. It holds ``nltk/`` in NLTK's
    layout (Punkt parameters, the stopword list, the POS tagger) and ``syllapy/data.csv``; the
    checks that need a missing file fail to compile with an error naming it. Call it before the
    first check."""
    _precis.set_data_dir(str(path))


def hardware_threads() -> int:
    """Number of hardware threads the engine's pool uses at most."""
    return _precis.hardware_threads()


# --- single checks --------------------------------------------------------------------------


class Explanation(NamedTuple):
    """The verdict of one instruction on one response, with a short reason."""

    passed: bool
    reason: str


def _json_default(obj: Any) -> Any:
    # numpy scalars and arrays (pandas / parquet / datasets hand those out) become plain JSON.
    if isinstance(obj, np.generic):
        return obj.item()
    if isinstance(obj, np.ndarray):
        return obj.tolist()
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    raise TypeError(f"{type(obj).__name__} is not JSON-serializable")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, default=_json_default, allow_nan=False)


def _check_semantics(semantics: str) -> str:
    if semantics not in SEMANTICS:
        raise ValueError(f"semantics must be one of {SEMANTICS}, not {semantics!r}")
    return semantics


def _check_ifbench_version(version: str) -> str:
    if version not in IFBENCH_VERSIONS:
        raise ValueError(f"ifbench_version must be one of {IFBENCH_VERSIONS}, not {version!r}")
    return version


@functools.lru_cache(maxsize=4096)
def _checker(
    instruction_id: str, kwargs_json: str, semantics: str, ifbench_version: str
) -> "_precis.Checker":
    return _precis.Checker(instruction_id, kwargs_json, semantics, ifbench_version)


def _compile_one(
    instruction_id: str, semantics: str, kwargs: Mapping[str, Any], ifbench_version: str = "head"
):
    if not isinstance(instruction_id, str):
        raise ValueError(f"instruction_id must be a str, not {type(instruction_id).__name__}")
    try:
        kwargs_json = _dumps(dict(kwargs))
    except (TypeError, ValueError) as e:
        raise ValueError(f"{instruction_id}: kwargs are not JSON-serializable: {e}") from None
    return _checker(
        instruction_id,
        kwargs_json,
        _check_semantics(semantics),
        _check_ifbench_version(ifbench_version),
    )


def _as_text(response: Union[str, bytes]) -> Union[str, bytes]:
    # str (lone surrogates allowed) and bytes (UTF-8, possibly invalid) go to the engine as is.
    if not isinstance(response, (str, bytes)):
        raise TypeError(f"response must be a str, not {type(response).__name__}")
    return response


def check(
    response: str,
    instruction_id: str,
    semantics: str = "precise",
    loose: bool = False,
    ifbench_version: str = "head",
    **kwargs: Any,
) -> bool:
    """True when `response` follows the instruction `instruction_id` with `kwargs`.

    ``precis.check(text, "length_constraints:number_words", relation="less than", num_words=50)``

    `semantics` is ``"precise"`` (the instruction's plain meaning, the default) or
    ``"reference"`` (the upstream checker, verdict for verdict). `loose` applies IFEval's loose
    reading (the instruction passes if any of 8 variants of the response passes).
    `ifbench_version` picks the upstream IFBench code that ``reference`` reproduces for IFBench
    ids: ``"head"`` (the current code, default) or ``"paper"`` (commit c94da02, the paper's
    numbers). Unknown ids and bad kwargs raise ValueError. Compiled instructions are cached.
    """
    return _compile_one(instruction_id, semantics, kwargs, ifbench_version).check(
        _as_text(response), bool(loose)
    )


def explain(
    response: str,
    instruction_id: str,
    semantics: str = "precise",
    loose: bool = False,
    ifbench_version: str = "head",
    **kwargs: Any,
) -> Explanation:
    """Like :func:`check`, with a short reason: ``passed, reason = precis.explain(...)``."""
    passed, reason = _compile_one(instruction_id, semantics, kwargs, ifbench_version).explain(
        _as_text(response), bool(loose)
    )
    return Explanation(bool(passed), reason)


# --- specs ----------------------------------------------------------------------------------


def spec_text(spec: Spec, index: Optional[int] = None) -> str:
    """The text form of one spec: a str is returned as it is (an open-instruct Python literal or
    JSON); bytes are decoded; a dict or list is written as JSON. Anything else raises ValueError
    (naming the sample `index` when given)."""
    where = f"ground truth of sample {index}" if index is not None else "ground truth"
    if isinstance(spec, str):
        return spec
    if isinstance(spec, bytes):
        try:
            return spec.decode("utf-8")
        except UnicodeDecodeError as e:
            raise ValueError(f"{where}: not valid UTF-8 ({e})") from None
    if isinstance(spec, (Mapping, list, tuple, np.ndarray)):
        try:
            return _dumps(spec if not isinstance(spec, Mapping) else dict(spec))
        except (TypeError, ValueError) as e:
            raise ValueError(f"{where}: cannot be written as JSON: {e}") from None
    raise ValueError(
        f"{where}: expected a str (Python literal or JSON), a dict or a list, "
        f"got {type(spec).__name__}"
    )


def _is_single_spec(specs: Any) -> bool:
    return isinstance(specs, (str, bytes, Mapping))


# --- batch scoring --------------------------------------------------------------------------


class ConstraintVerdict(NamedTuple):
    """One constraint of one response: its id, the verdict and a short reason."""

    id: str
    passed: bool
    reason: str


class BatchVerdicts(NamedTuple):
    """Rewards and per-constraint verdicts of a batch.

    ``verdicts[offsets[i]:offsets[i+1]]`` are the verdicts of response i, in the order of its
    spec's instructions; ``programs[i]`` is the index of its compiled spec (see
    :meth:`Scorer.constraint_ids`)."""

    rewards: np.ndarray  # float32, one per response
    verdicts: np.ndarray  # bool, flat
    offsets: np.ndarray  # uint64, len(rewards) + 1
    programs: np.ndarray  # uint32, one per response

    def of(self, i: int) -> np.ndarray:
        """The verdicts of response i."""
        return self.verdicts[int(self.offsets[i]) : int(self.offsets[i + 1])]

    def passed_counts(self) -> np.ndarray:
        """Number of passed constraints per response (int64)."""
        csum = np.concatenate(([0], np.cumsum(self.verdicts, dtype=np.int64)))
        return csum[self.offsets[1:].astype(np.int64)] - csum[self.offsets[:-1].astype(np.int64)]

    def sizes(self) -> np.ndarray:
        """Number of constraints per response (int64)."""
        return np.diff(self.offsets.astype(np.int64))


class Scorer:
    """Compiles specs once and scores batches of responses with them.

    ``Scorer(specs, semantics="precise", policy="all", loose=False, preprocess="none",
    threads=0, weights=None)``

    * `specs`: one spec (a str, bytes or dict) or a sequence of specs (each a str, dict, or a
      parsed ground-truth list). Optional: specs can also be passed per call
      (``score(responses, specs=...)``) or compiled with :meth:`compile`. A parsed open-instruct
      ground truth given alone as a list of dicts is read as a sequence of specs (one per dict);
      wrap it in a list (``[ground_truth]``) to mean one spec.
    * `semantics`: ``"precise"`` (default) or ``"reference"``.
    * `policy`: ``"all"`` (1 when every constraint passes), ``"fraction"`` (share passed, as
      open-instruct) or ``"weighted"`` (`weights`: id -> weight, unlisted ids weigh 1).
    * `loose`: IFEval's loose reading.
    * `preprocess`: ``"none"``, ``"think"`` (open-instruct's remove_thinking_section: keep the
      text after the last ``</think>``, drop ``<answer>`` tags; an empty answer scores 0) or
      ``"markers"`` (keep the text after the last `start_marker` and before the next
      `end_marker`).
    * `threads`: worker threads per batch, 0 = all hardware threads. Rewards do not depend on it.
    * `ifbench_version`: the upstream IFBench code ``reference`` reproduces for IFBench ids:
      ``"head"`` (default) or ``"paper"`` (commit c94da02).

    A Scorer may be used from several Python threads at once; all share one worker pool.
    """

    def __init__(
        self,
        specs: Optional[Union[Spec, Sequence[Spec]]] = None,
        semantics: str = "precise",
        policy: str = "all",
        loose: bool = False,
        preprocess: str = "none",
        threads: int = 0,
        weights: Optional[Mapping[str, float]] = None,
        start_marker: str = "",
        end_marker: str = "",
        ifbench_version: str = "head",
    ) -> None:
        _check_semantics(semantics)
        _check_ifbench_version(ifbench_version)
        if policy not in POLICIES:
            raise ValueError(f"policy must be one of {POLICIES}, not {policy!r}")
        if preprocess not in PREPROCESS:
            raise ValueError(f"preprocess must be one of {PREPROCESS}, not {preprocess!r}")
        if preprocess == "markers" and not (start_marker or end_marker):
            raise ValueError("preprocess='markers' needs start_marker and/or end_marker")
        if weights is not None and policy != "weighted":
            raise ValueError("weights are only used with policy='weighted'")
        if int(threads) < 0:
            raise ValueError(f"threads must be >= 0, not {threads}")
        self.semantics = semantics
        self.policy = policy
        self.loose = bool(loose)
        self.preprocess = preprocess
        self.threads = int(threads)
        self.weights = dict(weights or {})
        self.ifbench_version = ifbench_version
        self._core = _precis.Scorer(
            semantics,
            self.loose,
            policy,
            preprocess,
            start_marker,
            end_marker,
            {str(k): float(v) for k, v in self.weights.items()},
            self.threads,
            ifbench_version,
        )
        self.programs: Optional[np.ndarray] = None
        if specs is not None:
            self.programs = self.compile(specs)

    def __repr__(self) -> str:
        return (
            f"precis.Scorer(semantics={self.semantics!r}, policy={self.policy!r}, "
            f"loose={self.loose}, preprocess={self.preprocess!r}, threads={self.threads}, "
            f"programs={self.program_count})"
        )

    # -- compiling --

    @property
    def program_count(self) -> int:
        """Number of distinct compiled specs."""
        return self._core.program_count()

    def add(self, spec: Spec) -> int:
        """Compiles one spec (cached by its text) and returns its program index."""
        return int(self.compile([spec])[0])

    def compile(self, specs: Union[Spec, Sequence[Spec]]) -> np.ndarray:
        """Compiles one spec or a sequence of specs; returns their program indices (uint32).
        Identical texts share one program and are parsed once. A bad spec raises ValueError
        naming its sample index."""
        if _is_single_spec(specs):
            specs = [specs]
        elif isinstance(specs, np.ndarray):
            specs = specs.tolist() if specs.dtype != object else list(specs)
        elif not isinstance(specs, (list, tuple)):
            try:
                specs = list(specs)  # type: ignore[arg-type]
            except TypeError:
                raise ValueError(
                    f"specs must be a str, a dict or a sequence of them, "
                    f"not {type(specs).__name__}"
                ) from None
        if not all(type(s) is str for s in specs):
            specs = [spec_text(s, i) for i, s in enumerate(specs)]
        return self._core.add_ground_truths(specs)

    def add_row(self, row: Union[str, Mapping[str, Any]]) -> int:
        """Compiles an IFEval row (``{"instruction_id_list": [...], "kwargs": [...]}``), given as
        JSON text or a dict (not cached)."""
        return self._core.add_row_json(row if isinstance(row, str) else spec_text(row))

    def constraint_ids(self, program: int) -> List[str]:
        """The instruction ids of a compiled spec, in order."""
        return self._core.program_ids(int(program))

    # -- scoring --

    def _programs_for(self, n: int, programs: Any, specs: Any) -> np.ndarray:
        if programs is not None and specs is not None:
            raise ValueError("pass programs= or specs=, not both")
        if specs is not None:
            idx = self.compile(specs)
            what = "specs"
        elif programs is not None:
            if isinstance(programs, (int, np.integer)):
                programs = [programs]
            arr = np.asarray(programs)
            if arr.ndim != 1 or (arr.size and arr.dtype.kind not in "iu"):
                raise ValueError("programs must be a 1-D sequence of program indices")
            if arr.size and (arr.min() < 0 or arr.max() >= self.program_count):
                raise ValueError(
                    f"programs: indices must lie in [0, {self.program_count}), "
                    f"got {arr.min()}..{arr.max()}"
                )
            idx = arr.astype(np.uint32, copy=False)
            what = "programs"
        else:
            if self.programs is None:
                raise ValueError(
                    "this Scorer holds no specs: pass specs=... (one per response or one for "
                    "all) or programs=..."
                )
            idx = self.programs
            what = "specs given to the Scorer"
        if len(idx) == n:
            return idx
        if len(idx) == 1:
            return np.full(n, idx[0], dtype=np.uint32)
        raise ValueError(f"{len(idx)} {what} for {n} responses: give one per response or one for all")

    @staticmethod
    def _responses(responses: Any) -> Sequence[Any]:
        if isinstance(responses, (str, bytes)):
            raise TypeError("responses must be a sequence of str, not a single str")
        return responses

    def score(self, responses: Sequence[str], programs: Any = None, *, specs: Any = None) -> np.ndarray:
        """Rewards (numpy float32, one per response).

        Each response is scored with: ``specs`` (one per response, or one for all) when given;
        else ``programs`` (indices from :meth:`compile`); else the specs given to the Scorer
        (one per response, or a single one for all)."""
        responses = self._responses(responses)
        idx = self._programs_for(len(responses), programs, specs)
        return self._core.score(responses, idx, False)

    def score_with_verdicts(
        self, responses: Sequence[str], programs: Any = None, *, specs: Any = None
    ) -> BatchVerdicts:
        """Rewards and the flat per-constraint verdicts (see :class:`BatchVerdicts`)."""
        responses = self._responses(responses)
        idx = self._programs_for(len(responses), programs, specs)
        rewards, verdicts, offsets = self._core.score(responses, idx, True)
        return BatchVerdicts(rewards, verdicts, offsets, idx)

    def verdicts(
        self, responses: Sequence[str], programs: Any = None, *, specs: Any = None
    ) -> List[np.ndarray]:
        """Per-constraint verdicts: one numpy bool array per response, in spec order."""
        b = self.score_with_verdicts(responses, programs, specs=specs)
        return np.split(b.verdicts, b.offsets[1:-1].astype(np.int64))

    def explain(
        self, response: str, program: Optional[int] = None, *, spec: Any = None
    ) -> List[ConstraintVerdict]:
        """Per-constraint verdicts of one response with reasons (after preprocessing), for the
        compiled program `program`, or `spec`, or the Scorer's only spec."""
        if spec is not None:
            program = self.add(spec)
        elif program is None:
            if self.programs is None or len(self.programs) != 1:
                raise ValueError("explain: pass program= or spec= (the Scorer holds no single spec)")
            program = int(self.programs[0])
        return [
            ConstraintVerdict(i, bool(p), r)
            for i, p, r in self._core.explain(_as_text(response), int(program))
        ]

    def __call__(self, responses: Sequence[str], programs: Any = None, *, specs: Any = None) -> np.ndarray:
        return self.score(responses, programs, specs=specs)


_open_instruct_lock = threading.Lock()
_open_instruct_scorers: dict = {}


def open_instruct_reward(
    responses: Union[str, Sequence[str]],
    ground_truths: Any,
    *,
    semantics: str = "reference",
    threads: int = 0,
) -> Union[float, np.ndarray]:
    """open-instruct's IFEvalVerifier reward, exactly: for each response, drop ``<|assistant|>``,
    keep the text after the last ``</think>``, drop ``<answer>`` tags, strip; an empty answer
    scores 0; otherwise the share of the ground truth's constraints that the answer satisfies.

    `ground_truths`: one ground truth for all responses or one per response, each in any form
    precis accepts (open-instruct's Python-literal string as in ``IF_multi_constraints_upto5``,
    JSON, or parsed). `semantics="reference"` (default) gives open-instruct's verdicts;
    ``"precise"`` the same glue with precise checkers. Returns a float for one response (a str)
    and a numpy float32 array otherwise. open-instruct's RewardConfig multiplies this by
    ``verification_reward`` (10.0 by default).

    >>> gt = "[{'instruction_id': ['punctuation:no_comma'], 'kwargs': [None]}]"
    >>> open_instruct_reward("<think>a, b</think>No commas here", gt)
    1.0
    """
    key = (_check_semantics(semantics), int(threads))
    with _open_instruct_lock:
        scorer = _open_instruct_scorers.get(key)
        if scorer is None:
            scorer = Scorer(semantics=semantics, policy="fraction", preprocess="think",
                            threads=threads)
            _open_instruct_scorers[key] = scorer
    if isinstance(responses, (str, bytes)):
        return float(scorer.score([responses], specs=[ground_truths])[0])
    return scorer.score(list(responses), specs=ground_truths)


class Finding(NamedTuple):
    """One problem of one dataset row, as ``precis lint`` reports it (docs/lint.md)."""

    level: str  # "error" or "warning"
    kind: str  # e.g. "unknown-id", "bad-kwargs", "kwargs-mismatch"
    file: str  # "" for rows given as Python objects
    line: int  # 1-based line in the file, or 1-based index of the row
    key: Optional[int]
    id: str  # the instruction id concerned ("" for row-level findings)
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.file else f"row {self.line}"
        key = f" key {self.key}" if self.key is not None else ""
        ident = f" {self.id}" if self.id else ""
        return f"{where}: {self.level} [{self.kind}]{key}{ident}: {self.message}"


def lint(
    rows_or_path: Union[str, "os.PathLike[str]", Iterable[Union[Mapping[str, Any], str]]],
    *,
    ground_truth: Optional[str] = None,
    prompt_column: str = "prompt",
    prompt_checks: bool = True,
    conflict_table: bool = False,
    semantics: str = "precise",
    responses: Optional[str] = None,
) -> List[Finding]:
    """Lints a prompt dataset: a JSONL path, or rows (dicts or JSON strings).

    Rows are IFEval rows (``key``, ``prompt``, ``instruction_id_list``, ``kwargs``; null kwargs
    allowed), or rows whose ``ground_truth`` column (named here) holds an open-instruct ground
    truth. Returns every finding, errors and warnings (``Finding.level``); a dataset's test suite
    can assert ``not [f for f in precis.lint(path) if f.level == "error"]``. ``responses`` names a
    JSONL file of reference responses ``{key or prompt, response}`` that must satisfy their rows.
    """
    args = (
        ground_truth or "",
        prompt_column,
        bool(prompt_checks),
        bool(conflict_table),
        _check_semantics(semantics),
        os.fspath(responses) if responses is not None else "",
    )
    if isinstance(rows_or_path, (str, os.PathLike)):
        found = _precis.lint_file(os.fspath(rows_or_path), *args)
    else:
        lines = [row if isinstance(row, str) else _dumps(row) for row in rows_or_path]
        found = _precis.lint_lines(lines, *args)
    return [Finding(*f) for f in found]

