"""Python batch scoring: precis.Scorer.score on 8192 IFEval responses, 1 thread and all threads.

    PYTHONPATH=build/python PRECIS_DATA=../shared/data \
        python3 benchmarks/python_bench.py [--n 8192] [--repeat 5] [--write-docs]

The 541 GPT-4 responses of the shared IFEval data are repeated to 8192, each with the program
of its prompt (the IFEval row, given to the Scorer as JSON; 541 distinct specs, compiled once).
Reference semantics, strict, policy "all". The timed region is one `Scorer.score` call: taking
each str's UTF-8 in place, scoring with the GIL released, returning the numpy rewards.
Reports responses/s, MB/s and checks/s (and per core) next to the upstream Python reference's
~3,100 checks/s per core on the same checks. --write-docs replaces the "Python batch scoring"
section of docs/performance.md with the numbers.
"""

from __future__ import annotations

import argparse
import json
import os
import pathlib
import platform
import statistics
import sys
import time

import numpy as np

ROOT = pathlib.Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
PYTHON_REFERENCE_CHECKS_PER_CORE = 3100.0

os.environ.setdefault("PRECIS_DATA", str(DATA))
try:
    import precis
except ImportError:
    for build in ("build", "build-py"):
        if (ROOT / build / "python" / "precis").is_dir():
            sys.path.insert(0, str(ROOT / build / "python"))
            break
    import precis


def load(n: int):
    rows = [json.loads(line) for line in open(DATA / "ifeval" / "input_data.jsonl") if line.strip()]
    responses = {}
    for line in open(DATA / "ifeval" / "responses_gpt4.jsonl"):
        if line.strip():
            r = json.loads(line)
            responses[r["prompt"]] = r["response"]
    specs = [json.dumps(row) for row in rows]
    texts = [responses[row["prompt"]] for row in rows]
    sizes = [len(row["instruction_id_list"]) for row in rows]
    idx = [i % len(rows) for i in range(n)]
    return [texts[i] for i in idx], [specs[i] for i in idx], sum(sizes[i] for i in idx), rows


def cpu_name() -> str:
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def measure(threads: int, responses, specs, repeat: int):
    scorer = precis.Scorer(semantics="reference", policy="all", threads=threads)
    t0 = time.perf_counter()
    programs = scorer.compile(specs)  # 541 distinct specs; the rest are cache hits
    compile_s = time.perf_counter() - t0
    rewards = scorer.score(responses, programs)  # warm-up (facet data, pool threads)
    times = []
    cpu = []
    for _ in range(repeat):
        c0 = time.process_time()
        t0 = time.perf_counter()
        r = scorer.score(responses, programs)
        times.append(time.perf_counter() - t0)
        cpu.append(time.process_time() - c0)
        assert np.array_equal(r, rewards)
    # specs= path (what the trainer adapters do: ground-truth texts per call, cache lookups)
    t0 = time.perf_counter()
    r2 = scorer.score(responses, specs=specs)
    with_specs_s = time.perf_counter() - t0
    assert np.array_equal(r2, rewards)
    return rewards, min(times), statistics.median(times), compile_s, with_specs_s, statistics.median(cpu)


