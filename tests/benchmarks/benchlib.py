"""Shared helpers of the benchmarks: where the large file lives, and the report lines."""

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
