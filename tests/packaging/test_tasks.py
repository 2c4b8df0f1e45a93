"""tasks.py does what the Makefile does, for Windows and any machine without make."""

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
MAKEFILE = (ROOT / "Makefile").read_text(encoding="utf-8")


def _tasks():
    import importlib.util

    spec = importlib.util.spec_from_file_location("tasks", ROOT / "tasks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_help_lists_the_tasks_in_french():
    done = subprocess.run([sys.executable, str(ROOT / "tasks.py"), "--help"],
                          capture_output=True, text=True, timeout=60)  # fmt: skip
    assert done.returncode == 0
    for task in ("run", "test", "package", "installer"):
        assert task in done.stdout
    assert "sans make" in done.stdout


def test_installs_the_same_extras_as_the_makefile():
    tasks = _tasks()
    make_extras = re.findall(r'pip install --quiet -e "\.\[([a-z,]+)\]"', MAKEFILE)
    assert sorted(set(make_extras)) == sorted(set(tasks.EXTRAS.values()))
    assert tasks.EXTRAS["run"] == tasks.EXTRAS["test"] == make_extras[0]  # the STAMP install
    install = tasks.install_commands("test,bench")[-1]
    assert install[-2:] == ["-e", ".[test,bench]"]
    assert set(tasks.STAMPS.values()) <= {".installed", ".installed-package"}
    assert "STAMP := $(VENV)/.installed\n" in MAKEFILE
    assert "PACKAGE_STAMP := $(VENV)/.installed-package" in MAKEFILE


def test_commands_match_the_makefile_recipes(tmp_path):
    tasks = _tasks()
    python = tmp_path / "python"
    (run,), _ = tasks.commands(python, "run", [])
    assert run[1:] == ["-m", "municipaless", "--demo"]
    assert "$(BIN)/municipaless --demo" in MAKEFILE
    (test,), env = tasks.commands(python, "test", ["tests/core"])
    assert test[1:] == ["-m", "pytest", "-q", "tests/core"]
    assert env["QT_QPA_PLATFORM"]
    (whole,), _ = tasks.commands(python, "test", [])
    assert f"$(BIN)/python {' '.join(whole[1:])}\n" in MAKEFILE  # the whole suite as make runs it
    (package,), _ = tasks.commands(python, "package", [])
    assert package[-1] == "packaging/municipaless.spec"
    assert " ".join(package[1:-1]) in MAKEFILE  # the Makefile's PYINSTALLER line
    assert tasks.package_version() == __import__("municipaless").__version__
