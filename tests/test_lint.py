"""ruff in the suite, so CI is red on lint as on a failing test."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
TARGETS = ["municipaless", "tests", "packaging"]


def _ruff(*args: str) -> subprocess.CompletedProcess:
    ruff = Path(sys.executable).parent / "ruff"
    return subprocess.run([str(ruff), *args, *TARGETS], cwd=ROOT, capture_output=True, text=True)


def test_ruff_check():
    result = _ruff("check", "--no-cache")
    assert result.returncode == 0, result.stdout


def test_ruff_format():
    result = _ruff("format", "--check", "--no-cache")
    assert result.returncode == 0, result.stdout
