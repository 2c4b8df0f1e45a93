"""The PyInstaller bundle works on its own: every command, the window, the install on Linux.

Builds packaging/municipaless.spec into a temporary folder (~2 min), or reuses dist/MunicipalESS
when it is newer than every source it is made of (`make package` just ran). Runs only where
PyInstaller is installed (the `package` extra: `make package` installs it; CI's venv has not).
A missing Qt plugin, font, translation or data file fails one of these tests.
"""

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from municipaless import __version__

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "municipaless.spec"
EXE = "MunicipalESS.exe" if sys.platform == "win32" else "MunicipalESS"
SOURCES = ("municipaless", "resources", "packaging/linux", "packaging/windows")
QT_FAILURES = (
    "Could not find the Qt platform plugin",
    "Could not load the Qt platform plugin",
    "Cannot load library",
    "Traceback",
    "ModuleNotFoundError",
    "No such file or directory",
)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        importlib.util.find_spec("PyInstaller") is None,
        reason="PyInstaller is the `package` extra: `make package` installs it",
    ),
]


def _newest_source() -> float:
    files = [SPEC, ROOT / "packaging" / "make_icons.py"]
    for folder in SOURCES:
        files += [p for p in (ROOT / folder).rglob("*") if "__pycache__" not in p.parts]
    return max(p.stat().st_mtime for p in files if p.is_file())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    built = ROOT / "dist" / "MunicipalESS"
    if (built / EXE).exists() and (built / EXE).stat().st_mtime > _newest_source():
        return built
    out = tmp_path_factory.mktemp("bundle")
    done = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(out / "dist"), "--workpath", str(out / "build"), str(SPEC)],
        cwd=ROOT, capture_output=True, text=True, timeout=1200,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    return out / "dist" / "MunicipalESS"


