"""Writing a file from the annuaire (the filtered list, the Guide des structures) on a worker.

The same pattern as the Rapports page: a ``Job`` with its own read-only connection, behind a
progress dialog that can be cancelled; the documents layer writes to a temporary name, so a
cancel leaves nothing half-written. Then « Ouvrir le fichier / le dossier ».
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from municipaless.ui.workers import Job

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def ask_after_export(parent: QWidget, path: Path) -> str:
    """ "file", "folder" or "" — a function of its own so tests answer without a modal box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("DirectoryExport", "Export finished"))
    box.setText(translate("DirectoryExport", "The file was written to {path}.").format(path=path))
    open_file = box.addButton(
        translate("DirectoryExport", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("DirectoryExport", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return {open_file: "file", open_folder: "folder"}.get(box.clickedButton(), "")


def open_after_export(parent: QWidget, path: Path) -> None:
    choice = ask_after_export(parent, path)
    if choice == "file":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif choice == "folder":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportRunner(QObject):
    """One export at a time for a widget; stops its worker when the window closes."""

    def __init__(self, owner: QWidget):
        super().__init__(owner)
        self.owner = owner
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_path: Path | None = None
        self._watched: QObject | None = None

    def busy(self) -> bool:
        return self.job is not None

    def start(self, territory: Any, fn: Callable[[Any, Job], Path], label: str) -> bool:
        """Run ``fn(territory, job)`` (returns the path written) on a worker."""
        if territory is None or self.job is not None:
            return False
        window = self.owner.window()
        if window is not self._watched:
            window.installEventFilter(self)
            self._watched = window
        self.job = Job(territory.path, fn, self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self.progress = QProgressDialog(
            label, translate("DirectoryExport", "Cancel"), 0, 0, self.owner
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.job.cancel)
        self.job.start()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close and self.job is not None:
            self.job.stop()  # a QThread destroyed while running aborts the process
        return False

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.job = None  # owned by the runner: never deleted from its own finished signal

    def _failed(self, message: str) -> None:
        QMessageBox.critical(
            self.owner, translate("DirectoryExport", "The file could not be written"), message
        )

    def _done(self, path: Any) -> None:
        self.last_path = Path(path)
        open_after_export(self.owner, self.last_path)


def remove_if_cancelled(job: Job, path: Path) -> Path:
    """Called on the worker after writing: a cancel that came during the write wins."""
    if job.cancelled:
        Path(path).unlink(missing_ok=True)
    job.check()
    return Path(path)