def per_id_costs(rows, repeat: int = 3):
    """CPU microseconds per check of each id (one Scorer per id, 1 thread, best of `repeat`)."""
    responses = {}
    for line in open(DATA / "ifeval" / "responses_gpt4.jsonl"):
        if line.strip():
            r = json.loads(line)
            responses[r["prompt"]] = r["response"]
    by_id = {}
    for row in rows:
        for iid, kw in zip(row["instruction_id_list"], row["kwargs"]):
            texts, specs = by_id.setdefault(iid, ([], []))
            texts.append(responses[row["prompt"]])
            specs.append(json.dumps({"instruction_id": [iid], "kwargs": [kw]}))
    costs = []
    for iid, (texts, specs) in by_id.items():
        scorer = precis.Scorer(semantics="reference", threads=1)
        programs = scorer.compile(specs)
        scorer.score(texts, programs)
        best = float("inf")
        for _ in range(repeat):
            t0 = time.process_time()
            scorer.score(texts, programs)
            best = min(best, time.process_time() - t0)
        costs.append((best / len(texts) * 1e6, iid, len(texts)))
    return sorted(costs, reverse=True)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--n", type=int, default=8192)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--write-docs", action="store_true")
    args = ap.parse_args()

    responses, specs, checks, rows = load(args.n)
    nbytes = sum(len(r.encode("utf-8")) for r in responses)
    hw = precis.hardware_threads()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else hw
    results = {}
    for threads in (1, 0):
        rewards, best, median, compile_s, with_specs_s, cpu = measure(threads, responses, specs,
                                                                      args.repeat)
        used = 1 if threads == 1 else min(hw, cores)
        results[threads] = dict(best=best, median=median, compile=compile_s, with_specs=with_specs_s,
                                used=used, rewards=rewards, cpu=cpu)
    assert np.array_equal(results[1]["rewards"], results[0]["rewards"]), "threads changed rewards"
    accuracy = float(results[1]["rewards"][: len(rows)].mean())

    lines = []
    header = (f"| threads | responses/s | MB/s | checks/s | checks/s per core | x Python reference "
              f"per core | checks per CPU-second | x Python reference per CPU-second |")
    lines.append(header)
    lines.append("|---|---|---|---|---|---|---|---|")
    for threads in (1, 0):
        r = results[threads]
        t = r["median"]
        per_core = checks / t / r["used"]
        lines.append(
            f"| {r['used']}{' (all)' if threads == 0 else ''} | {args.n / t:,.0f} | "
            f"{nbytes / t / 1e6:,.1f} | {checks / t:,.0f} | {per_core:,.0f} | "
            f"{per_core / PYTHON_REFERENCE_CHECKS_PER_CORE:,.0f}x | {checks / r['cpu']:,.0f} | "
            f"{checks / r['cpu'] / PYTHON_REFERENCE_CHECKS_PER_CORE:,.0f}x |"
        )
    notes = [
        f"- {args.n} responses ({nbytes / 1e6:.2f} MB, {checks} checks; the 541 GPT-4 responses "
        f"repeated), reference semantics, strict, policy `all`; median of {args.repeat} "
        f"`Scorer.score` calls (best 1-thread call: {results[1]['best'] * 1e3:.1f} ms). Wall-clock "
        f"columns suffer from other jobs on a shared machine; the CPU-second columns divide the "
        f"checks by the process's CPU time (time.process_time, all threads), which they do not.",
        f"- Compiling the 541 distinct IFEval rows (8192 spec texts, the rest cache hits): "
        f"{results[1]['compile'] * 1e3:.1f} ms once per Scorer; `score(..., specs=texts)` "
        f"(lookup per call, as the trainer adapters do) took {results[1]['with_specs'] * 1e3:.1f} ms "
        f"for the 1-thread batch.",
        f"- Python reference: ~{PYTHON_REFERENCE_CHECKS_PER_CORE:,.0f} checks/s per core "
        f"(upstream IFEval checkers, same checks).",
        f"- Prompt-level strict accuracy of the 541 (sanity): {accuracy:.4f}. Rewards identical "
        f"with 1 and {results[0]['used']} threads.",
        f"- Machine: {cpu_name()}, {cores} cores available to the process "
        f"({hw} hardware threads), Python {platform.python_version()}, numpy {np.__version__}; "
        f"load average {os.getloadavg()[0]:.1f} when measured (a shared machine: other jobs "
        f"competed for the cores, so the all-threads row is pessimistic).",
    ]
    costs = per_id_costs(rows)
    total = sum(us * n for us, _, n in costs)
    top = ", ".join(f"`{iid}` {us:,.0f} us ({us * n / total:.0%})" for us, iid, n in costs[:6])
    one = checks / results[1]["cpu"] / PYTHON_REFERENCE_CHECKS_PER_CORE
    notes.append(
        f"- Target (issue 3): 100x the Python reference per core "
        f"({100 * PYTHON_REFERENCE_CHECKS_PER_CORE:,.0f} checks/s). Measured 1-thread, per "
        f"CPU-second: {one:.0f}x, "
        + ("reached." if one >= 100 else "not reached; the time goes to a few ids (next line).")
    )
    notes.append(f"- Costliest ids per check (1 thread, share of the 834 checks' time): {top}.")
    print("\n".join(lines))
    print("\n".join(notes))

    if args.write_docs:
        write_docs(lines, notes)


def write_docs(table, notes):
    path = ROOT / "docs" / "performance.md"
    heading = "## Python batch scoring"
    section = "\n".join(
        [heading, "", "Measured with:", "", "```",
         "PYTHONPATH=build/python PRECIS_DATA=../shared/data /usr/bin/python3 "
         "benchmarks/python_bench.py --write-docs", "```", "", *table, "", *notes, ""]
    )
    text = path.read_text() if path.exists() else "# Performance\n"
    if heading in text:
        start = text.index(heading)
        nxt = text.find("\n## ", start + len(heading))
        text = text[:start] + section + (text[nxt + 1 :] if nxt >= 0 else "")
    else:
        text = text.rstrip("\n") + "\n\n" + section
    path.write_text(text)
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
