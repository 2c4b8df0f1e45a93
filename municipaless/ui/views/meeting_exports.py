"""Exports of the Réunions section, written on a worker behind a cancellable progress dialog,
then "Ouvrir le fichier / le dossier" — the pattern of ui/views/reports.py.

Each export is a services/meeting_documents.py function run by a ``Job`` with its own
read-only connection (a sqlite connection never crosses threads); the documents layer writes
to a temporary name and renames, so a cancel or a failure leaves nothing half-written.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

from municipaless.ui.workers import Job

translate = QCoreApplication.translate
FILTERS = {
    "docx": "Word (*.docx)",
    "pdf": "PDF (*.pdf)",
    "odt": "LibreOffice Writer (*.odt)",
    "xlsx": "Excel (*.xlsx)",
    "ods": "LibreOffice Calc (*.ods)",
    "ics": "iCalendar (*.ics)",
}


def ask_after_export(parent: QWidget, path: Path) -> str:
    """ "file", "folder" or "" — a function of its own so tests answer without a modal box."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("MeetingExports", "Export finished"))
    box.setText(translate("MeetingExports", "The file was written to {path}.").format(path=path))
    open_file = box.addButton(
        translate("MeetingExports", "Open the file"), QMessageBox.ButtonRole.AcceptRole
    )
    open_folder = box.addButton(
        translate("MeetingExports", "Open the folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return {open_file: "file", open_folder: "folder"}.get(box.clickedButton(), "")


def safe_name(text: str) -> str:
    """A file name from a title: no characters Windows refuses, no trailing dots."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' else c for c in text).strip(" .")
    return cleaned[:90] or "export"


class Exporter(QObject):
    """Runs one export at a time for a page; ``finished`` carries the path written."""

    finished = Signal(object)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.widget = parent
        self.territory: Any = None
        self.job: Job | None = None
        self.progress: QProgressDialog | None = None
        self.last_export: Path | None = None

    def ask_path(self, title: str, name: str, fmt: str) -> Path | None:
        start = self.territory.path.with_name(f"{safe_name(name)}.{fmt}")
        chosen, _ = QFileDialog.getSaveFileName(self.widget, title, str(start), FILTERS[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(f".{fmt}")

    def run(self, title: str, name: str, fmt: str, write: Callable[[Any, Path], Any]) -> None:
        """Ask where, then ``write(territory, path)`` on a worker (a services function)."""
        if self.territory is None or self.job is not None:
            return
        path = self.ask_path(title, name, fmt)
        if path is None:
            return

        def work(territory, job: Job):
            job.check()
            written = write(territory, path)
            files = [written] if isinstance(written, Path) else list(written or [path])
            if job.cancelled:
                for p in files:
                    Path(p).unlink(missing_ok=True)
            job.check()
            return Path(files[0])

        self.job = Job(self.territory.path, work, self)
        self.job.succeeded.connect(self._done)
        self.job.failed.connect(self._failed)
        self.job.finished.connect(self._finished)
        self.progress = QProgressDialog(title, translate("MeetingExports", "Cancel"), 0, 0)
        self.progress.setParent(self.widget, self.progress.windowFlags())
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.canceled.connect(self.job.cancel)
        self.job.start()

    def shutdown(self) -> None:
        if self.job is not None:
            self.job.stop()

    def _finished(self) -> None:
        if self.progress is not None:
            self.progress.reset()
            self.progress.deleteLater()
            self.progress = None
        self.job = None  # not deleteLater()'d from its own signal (see reports.py)

    def _failed(self, message: str) -> None:
        QMessageBox.critical(
            self.widget, translate("MeetingExports", "The file could not be written"), message
        )

    def _done(self, path: Path) -> None:
        self.last_export = path
        self.finished.emit(path)
        choice = ask_after_export(self.widget, path)
        if choice == "file":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        elif choice == "folder":
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
