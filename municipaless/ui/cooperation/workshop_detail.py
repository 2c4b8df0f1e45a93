"""One atelier beside the list: when, where, who trains, the places taken, its registrations
(ui/cooperation/registrations_table.py) and its documents — the feuille d'émargement (PDF or
Word) and the registrations (Excel), written on a worker like every export.

It answers the detail-pane protocol the list page drives: ``set_territory``, ``clear``,
``show_record(table, id, kind_text)`` and ``shown``.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from municipaless.core import formats
from municipaless.core.statuses import WorkshopStatus, label_of
from municipaless.storage.errors import StorageError
from municipaless.ui.common import file_dialogs
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.small_tables import confirm, guard
from municipaless.ui.cooperation.registrations_table import RegistrationsTable
from municipaless.ui.editing import read_only_text, show_storage_error

SHEET_FILTERS = "PDF (*.pdf);;Word (*.docx)"


def _safe_name(text: str) -> str:
    cleaned = "".join("-" if c in '<>:"/\\|?*' else c for c in text).strip(" .")
    return cleaned[:90] or "atelier"


class WorkshopDetail(QWidget):
    changed = Signal()  # the atelier or its registrations were written
    edit_requested = Signal(str)  # « Modifier… »: the page opens the form
    register_requested = Signal(str)  # « Inscrire… »

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.workshop: Any = None
        self.shown: tuple[str, str] | None = None
        self.exporter = ExportRunner(self, stop_on_close=True)
        self.empty = QLabel(self.tr("Choose a workshop in the list."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.title = QLabel()
        self.title.setObjectName("workshopTitle")
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QLabel()
        self.facts.setObjectName("workshopFacts")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        bar = ActionBar()
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.setObjectName("editWorkshop")
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))
        self.sheet_button = QPushButton(self.tr("Sign-in sheet…"))
        self.sheet_button.setObjectName("signinSheet")
        self.sheet_button.clicked.connect(self.export_sheet)
        self.export_button = QPushButton(self.tr("Export the registrations…"))
        self.export_button.setObjectName("exportRegistrations")
        self.export_button.clicked.connect(self.export_registrations)
        self.cancel_button = QPushButton(self.tr("Cancel the workshop"))
        self.cancel_button.setObjectName("cancelWorkshop")
        self.cancel_button.clicked.connect(self.cancel_workshop)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("deleteWorkshop")
        self.delete_button.clicked.connect(self.delete_workshop)
        for button in (self.edit_button, self.sheet_button, self.export_button):
            bar.add(button)
        bar.add_stretch()
        bar.add(self.cancel_button)
        bar.add(self.delete_button)

        self.registrations = RegistrationsTable()
        self.registrations.changed.connect(self._written)
        self.registrations.register_requested.connect(lambda: self._emit(self.register_requested))
        self.body = QWidget()
        inner = QVBoxLayout(self.body)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.addWidget(self.title)
        inner.addWidget(self.facts)
        inner.addWidget(bar)
        inner.addWidget(self.registrations, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.body, 1)
        self.clear()

    def _emit(self, signal: Any) -> None:
        if self.workshop is not None:
            signal.emit(self.workshop.id)

    # the detail-pane protocol ------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.clear()

    def clear(self) -> None:
        self.shown = None
        self.workshop = None
        self.body.hide()
        self.empty.show()

    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        if self.territory is None:
            self.clear()
            return False
        try:
            self.workshop = self.territory.records[table].get(row_id)
        except StorageError as exc:
            self.clear()
            self.empty.setText(exc.message)
            return False
        self.shown = (table, row_id)
        self._fill()
        self.empty.hide()
        self.body.show()
        return True

    # showing -----------------------------------------------------------------------------
    def _fill(self) -> None:
        w = self.workshop
        self.title.setText(f"<b>{_html(w.title)}</b>")
        lines = [_when(w.starts_at, w.ends_at)]
        if w.place:
            lines.append(self.tr("Place: {place}").format(place=w.place))
        if w.theme:
            lines.append(self.tr("Theme: {theme}").format(theme=w.theme))
        trainer = self._trainer(w)
        if trainer:
            lines.append(self.tr("Trainer: {who}").format(who=trainer))
        status = label_of(WorkshopStatus, w.status)
        lines.append(self.tr("Status: {status}").format(status=status))
        if w.description:
            lines.append(w.description)
        self.facts.setText("\n".join(lines))
        reason = read_only_text(self.territory)
        cancelled = w.status == WorkshopStatus.CANCELLED
        guard([self.edit_button, self.delete_button], reason)
        guard(
            [self.cancel_button],
            reason or (self.tr("This workshop is already cancelled.") if cancelled else ""),
        )
        register_reason = reason or (
            self.tr("A cancelled workshop takes no registration.") if cancelled else ""
        )
        self.registrations.show_workshop(self.territory, w, reason)
        guard([self.registrations.register_button], register_reason)

    def _trainer(self, w: Any) -> str:
        parts = []
        for table, row_id in (
            ("person", w.trainer_person_id),
            ("organisation", w.trainer_organisation_id),
        ):
            if not row_id:
                continue
            try:
                record = self.territory.records[table].get(row_id, include_deleted=True)
            except StorageError:
                continue
            if table == "person":
                parts.append(f"{record.first_name} {record.last_name}".strip())
            else:
                parts.append(record.name)
        return ", ".join(p for p in parts if p)

    def refresh(self) -> None:
        if self.shown is not None:
            self.show_record(*self.shown)

    def _written(self) -> None:
        self.refresh()
        self.changed.emit()

    # the atelier -------------------------------------------------------------------------
    def cancel_workshop(self) -> None:
        from municipaless.services.cooperation import workshops

        if self.workshop is None:
            return
        try:
            workshops.cancel_workshop(self.territory, self.workshop.id, self.workshop.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
        self._written()

    def delete_workshop(self) -> None:
        from municipaless.services.cooperation import workshops

        w = self.workshop
        if w is None or not confirm(self, f"« {w.title} »"):
            return
        try:
            workshops.delete_workshop(self.territory, w.id, w.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.clear()
        self.changed.emit()

    # documents ---------------------------------------------------------------------------
    def _ask(self, title: str, name: str, filters: str, default: str) -> Path | None:
        path, selected = file_dialogs.ask_save(self, "workshop", title, name, filters)
        if path is None:
            return None
        if path.suffix.lower() in (".pdf", ".docx", ".xlsx"):
            return path
        return path.with_suffix(".docx" if "docx" in (selected or "") else default)

    def export_sheet(self) -> None:
        from municipaless.services.cooperation import workshop_documents

        if self.workshop is None or self.exporter.busy():
            return
        title = self.tr("Sign-in sheet")
        name = _safe_name(f"Émargement {self.workshop.title}") + ".pdf"
        path = self._ask(title, name, SHEET_FILTERS, ".pdf")
        if path is not None:
            workshop_id = self.workshop.id
            self.exporter.start(
                self.territory,
                lambda t, job: remove_if_cancelled(
                    job, workshop_documents.export_signin_sheet(t, workshop_id, path)
                ),
                title,
            )

    def export_registrations(self) -> None:
        from municipaless.services.cooperation import workshop_documents

        if self.workshop is None or self.exporter.busy():
            return
        title = self.tr("Export the registrations")
        name = _safe_name(f"Inscrits {self.workshop.title}") + ".xlsx"
        path = self._ask(title, name, "Excel (*.xlsx)", ".xlsx")
        if path is not None:
            workshop_id = self.workshop.id
            self.exporter.start(
                self.territory,
                lambda t, job: remove_if_cancelled(
                    job, workshop_documents.export_registrations(t, workshop_id, path)
                ),
                title,
            )


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _when(starts_at: str, ends_at: str | None) -> str:
    """« 12/03/2026 14:00 – 17:00 »."""
    text = f"{formats.format_date(starts_at[:10])} {starts_at[11:16]}".strip()
    if ends_at and ends_at[:10] == starts_at[:10]:
        return f"{text} – {ends_at[11:16]}"
    if ends_at:
        return f"{text} – {formats.format_date(ends_at[:10])} {ends_at[11:16]}"
    return text
