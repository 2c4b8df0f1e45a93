"""How the tests are laid out, so the next engineer can read them.

- ``test_*.py`` holds tests; ``conftest.py`` holds fixtures (the nearest one to the tests using
  them); any other module under ``tests/`` is a helper (sample builders ``*_sample.py``, the UI
  gestures ``tests/ui/driving.py``, ``merge_helpers.py``, ``schema_dump.py``).
- A test module never imports another test module, and nothing uses ``import *``: a reader
  must see where each name comes from.
- Helpers are imported one way, absolutely: ``from tests.ui.driving import save``. No relative
  imports, no bare ``from activity_sample import …`` through a ``sys.path`` edit.
"""

import ast
from pathlib import Path

TESTS = Path(__file__).parent
SKIPPED = {"benchmarks", "data"}  # run by `make bench` as scripts / not Python tests


def _modules():
    for path in sorted(TESTS.rglob("*.py")):
        if SKIPPED & set(path.relative_to(TESTS).parts):
            continue
        yield path, ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def _imports(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            yield node, node.module or "", [alias.name for alias in node.names]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node, alias.name, []


def _is_sys_path(node) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "path" and _name(node.value) == "sys"


def _name(node) -> str:
    return node.id if isinstance(node, ast.Name) else ""


def _helper_names() -> set[str]:
    return {
        path.stem
        for path, _ in _modules()
        if not path.stem.startswith("test_") and path.stem not in {"conftest", "__init__"}
    }


def test_no_test_module_imports_another_or_uses_import_star():
    offenders = []
    for path, tree in _modules():
        for node, module, names in _imports(tree):
            where = f"{path.relative_to(TESTS)}:{node.lineno}"
            if "*" in names:
                offenders.append(f"{where} import *")
            if module.split(".")[-1].startswith("test_") or any(
                n.startswith("test_") for n in names
            ):
                offenders.append(f"{where} imports a test module ({module or names})")
    assert offenders == []


def test_helpers_are_imported_absolutely_from_tests():
    helpers = _helper_names()
    offenders = []
    for path, tree in _modules():
        for node, module, _names in _imports(tree):
            where = f"{path.relative_to(TESTS)}:{node.lineno}"
            if isinstance(node, ast.ImportFrom) and node.level:
                offenders.append(f"{where} relative import")
            elif module.split(".")[0] in helpers:
                offenders.append(f"{where} bare import of helper {module}")
        if any(
            isinstance(n, ast.Attribute)
            and n.attr == "path"
            and getattr(n.value, "id", "") == "sys"
            for n in ast.walk(tree)
        ):
            offenders.append(f"{path.relative_to(TESTS)} edits sys.path")
    assert offenders == []


def test_every_test_folder_is_a_package():
    """So that helpers import as ``tests.<folder>.<module>`` and test file names may repeat."""
    folders = {p.parent for p, _ in _modules()}
    assert [str(f.relative_to(TESTS)) for f in folders if not (f / "__init__.py").exists()] == []
