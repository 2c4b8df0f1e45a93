"""`make run`, `make test` and `make package` for machines without make (Windows, a bare Mac).

    python tasks.py run        # the window on the demo territory
    python tasks.py test       # the whole test suite, offscreen, as CI runs it
    python tasks.py package    # the one-folder application in dist/ (PyInstaller)
    python tasks.py installer  # Windows: dist/MunicipalESS-<version>-installation.exe (Inno Setup)

Any Python 3.11+ runs it, with nothing installed: like the Makefile, it creates `.venv` and
installs the app with its extras the first time (again when pyproject.toml changed), then runs
the command inside it. Extra arguments go to the command: `python tasks.py test tests/core`.
"""

import argparse
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
PYPROJECT = ROOT / "pyproject.toml"
# the Makefile's installs: its STAMP for run/test, PACKAGE_STAMP for package
EXTRAS = {
    "run": "test,bench",
    "test": "test,bench",
    "package": "test,bench,package",
    "installer": "test,bench,package",
}
STAMPS = {"test,bench": ".installed", "test,bench,package": ".installed-package"}
SPEC = "packaging/municipaless.spec"
ISS = "packaging/windows/municipaless.iss"
# Inno Setup 6's compiler: on PATH, else where its installer puts it (per machine or per user)
ISCC_PLACES = (
    Path(os.environ.get("PROGRAMFILES(X86)", "C:/Program Files (x86)")) / "Inno Setup 6",
    Path(os.environ.get("LOCALAPPDATA", "C:/")) / "Programs" / "Inno Setup 6",
)


def package_version() -> str:
    """municipaless.__version__, read without importing the package (any Python runs this)."""
    text = (ROOT / "municipaless" / "__init__.py").read_text(encoding="utf-8")
    return text.split('__version__ = "', 1)[1].split('"', 1)[0]


def iscc() -> str:
    import shutil

    found = shutil.which("iscc")
    if found:
        return found
    for place in ISCC_PLACES:
        if (place / "ISCC.exe").exists():
            return str(place / "ISCC.exe")
    raise SystemExit(
        "Inno Setup 6 introuvable : installez-le (jrsoftware.org) ou ajoutez iscc au PATH."
    )


def venv_python() -> Path:
    scripts = "Scripts" if os.name == "nt" else "bin"
    return VENV / scripts / ("python.exe" if os.name == "nt" else "python")


def install_commands(extras: str) -> list[list[str]]:
    """What runs when the venv is missing or older than pyproject.toml (the Makefile's lines)."""
    python = str(venv_python())
    return [
        [python, "-m", "pip", "install", "--quiet", "--upgrade", "pip"],
        [python, "-m", "pip", "install", "--quiet", "-e", f".[{extras}]"],
    ]


def ensure_venv(extras: str) -> Path:
    stamp = VENV / STAMPS[extras]
    if stamp.exists() and stamp.stat().st_mtime >= PYPROJECT.stat().st_mtime:
        return venv_python()
    if not venv_python().exists():
        print(f"Création de l'environnement {VENV} …", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    for command in install_commands(extras):
        subprocess.run(command, cwd=ROOT, check=True)
    stamp.touch()
    return venv_python()


def commands(python: Path, task: str, extra: list[str]) -> tuple[list[list[str]], dict]:
    """The commands of a task and their environment (the Makefile's recipes)."""
    env = dict(os.environ)
    if task == "run":
        return [[str(python), "-m", "municipaless", "--demo", *extra]], env
    if task == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window during the tests
        workers = [] if extra else ["-n", "2", "--dist", "loadfile"]  # the Makefile's, in full
        return [[str(python), "-m", "pytest", "-q", *workers, *extra]], env
    pyinstaller = [str(python), "-m", "PyInstaller", "--noconfirm"]
    paths = ["--distpath", "dist", "--workpath", "build/pyinstaller"]
    steps = [[*pyinstaller, *paths, *extra, SPEC]]
    if task == "installer":
        steps.append([iscc(), f"/DAppVersion={package_version()}", ISS])
    return steps, env


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python tasks.py", description="MunicipalESS sans make : run, test ou package."
    )
    parser.add_argument("task", choices=sorted(EXTRAS), help="ce qu'il faut faire")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="passés à la commande")
    options = parser.parse_args(argv)
    if sys.version_info < (3, 11):  # noqa: UP036 (any Python may run this file)
        print("MunicipalESS demande Python 3.11 ou plus récent.", file=sys.stderr)
        return 1
    if options.task == "installer" and os.name != "nt":
        print("L'installateur Windows se construit sous Windows (Inno Setup).", file=sys.stderr)
        return 1
    python = ensure_venv(EXTRAS[options.task])
    steps, env = commands(python, options.task, options.args)
    for step in steps:
        done = subprocess.run(step, cwd=ROOT, env=env)
        if done.returncode:
            return done.returncode
    if options.task == "package":
        print(f"Application prête dans {ROOT / 'dist' / 'MunicipalESS'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
