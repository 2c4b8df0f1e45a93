"""Where file dialogs open: the user's Documents folder, then the last folder per kind.

Exports used to be proposed beside the territory file, which for the demo and for copies is
the app's hidden data folder, next to the automatic backups: documents written there were
lost to the officer. Each kind of document (bilan, fiche projet, contacts…) now remembers
its own last folder in QSettings, on this PC only; the first time, it is Documents.

The calls stay Qt's static ``QFileDialog`` functions: native on Windows and macOS, Qt's own
(in French, see ``qt_french``) elsewhere; tests replace them in one place.
"""

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget

_KEY = "file_dialogs/{kind}"


def documents_dir() -> Path:
    """The user's Documents folder, or the home folder when the system has none."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(location) if location else Path.home()
    return folder if folder.is_dir() else Path.home()


def last_folder(kind: str) -> Path | None:
    value = QSettings().value(_KEY.format(kind=kind), "", str)
    folder = Path(value) if value else None
    return folder if folder is not None and folder.is_dir() else None


def remember(kind: str, chosen: Path) -> None:
    folder = chosen if chosen.is_dir() else chosen.parent
    QSettings().setValue(_KEY.format(kind=kind), str(folder))


def start_folder(kind: str, fallback: Path | None = None) -> Path:
    """The last folder of this kind, else ``fallback`` when it exists, else Documents."""
    if (folder := last_folder(kind)) is not None:
        return folder
    if fallback is not None and fallback.is_dir():
        return fallback
    return documents_dir()


def ask_save(
    parent: QWidget | None, kind: str, title: str, name: str, filters: str
) -> tuple[Path | None, str]:
    """A path to write (``None`` when cancelled) and the filter left selected."""
    start = start_folder(kind) / name
    chosen, selected = QFileDialog.getSaveFileName(parent, title, str(start), filters)
    if not chosen:
        return None, selected
    path = Path(chosen)
    remember(kind, path)
    return path, selected


def ask_open(
    parent: QWidget | None, kind: str, title: str, filters: str, fallback: Path | None = None
) -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent, title, str(start_folder(kind, fallback)), filters
    )
    if not chosen:
        return None
    path = Path(chosen)
    remember(kind, path)
    return path


def ask_folder(parent: QWidget | None, kind: str, title: str) -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, title, str(start_folder(kind)))
    if not chosen:
        return None
    path = Path(chosen)
    remember(kind, path)
    return path