@pytest.fixture
def env(tmp_path) -> dict:
    """The bundle alone: no source tree on the path, the user's folders in tmp_path."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
    return {
        **clean,
        "HOME": str(tmp_path / "home"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "QT_QPA_PLATFORM": "offscreen",
    }


def _run(bundle: Path, env: dict, *args: str, cwd: Path | None = None, exe: Path | None = None):
    done = subprocess.run(
        [str(exe or bundle / EXE), *args],
        env=env, cwd=cwd or env["HOME"], capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    for failure in QT_FAILURES:
        assert failure not in done.stderr, done.stderr[-3000:]
    return done


@pytest.fixture
def demo_file(bundle, env, tmp_path) -> Path:
    Path(env["HOME"]).mkdir(parents=True, exist_ok=True)
    path = tmp_path / "d.municipaless"
    done = _run(bundle, env, "demo", str(path))
    assert done.returncode == 0, done.stderr
    assert "Territoire de démonstration écrit" in done.stdout
    return path


def _plugin_stems(bundle: Path, folder: str) -> set[str]:
    found = next(bundle.rglob(f"plugins/{folder}"), None)
    assert found is not None, folder
    return {p.name.split(".")[0].removeprefix("lib") for p in found.iterdir()}


def test_ships_what_the_app_needs_and_not_the_rest(bundle):
    internal = bundle / "_internal"
    platforms = _plugin_stems(bundle, "platforms")
    assert "qoffscreen" in platforms
    assert {"linux": "qxcb", "win32": "qwindows", "darwin": "qcocoa"}[sys.platform] in platforms
    assert "qsvgicon" in _plugin_stems(bundle, "iconengines")
    assert "qsvg" in _plugin_stems(bundle, "imageformats")
    assert _plugin_stems(bundle, "printsupport") or sys.platform != "linux"
    for unused in ("sqldrivers", "qmltooling", "tls", "designer", "egldeviceintegrations"):
        assert next(bundle.rglob(f"plugins/{unused}"), None) is None, unused
    qt_catalogues = {p.name for p in bundle.rglob("PySide6/Qt/translations/*.qm")}
    assert qt_catalogues == {"qt_fr.qm", "qtbase_fr.qm", "qt_en.qm", "qtbase_en.qm"}
    resources = internal / "resources"
    assert (resources / "translations" / "municipaless_fr.qm").is_file()
    assert (resources / "translations" / "municipaless_en.qm").is_file()
    assert (resources / "locale" / "en" / "LC_MESSAGES" / "municipaless.mo").is_file()
    assert (resources / "guide" / "premiers-pas.html").is_file()
    assert not list(resources.rglob("*.ts"))
    assert (resources / "fonts" / "DejaVuSans.ttf").is_file()
    assert (resources / "geo" / "communes.csv").stat().st_size > 1_000_000
    assert (resources / "icons" / "municipaless.svg").is_file()
    modules = {p.name.split(".")[0] for p in (internal / "PySide6").glob("Qt*")}
    assert {"QtCore", "QtGui", "QtWidgets", "QtPrintSupport"} <= modules
    assert not modules & {"QtNetwork", "QtQml", "QtQuick", "QtSql", "QtWebEngineCore"}
    babel = {p.stem for p in internal.rglob("babel/locale-data/*.dat")}
    assert {"root", "fr", "fr_FR"} <= babel and len(babel) < 12


def test_commands_run_from_the_bundle(bundle, env, demo_file, tmp_path):
    import openpyxl
    from docx import Document
    from pypdf import PdfReader

    version = _run(bundle, env, "--version")
    assert version.returncode == 0 and version.stdout.strip() == f"MunicipalESS {__version__}"
    check = _run(bundle, env, "check", str(demo_file))
    assert check.returncode == 0, check.stdout + check.stderr
    assert "fichier sain" in check.stdout
    period = ["--from", "2025-01-01", "--to", "2026-12-31"]
    for fmt in ("xlsx", "pdf", "docx", "odt"):
        out = tmp_path / f"bilan.{fmt}"
        done = _run(bundle, env, "export", "bilan", str(demo_file), *period, "-o", str(out))
        assert done.returncode == 0, done.stderr
        assert f"Écrit : {out}" in done.stdout
    book = openpyxl.load_workbook(tmp_path / "bilan.xlsx", read_only=True)
    rows = [row for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)]
    cells = [str(cell) for row in rows for cell in row]
    book.close()
    assert any("Porteurs" in c or "porteurs" in c for c in cells), cells[:20]
    pdf = PdfReader(tmp_path / "bilan.pdf")
    fonts = {
        str(font["/BaseFont"])
        for page in pdf.pages
        for font in page["/Resources"]["/Font"].values()
    }
    assert any("DejaVuSans" in font for font in fonts), fonts  # the shipped font, embedded
    assert "bilan" in " ".join(p.text for p in Document(tmp_path / "bilan.docx").paragraphs).lower()


def test_window_opens_the_demo_offscreen_in_french(bundle, env, demo_file):
    done = _run(bundle, {**env, "MUNICIPALESS_QUIT_WHEN_SHOWN": "ready"}, str(demo_file))
    assert done.returncode == 0, done.stderr
    # the file's name in the title, our menus and Qt's own words translated
    assert (
        f"ready: {demo_file.name} — MunicipalESS | &Fichier É&dition &Affichage &Aide | Annuler"
        in done.stdout
    )


@pytest.mark.skipif(not shutil.which("xvfb-run"), reason="an X server to try the xcb plugin")
def test_window_opens_on_a_real_x_server(bundle, env, demo_file):
    xcb = {**env, "QT_QPA_PLATFORM": "xcb", "MUNICIPALESS_QUIT_WHEN_SHOWN": "ready"}
    done = subprocess.run(
        ["xvfb-run", "-a", str(bundle / EXE), str(demo_file)],
        env=xcb, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    assert "ready: d.municipaless" in done.stdout
    assert "Could not load the Qt platform plugin" not in done.stderr


@pytest.mark.skipif(sys.platform != "linux", reason="freedesktop install")
def test_installs_for_the_user_and_opens_a_file_by_double_click(bundle, env, demo_file, tmp_path):
    """install-linux.sh from the bundle, then what a file manager runs on a double-click."""
    env = {**env, "MUNICIPALESS_BIN_DIR": str(tmp_path / "bin")}
    done = subprocess.run(["sh", str(bundle / "install-linux.sh")], env=env,
                          capture_output=True, text=True, timeout=300)  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = Path(env["XDG_DATA_HOME"])
    entry = (data / "applications" / "municipaless.desktop").read_text(encoding="utf-8")
    exec_line = re.search(r'^Exec="([^"]+)" %f$', entry, re.MULTILINE)
    assert exec_line, entry
    installed = Path(exec_line.group(1))
    assert installed.is_relative_to(data) and installed.is_file()
    assert len(list(data.rglob("icons/hicolor/*/apps/municipaless.png"))) >= 6
    if shutil.which("xdg-mime"):
        query = subprocess.run(["xdg-mime", "query", "filetype", str(demo_file)], env=env,
                               capture_output=True, text=True)  # fmt: skip
        assert query.stdout.strip() == "application/x-municipaless"
        default = subprocess.run(
            ["xdg-mime", "query", "default", "application/x-municipaless"],
            env=env, capture_output=True, text=True,
        )  # fmt: skip
        assert default.stdout.strip() == "municipaless.desktop"
    opened = _run(bundle, {**env, "MUNICIPALESS_QUIT_WHEN_SHOWN": "ready"}, str(demo_file),
                  exe=installed)  # fmt: skip
    assert opened.returncode == 0, opened.stderr
    assert f"ready: {demo_file.name} — MunicipalESS" in opened.stdout
