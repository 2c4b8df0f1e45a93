"""Rapports ▸ Bilan d'activité: period, scope, format, a preview of the key figures, export.

The figures are computed and the file written on a worker (ui/common/workers.py) with its own
read-only connection, behind a progress dialog that can be cancelled; the export is written to
a temporary name and renamed by the documents layer, so a cancel leaves nothing half-written.
"""

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.print_preview import print_action
from municipaless.ui.common.section_header import SectionHeader
from municipaless.ui.common.workers import Job

FORMATS = (("docx", "Word (DOCX)"), ("xlsx", "Excel (XLSX)"), ("pdf", "PDF"))
FORMATS += (("odt", "LibreOffice Writer (ODT)"), ("ods", "LibreOffice Calc (ODS)"))
FORMATS += (("csv", "CSV (;)"),)  # one file per table, beside the one chosen


class ReportsPage(QWidget):
    territory_requested = Signal()  # « Définir le territoire… »: the window opens the assistant

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.runner = ExportRunner(self, self.tr("The report could not be written"))
        self.communes_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 18)
        title = SectionHeader("nav-reports", self.tr("Activity report"))
        intro = QLabel(
            self.tr(
                "The council's activity report: people welcomed, projects, referrals, funding, "
                "jobs, meetings, compared with the previous period. Anonymised by default: "
                "no names, counts under 3 people shown as \u201c< 3\u201d."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(self._build_form())
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.RichText)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QHBoxLayout()
        self.preview_button = QPushButton(self.tr("Preview the key figures"))
        self.export_button = QPushButton(self.tr("Export…"))
        self.export_button.setDefault(True)
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReport")
        self.print_action = print_action(self, self.print_report)
        self.print_dialog: Any = None  # the last print preview opened (tests reach it)
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.preview)
        layout.addStretch(1)
        self.preview_button.clicked.connect(self.compute_preview)
        self.export_button.clicked.connect(self.export_dialog)
        self.print_button.clicked.connect(self.print_report)

    def _build_form(self) -> QFormLayout:
        form = QFormLayout()
        self.period_kind = QComboBox()
        for text in (self.tr("Year"), self.tr("First semester"), self.tr("Second semester")):
            self.period_kind.addItem(text)
        self.period_kind.addItem(self.tr("Custom dates"))
        self.year = QSpinBox()
        self.year.setAccessibleName(self.tr("Year"))
        self.year.setRange(2000, 2100)
        self.year.setValue(dt.date.today().year)
        self.date_from, self.date_to = QDateEdit(), QDateEdit()
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        today = QDate.currentDate()
        self.date_from.setDate(QDate(today.year(), 1, 1))
        self.date_to.setDate(today)
        row = QHBoxLayout()
        for w in (self.period_kind, self.year, self.date_from, self.date_to):
            row.addWidget(w)
        row.addStretch(1)
        form.addRow(self.tr("Period"), row)
        self.all_communes = QRadioButton(self.tr("All communes"))
        self.some_communes = QRadioButton(self.tr("Only the communes ticked below"))
        self.all_communes.setChecked(True)
        self.communes = QListWidget()
        self.communes.setMaximumHeight(110)
        self.no_communes = QWidget()
        self.no_communes.setObjectName("noCommunes")
        empty_row = QHBoxLayout(self.no_communes)
        empty_row.setContentsMargins(0, 0, 0, 0)
        empty_text = QLabel(
            self.tr(
                "No commune to choose: the file's territory is not set and no project names "
                "its commune yet."
            )
        )
        empty_text.setWordWrap(True)
        self.define_territory = QPushButton(self.tr("Set up the territory…"))
        self.define_territory.clicked.connect(self.territory_requested)
        empty_row.addWidget(empty_text, 1)
        empty_row.addWidget(self.define_territory)
        self.no_communes.hide()
        scope = QVBoxLayout()
        for w in (self.all_communes, self.some_communes, self.communes, self.no_communes):
            scope.addWidget(w)
        form.addRow(self.tr("Scope"), scope)
        self.format = QComboBox()
        for code, text in FORMATS:
            self.format.addItem(text, code)
        format_row = QHBoxLayout()
        format_row.addWidget(self.format)
        format_row.addStretch(1)
        form.addRow(self.tr("Format"), format_row)
        self.nominative = QCheckBox(self.tr("Nominative annex (restricted use)"))
        self.nominative.setToolTip(
            self.tr("Adds the list of projects with their holders' names: do not circulate it.")
        )
        form.addRow("", self.nominative)
        self.period_kind.currentIndexChanged.connect(self._sync_period)
        self.some_communes.toggled.connect(self.communes.setEnabled)
        self._sync_period()
        self.communes.setEnabled(False)
        return form

    def _sync_period(self) -> None:
        custom = self.period_kind.currentIndex() == 3
        self.year.setVisible(not custom)
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    # state -------------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        """Cheap: the communes are listed when the page is first shown (reading their names
        costs ~40 ms, which opening a file on the GUI thread must not pay)."""
        self.territory = territory
        self.communes.clear()
        self.communes_loaded = False
        self.preview.setText("")
        if self.isVisible():
            self.ensure_communes()

    def reload(self) -> None:
        """The file was written: the communes in use and the preview are read again."""
        self.set_territory(self.territory)

    def showEvent(self, event) -> None:
        self.ensure_communes()
        super().showEvent(event)

    def ensure_communes(self) -> None:
        if self.territory is None or self.communes_loaded:
            return
        from municipaless.services.file import territory_scope
        from municipaless.services.geography.communes import commune_name
        from municipaless.services.reports.activity_report import scope_choices

        self.communes_loaded = True
        # The territory's communes first, by name, then any other commune a project names.
        codes = territory_scope.load(self.territory).communes
        choices = sorted(((c, commune_name(c)) for c in codes), key=lambda x: x[1])
        known = {code for code, _ in choices}
        choices += [(c, name) for c, name in scope_choices(self.territory) if c not in known]
        self.communes.setVisible(bool(choices))
        self.no_communes.setVisible(not choices)
        self.define_territory.setEnabled(not self.territory.read_only)
        for code, name in choices:
            item = QListWidgetItem(f"{name} ({code})")
            item.setData(Qt.ItemDataRole.UserRole, code)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.communes.addItem(item)

    def period(self):
        from municipaless.services.reports.activity_report import Period

        kind, year = self.period_kind.currentIndex(), self.year.value()
        if kind == 0:
            return Period.year(year)
        if kind in (1, 2):
            return Period.semester(year, kind)
        return Period.custom(self.date_from.date().toPython(), self.date_to.date().toPython())

    def scope(self) -> list[str] | None:
        if not self.some_communes.isChecked():
            return None
        items = (self.communes.item(i) for i in range(self.communes.count()))
        codes = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState().value]
        return codes or None

    # work --------------------------------------------------------------------------------
    @property
    def job(self) -> Job | None:
        return self.runner.job

    @property
    def last_export(self) -> Path | None:
        return self.runner.last_export

    def _start(self, fn, on_success, label: str) -> None:
        if self.territory is None or self.runner.busy():
            return
        try:
            period, scope = self.period(), self.scope()
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Invalid period"), str(exc))
            return
        nominative = self.nominative.isChecked()

        def work(territory, job: Job):
            return fn(territory, job, period, scope, nominative)

        self.runner.start(self.territory, work, label, on_success)

    def shutdown(self) -> None:
        """Called by the window as it closes: cancel the export and wait for its worker."""
        self.runner.shutdown()

    def compute_preview(self) -> None:
        self._start(_compute, self._show_preview, self.tr("Computing the figures…"))

    def _show_preview(self, result) -> None:
        from municipaless.ui.reports.key_figures import preview_html

        report = result[0] if isinstance(result, tuple) else result
        self.preview.setText(preview_html(report))

    def export_dialog(self) -> None:
        if self.territory is None:
            return
        fmt = self.format.currentData()
        chosen, _ = file_dialogs.ask_save(
            self,
            "report",
            self.tr("Export the activity report"),
            f"bilan-activite-ess.{fmt}",
            f"{fmt.upper()} (*.{fmt})",
        )
        if chosen is None:
            return
        path = chosen if chosen.suffix else chosen.with_suffix(f".{fmt}")
        self._start(
            lambda t, job, period, scope, nom: _export(t, job, period, scope, nom, path, fmt),
            self._exported,
            self.tr("Writing the activity report…"),
        )

    def print_report(self) -> None:
        """« Imprimer… » (Ctrl+P): the bilan computed and built on the worker, as for the
        export, then shown in the print preview; nothing written."""
        self._start(_build, self._print, self.tr("Computing the figures…"))

    def _print(self, result) -> None:
        from municipaless.ui.common.print_preview import preview

        report, doc = result
        self._show_preview(report)
        self.print_dialog = preview(self, doc)

    def _exported(self, result) -> None:
        report, path = result
        self._show_preview(report)
        self.runner.exported(path)


def _compute(territory, job: Job, period, scope, nominative):
    from municipaless.services.reports import activity_report

    return activity_report.compute(territory, period, scope, nominative=nominative)


def _build(territory, job: Job, period, scope, nominative):
    """Runs on the worker: the report and its Document, for the print preview."""
    from municipaless.services.reports import activity_document, activity_report

    report = activity_report.compute(territory, period, scope, nominative=nominative)
    job.check()
    return report, activity_document.build(report, nominative=nominative)


def _export(territory, job: Job, period, scope, nominative, path: Path, fmt: str):
    """Runs on the worker: compute, build, write; a cancel between steps writes nothing."""
    from municipaless import documents
    from municipaless.services.reports import activity_document, activity_report

    report = activity_report.compute(territory, period, scope, nominative=nominative)
    job.check()
    doc = activity_document.build(report, nominative=nominative)
    job.check()
    return report, remove_if_cancelled(job, documents.write(doc, path, fmt))
