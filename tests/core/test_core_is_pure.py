"""core must stay importable without Qt or any other layer of the app."""

import ast
from pathlib import Path

import pytest

CORE = Path(__file__).resolve().parents[2] / "municipaless" / "core"
FORBIDDEN = ("PySide6", "shiboken6", "sqlite3", "sqlite_utils")
OTHER_LAYERS = ("storage", "services", "documents", "imports", "ui", "cli")


@pytest.mark.parametrize("module", sorted(CORE.glob("*.py")), ids=lambda p: p.name)
def test_core_imports_only_core_and_third_party(module):
    tree = ast.parse(module.read_text(encoding="utf-8"))
    names = [
        alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.Import)
        for alias in node.names
    ]
    names += [node.module or "" for node in ast.walk(tree) if isinstance(node, ast.ImportFrom)]
    for name in names:
        assert not name.startswith(FORBIDDEN), name
        assert not any(name.startswith(f"municipaless.{layer}") for layer in OTHER_LAYERS), name
