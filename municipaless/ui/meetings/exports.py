"""Exports of the Réunions section, written on a worker behind a cancellable progress dialog,
then "Ouvrir le fichier / le dossier" — ui/common/export_runner.py.

Each export is a services/meetings/documents.py function run by a ``Job`` with its own
read-only connection (a sqlite connection never crosses threads); the documents layer writes
to a temporary name and renames, so a cancel or a failure leaves nothing half-written.
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.workers import Job

FILTERS = {
    "docx": "Word (*.docx)",
    "pdf": "PDF (*.pdf)",
    "odt": "LibreOffice Writer (*.odt)",
    "xlsx": "Excel (*.xlsx)",
    "ods": "LibreOffice Calc (*.ods)",
    "ics": "iCalendar (*.ics)",
}


def safe_name(text: str) -> str:
    """A file name from a title: no characters Windows refuses, no trailing dots."""
    cleaned = "".join("-" if c in '<>:"/\\|?*' else c for c in text).strip(" .")
    return cleaned[:90] or "export"


class Exporter(ExportRunner):
    """Runs one export at a time for a page; ``finished`` carries the path written."""

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self.territory: Any = None
        self.preview: Any = None  # the last print preview opened (tests reach it)

    def ask_path(self, title: str, name: str, fmt: str) -> Path | None:
        kind = "calendar" if fmt == "ics" else "meeting"
        path, _ = file_dialogs.ask_save(
            self.owner, kind, title, f"{safe_name(name)}.{fmt}", FILTERS[fmt]
        )
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(f".{fmt}")

    def print_preview(self, build: Callable[[Any], Any]) -> Any:
        """« Imprimer… » beside « Exporter… »: ``build(territory)`` is the export's own
        Document builder; the preview shows it, nothing is written to disk."""
        from municipaless.ui.common.print_preview import preview_of

        self.preview = preview_of(self.owner, self.territory, build)
        return self.preview

    def run(self, title: str, name: str, fmt: str, write: Callable[[Any, Path], Any]) -> None:
        """Ask where, then ``write(territory, path)`` on a worker (a services function)."""
        if self.territory is None or self.busy():
            return
        path = self.ask_path(title, name, fmt)
        if path is None:
            return

        def work(territory, job: Job) -> Path:
            job.check()
            return remove_if_cancelled(job, write(territory, path) or path)

        self.start(self.territory, work, title)
