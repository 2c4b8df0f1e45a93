"""Exports of Porteurs & projets: fiche projet (nominative or anonymised), fiche de liaison of
an orientation, relances as an .ics calendar; « Imprimer… » of both fiches (the same Document
in the print preview, ui/common/print_preview.py).

An anonymised fiche first shows what its redaction replaces (« Vérifiez les remplacements »,
ui/casework/redaction_review.py): the file is asked for and written only on « Continuer ».

Each file is written on a worker behind a cancellable progress dialog, then "Ouvrir le
fichier / le dossier" (ui/common/export_runner.py); the services write to a temporary name and
rename, so a cancel leaves nothing half-written.
"""

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.casework.redaction_review import RedactionReview
from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner
from municipaless.ui.common.workers import Job

SHEET_FORMATS = (("docx", "Word (DOCX)"), ("pdf", "PDF"))


class SheetOptions(QDialog):
    """Fiche projet: nominative (internal use) or anonymised (a jury, a comité), DOCX or PDF."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Project sheet"))
        self.nominative = QRadioButton(self.tr("Nominative (names and contact details)"))
        self.anonymised = QRadioButton(
            self.tr("Anonymised, for a jury or a committee (reference instead of names)")
        )
        self.anonymised.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.nominative)
        group.addButton(self.anonymised)
        self.format = QComboBox()
        for code, text in SHEET_FORMATS:
            self.format.addItem(text, code)
        form = QFormLayout()
        kind = QVBoxLayout()
        kind.addWidget(self.anonymised)
        kind.addWidget(self.nominative)
        form.addRow(self.tr("Content"), kind)
        form.addRow(self.tr("Format"), self.format)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        # « Continuer… », not « OK »: the next step asks where to save (the wording of the
        # other export dialogs)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Continue…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class ProjectExports(ExportRunner):
    """Runs one export at a time for the project detail (and the page's .ics button)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.territory: Any = None
        self.project: Any = None
        self.options: SheetOptions | None = None
        self.review: RedactionReview | None = None
        self.preview: Any = None  # the last print preview opened (tests reach it)

    def _ask_path(self, title: str, default_name: str, filters: str) -> Path | None:
        path, _ = file_dialogs.ask_save(self.owner, "project", title, default_name, filters)
        if path is None:
            return None
        return path if path.suffix else path.with_suffix(Path(default_name).suffix)

    # fiche projet ------------------------------------------------------------------------
    def export_sheet(self) -> None:
        if self.territory is None or self.project is None:
            return
        options = SheetOptions(self.owner)
        options.accepted.connect(self._sheet_chosen)
        options.finished.connect(lambda _code: self._sheet_closed(options))
        self.options = options
        options.open()

    def print_sheet(self) -> None:
        """« Imprimer… » (Ctrl+P): nominative or anonymised asked as for the export, then the
        same Document in the print preview; nothing written."""
        if self.territory is None or self.project is None:
            return
        options = SheetOptions(self.owner)
        options.format.setEnabled(False)  # a printer, not a file
        options.accepted.connect(lambda: self._print_sheet(options))
        options.finished.connect(lambda _code: self._sheet_closed(options))
        self.options = options
        options.open()

    def _print_sheet(self, options: SheetOptions) -> None:
        """Anonymised: the same « Vérifiez les remplacements » as the export, first."""
        from municipaless.services.casework import project_sheet

        project, nominative = self.project, options.nominative.isChecked()
        if nominative:
            self._preview_sheet(project.id, nominative)
            return
        review = RedactionReview(
            project_sheet.preview_redactions(self.territory, project.id), self.owner
        )
        review.accepted.connect(lambda: self._preview_sheet(project.id, nominative))
        review.finished.connect(lambda _code: self._review_closed(review))
        self.review = review
        review.open()

    def _preview_sheet(self, project_id: str, nominative: bool) -> None:
        from municipaless.services.casework import project_sheet
        from municipaless.ui.common.print_preview import preview_of

        self.preview = preview_of(
            self.owner,
            self.territory,
            lambda t: project_sheet.build(t, project_id, nominative=nominative),
        )

    def print_liaison(self, referral_id: str) -> None:
        from municipaless.services.casework import liaison_sheet
        from municipaless.ui.common.print_preview import preview_of

        self.preview = preview_of(
            self.owner, self.territory, lambda t: liaison_sheet.build(t, referral_id)
        )

    def _sheet_closed(self, options: SheetOptions) -> None:
        """Closed (after ``accepted`` was handled): freed, not kept as a child of the page."""
        if self.options is options:
            self.options = None
        options.deleteLater()

    def _sheet_chosen(self) -> None:
        options, project = self.options, self.project
        assert options is not None
        nominative = options.nominative.isChecked()
        fmt = options.format.currentData()
        if nominative:
            self._write_sheet(project, nominative, fmt)
            return
        from municipaless.services.casework import project_sheet

        review = RedactionReview(
            project_sheet.preview_redactions(self.territory, project.id), self.owner
        )
        review.accepted.connect(lambda: self._write_sheet(project, nominative, fmt))
        review.finished.connect(lambda _code: self._review_closed(review))
        self.review = review
        review.open()

    def _review_closed(self, review: RedactionReview) -> None:
        if self.review is review:
            self.review = None
        review.deleteLater()

    def _write_sheet(self, project: Any, nominative: bool, fmt: str) -> None:
        suffix = "" if nominative else "-anonyme"
        path = self._ask_path(
            self.tr("Export the project sheet"),
            f"fiche-projet-{project.reference}{suffix}.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if path is None:
            return
        project_id = project.id

        def work(territory: Any, _job: Job) -> Path:
            from municipaless.services.casework import project_sheet

            return project_sheet.write(
                territory, project_id, path, path.suffix[1:], nominative=nominative
            )[0]

        self.start(self.territory, work, self.tr("Writing the project sheet…"))

    # fiche de liaison --------------------------------------------------------------------
    def export_liaison(self, referral_id: str) -> None:
        if self.territory is None or self.project is None:
            return
        path = self._ask_path(
            self.tr("Export the liaison sheet"),
            f"fiche-liaison-{self.project.reference}.docx",
            "Word (*.docx);;PDF (*.pdf)",
        )
        if path is None:
            return
        if path.suffix.lower() not in (".docx", ".pdf"):
            path = path.with_suffix(".docx")

        def work(territory: Any, _job: Job) -> Path:
            from municipaless.services.casework import liaison_sheet

            return liaison_sheet.write(territory, referral_id, path, path.suffix[1:])[0]

        self.start(self.territory, work, self.tr("Writing the liaison sheet…"))

    # relances ----------------------------------------------------------------------------
    def export_follow_ups(self) -> None:
        """The shown project's open relances."""
        if self.project is not None:
            self._ics(self.project.id, f"relances-{self.project.reference}.ics")

    def export_all_follow_ups(self) -> None:
        self._ics(None, "relances-ess.ics")

    def _ics(self, project_id: str | None, default_name: str) -> None:
        if self.territory is None:
            return
        path = self._ask_path(
            self.tr("Export the follow-ups to a calendar"), default_name, "iCalendar (*.ics)"
        )
        if path is None:
            return

        def work(territory: Any, _job: Job) -> Path:
            from municipaless.services.casework import follow_ups

            follow_ups.export_ics(territory, path, project_id=project_id)
            return path

        self.start(self.territory, work, self.tr("Writing the calendar…"))
