"""Where the shipped reference data lives, whichever way the app was installed.

A wheel carries the top-level ``resources/`` inside the package (pyproject force-includes it as
``municipaless/resources``); a source tree or an editable install keeps it beside the package;
the PyInstaller bundle (packaging/municipaless.spec) unpacks it as ``resources/`` in its own
folder, ``sys._MEIPASS``.
Only path arithmetic here: reading the files belongs to the layers that do I/O.
"""

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The bundle's or the installed copy wins, so neither reads a stray checkout's files."""
    if getattr(sys, "frozen", False):
        return Path(getattr(sys, "_MEIPASS", Path(sys.executable).parent)) / "resources"
    packaged = _PACKAGE_DIR / "resources"
    if packaged.is_dir():
        return packaged
    return _PACKAGE_DIR.parent / "resources"


def communes_csv() -> Path:
    """INSEE COG communes (comma-separated, UTF-8, CRLF): see resources/geo/README.md."""
    return resources_dir() / "geo" / "communes.csv"


def postcodes_csv() -> Path:
    """La Poste postcodes (semicolon-separated, UTF-8, LF): see resources/geo/README.md."""
    return resources_dir() / "geo" / "laposte_hexasmal.csv"


def epci_csv() -> Path:
    """DGCL EPCI members 2025 (comma-separated, UTF-8, CRLF): see resources/geo/README.md."""
    return resources_dir() / "geo" / "epci_membres_2025.csv"
