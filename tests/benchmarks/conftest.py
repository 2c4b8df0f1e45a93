"""Benchmarks run by `make bench` on the large demo territory (never by CI).

The large file is generated once into .benchmarks/ and reused; delete it to regenerate.
Every figure is printed beside a baseline measured in the same run with the raw library.
"""

import os
import time
from pathlib import Path

import pytest
from benchlib import LARGE, RESULTS, ROOT, report

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _outdated(path: Path) -> bool:
    """A file from an older schema cannot be opened read-only, and one generated before the
    demo held calls for projects has nothing for the cooperation benchmarks: generate it anew."""
    import sqlite3

    from municipaless.storage import migrations, territory_file

    if territory_file.read_header(path).user_version < migrations.LATEST_VERSION:
        return True
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM project_call").fetchone()[0] == 0
    finally:
        conn.close()


@pytest.fixture(scope="session")
def large_file() -> Path:
    if LARGE.exists() and _outdated(LARGE):
        LARGE.unlink()
    if not LARGE.exists():
        from municipaless.services import demo

        LARGE.parent.mkdir(exist_ok=True)
        started = time.perf_counter()
        demo.generate(LARGE, scale="large", seed=1)
        report("generate large demo", time.perf_counter() - started, None, "target < 60 s")
    return LARGE


def pytest_sessionfinish(session, exitstatus):
    if RESULTS:
        out = ROOT / ".benchmarks" / "results.txt"
        out.parent.mkdir(exist_ok=True)
        out.write_text("\n".join(RESULTS) + "\n", encoding="utf-8")
        print("\n" + "\n".join(RESULTS))
