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


def median_run(cmd: list[str], env: dict, runs: int = 5) -> float:
    """Median wall time of ``runs`` fresh processes, after one untimed warm-up run (which
    also writes the bytecode caches an installed app has, and fills the disk cache)."""
    subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, capture_output=True, timeout=120)
        times.append(time.perf_counter() - started)
    return statistics.median(times)
