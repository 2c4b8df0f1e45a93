"""Shared helpers of the benchmarks: where the large file lives, and the report lines."""

import statistics
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).parents[2]
LARGE = ROOT / ".benchmarks" / "large-seed1.municipaless"
RESULTS: list[str] = []


def report(name: str, ours: float, baseline: float | None, note: str = "") -> None:
    """One line: our figure, the raw baseline, their ratio."""
    if baseline:
        line = (
            f"{name:<44} {ours * 1000:9.1f} ms   baseline {baseline * 1000:8.1f} ms   "
            f"ratio {ours / baseline:5.2f}x   {note}"
        )
    else:
        line = f"{name:<44} {ours * 1000:9.1f} ms   {note}"
    RESULTS.append(line)
    print(line)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def interleaved_medians(runs: list[tuple[list[str], dict]], rounds: int = 11) -> list[float]:
    """Median wall time of each command, run in turn ``rounds`` times (A B C, A B C…) after
    one untimed warm-up each: a load that comes and goes on a shared machine weighs on all
    of them alike, so their ratio holds where two separate series would drift apart."""
    for cmd, env in runs:
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for (cmd, env), series in zip(runs, times, strict=True):
            started = time.perf_counter()
            subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
            series.append(time.perf_counter() - started)
    return [statistics.median(series) for series in times]
