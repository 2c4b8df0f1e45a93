"""Standard dialogs in one place, so tests patch QFileDialog/QMessageBox once for all callers.

Qt's own dialogs are in French through the ``qtbase_fr`` translator installed by the app.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from municipaless.services.file.places import FILE_SUFFIX, data_dir
from municipaless.ui.common import file_dialogs

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def file_filter() -> str:
    return translate("Dialogs", "MunicipalESS territories (*.municipaless *.sqlite)")


def _visible(start_dir: str) -> Path | None:
    """The open file's folder, unless it is the app's own data folder (demo, backups)."""
    if not start_dir:
        return None
    folder = Path(start_dir)
    return None if folder.resolve().is_relative_to(data_dir().resolve()) else folder


def ask_open_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    title = translate("Dialogs", "Open a territory file")
    return file_dialogs.ask_open(parent, "territory", title, file_filter(), _visible(start_dir))


def ask_new_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    folder = file_dialogs.start_folder("territory", _visible(start_dir))
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "New territory file"), str(folder), file_filter()
    )
    if not name:
        return None
    path = Path(name)
    file_dialogs.remember("territory", path)
    if path.suffix.lower() not in (FILE_SUFFIX, ".sqlite"):
        path = path.with_name(path.name + FILE_SUFFIX)
    return path


def open_failed(parent: QWidget | None, message: str) -> bool:
    """Show why a file could not be opened; True if the officer wants to open another one."""
    answer = QMessageBox.critical(
        parent,
        translate("Dialogs", "The file could not be opened"),
        message,
        QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Close,
        QMessageBox.StandardButton.Open,
    )
    return answer == QMessageBox.StandardButton.Open


def error(parent: QWidget | None, title: str, message: str) -> None:
    QMessageBox.critical(parent, title, message)
