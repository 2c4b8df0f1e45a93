"""Writing a file on a worker, the one way every page exports.

A ``Job`` opens its own read-only connection (a sqlite connection never crosses threads) behind
a progress dialog that can be cancelled; the documents layer writes to a temporary name and
renames, so a cancel or a failure leaves nothing half-written. A failure is a critical box; a
success asks « Ouvrir le fichier / le dossier » through ``ask_after_export``, a module function
looked up at call time so tests replace it here, in one place, without a modal box.
"""

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from municipaless.storage.errors import StorageError
from municipaless.ui.common import storage_errors
from municipaless.ui.common.workers import Job, release

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def ask_after_export(parent: QWidget, path: Path) -> str:
    """ "file", "folder" or "" (Fermer)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("ExportRunner", "Export finished"))
    box.setText(translate("ExportRunner", "The file was written to {path}.").format(path=path))
    open_file = box.addButton(
        translate("ExportRunner", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("ExportRunner", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return {open_file: "file", open_folder: "folder"}.get(box.clickedButton(), "")


def open_after_export(parent: QWidget, path: Path) -> None:
    choice = ask_after_export(parent, path)  # the module attribute: a test's patch wins
    if choice == "file":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    elif choice == "folder":
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


def remove_if_cancelled(job: Job, written: Path | Iterable[Path]) -> Path:
    """Called on the worker after writing: a cancel that came during the write wins.
    ``written`` is the path, or the paths (a CSV export writes one file per table); returns
    the first."""
    files = [Path(written)] if isinstance(written, str | Path) else [Path(p) for p in written]
    if job.cancelled:
        for path in files:
            path.unlink(missing_ok=True)
    job.check()
    return files[0]


class ExportRunner(QObject):
    """One export at a time for a widget. ``finished`` carries the path written."""

    finished = Signal(object)

    def __init__(self, owner: QWidget, failure_title: str = "", *, stop_on_close: bool = False):
        """``stop_on_close``: stop the worker when the owner's window closes, for pages the
        window does not ``shutdown()`` itself."""
        super().__init__(owner)
        self.owner = owner
        self.failure_title = failure_title
        self.stop_on_close = stop_on_close
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_export: Path | None = None
        self._watched: QObject | None = None
        self._last_start: tuple | None = None

    def busy(self) -> bool:
        return self.job is not None

    def start(
        self,
        territory: Any,
        fn: Callable[[Any, Job], Any],
        label: str,
        on_success: Callable[[Any], Any] | None = None,
    ) -> bool:
        """Run ``fn(territory, job)`` on a worker; its result (the path written) goes to
        ``exported`` unless ``on_success`` takes it (a preview, a result with a path)."""
        if territory is None or self.job is not None:
            return False
        if self.stop_on_close and self.owner.window() is not self._watched:
            self._watched = self.owner.window()
            self._watched.installEventFilter(self)
        self._last_start = (territory, fn, label, on_success)
        self.job = Job(territory.path, fn, self)
        self.job.succeeded.connect(on_success or self.exported)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self.progress = QProgressDialog(
            label, translate("ExportRunner", "Cancel"), 0, 0, self.owner
        )
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)  # quick work flashes nothing
        self.progress.canceled.connect(self.job.cancel)
        self.job.start()
        return True

    def shutdown(self) -> None:
        """The window closes: cancel and wait, a QThread destroyed while running aborts."""
        if self.job is not None:
            self.job.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    def exported(self, path: Any) -> None:
        """The file is written: say so, then « Ouvrir le fichier / le dossier »."""
        self.last_export = Path(path)
        self.finished.emit(self.last_export)
        open_after_export(self.owner, self.last_export)

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        if self.job is not None:
            release(self.job)  # deferred, after wait(): never inside its own finished signal
        self.job = None

    def _failed(self, message: str) -> None:
        title = self.failure_title or translate("ExportRunner", "The file could not be written")
        error = self.job.error if self.job is not None else None
        if error is None or isinstance(error, StorageError):
            QMessageBox.critical(self.owner, title, message)
            return
        # a disk, share or SQLite failure: French, details apart, « Réessayer » when it helps
        problem = storage_errors.problem_for(error, getattr(self._last_start[0], "path", None))
        if storage_errors.show_problem(self.owner, problem, title, critical=True):
            QTimer.singleShot(0, lambda: self.start(*self._last_start))
