"""The layer rules of docs/design.md#layers, as import-linter contracts in pyproject.toml."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]


def test_import_contracts_hold():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [str(lint_imports), "--no-cache"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_sql_outside_storage():
    """Repositories own the SQL: other layers call them (docs/design.md#layers)."""
    offenders = []
    for path in (ROOT / "municipaless").rglob("*.py"):
        relative = path.relative_to(ROOT / "municipaless")
        if relative.parts[0] in {"storage"}:
            continue
        text = path.read_text(encoding="utf-8")
        if any(word in text for word in ("SELECT ", "INSERT INTO", "UPDATE ", "DELETE FROM")):
            offenders.append(str(relative))
    assert offenders == []


def test_modules_stay_small():
    sizes = {
        str(p.relative_to(ROOT)): len(p.read_text(encoding="utf-8").splitlines())
        for p in (ROOT / "municipaless").rglob("*.py")
        if "forms" not in p.parts
    }
    assert {name: n for name, n in sizes.items() if n > 600} == {}
