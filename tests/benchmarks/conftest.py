"""Benchmarks run by `make bench` on the large demo territory (never by CI).

The large file is generated once into .benchmarks/ and reused; delete it to regenerate.
Every figure is printed beside a baseline measured in the same run with the raw library.
"""

import os
import time
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).parents[2]
LARGE = ROOT / ".benchmarks" / "large-seed1.municipaless"
RESULTS: list[str] = []


@pytest.fixture(scope="session")
def large_file() -> Path:
    if not LARGE.exists():
        from municipaless.services import demo

        LARGE.parent.mkdir(exist_ok=True)
        started = time.perf_counter()
        demo.generate(LARGE, scale="large", seed=1)
        report("generate large demo", time.perf_counter() - started, None, "target < 60 s")
    return LARGE


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


def pytest_sessionfinish(session, exitstatus):
    if RESULTS:
        out = ROOT / ".benchmarks" / "results.txt"
        out.parent.mkdir(exist_ok=True)
        out.write_text("\n".join(RESULTS) + "\n", encoding="utf-8")
        print("\n" + "\n".join(RESULTS))


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]
