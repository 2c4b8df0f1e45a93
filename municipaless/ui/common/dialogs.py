"""Standard dialogs in one place, so tests patch QFileDialog/QMessageBox once for all callers.

Qt's own dialogs are in French through the ``qtbase_fr`` translator installed by the app.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from municipaless.services.file.places import FILE_SUFFIX

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def file_filter() -> str:
    return translate("Dialogs", "MunicipalESS territories (*.municipaless *.sqlite)")


def ask_open_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, translate("Dialogs", "Open a territory file"), start_dir, file_filter()
    )
    return Path(name) if name else None


def ask_new_path(parent: QWidget | None, start_dir: str = "") -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, translate("Dialogs", "New territory file"), start_dir, file_filter()
    )
    if not name:
        return None
    path = Path(name)
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
