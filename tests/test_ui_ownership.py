"""The window owns its state: nothing in ui/ hangs attributes on it or takes it as a
parameter (import circles anywhere in the package: tests/test_import_graph.py)."""

import ast
from pathlib import Path

UI = Path(__file__).parents[1] / "municipaless" / "ui"


def _modules() -> dict[str, ast.Module]:
    return {
        ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts): ast.parse(
            path.read_text(encoding="utf-8")
        )
        for path in UI.rglob("*.py")
        if "forms" not in path.parts
    }


def _mentions_window(node: ast.arg) -> bool:
    annotation = ast.unparse(node.annotation) if node.annotation is not None else ""
    return node.arg == "window" or "MainWindow" in annotation


def test_no_module_level_function_takes_the_window():
    offenders = [
        f"{name}.{node.name}"
        for name, tree in _modules().items()
        for node in tree.body
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and any(_mentions_window(arg) for arg in node.args.posonlyargs + node.args.args)
    ]
    assert offenders == []


def test_nothing_outside_the_window_sets_attributes_on_it():
    offenders = []
    for name, tree in _modules().items():
        if name.endswith("shell.main_window"):
            continue
        for node in ast.walk(tree):
            targets = []
            if isinstance(node, ast.Assign):
                targets = node.targets
            elif isinstance(node, ast.AugAssign | ast.AnnAssign):
                targets = [node.target]
            elif isinstance(node, ast.Call) and ast.unparse(node.func) == "setattr":
                targets = [ast.Attribute(value=node.args[0], attr="?")] if node.args else []
            for target in targets:
                if isinstance(target, ast.Attribute) and ast.unparse(target.value) in (
                    "window",
                    "self.window()",
                    "self.window_",
                ):
                    offenders.append(f"{name}:{node.lineno}")
    assert offenders == []


def test_only_the_start_up_imports_the_main_window():
    importers = sorted(
        name
        for name, tree in _modules().items()
        for node in ast.walk(tree)
        if isinstance(node, ast.ImportFrom) and node.module == "municipaless.ui.shell.main_window"
    )
    assert importers == ["municipaless.ui.shell.app"]
