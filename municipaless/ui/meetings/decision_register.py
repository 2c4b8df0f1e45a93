"""The register of decisions across all instances: searchable (accent-insensitive words of
the number and text), filtered by instance, year and status, newest first. A decision's status
(en vigueur, caduque, remplacée par…) changes here too; the relevé of what is shown exports to
Word, PDF or OpenDocument.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_date
from municipaless.core.statuses import DecisionStatus
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.print_preview import print_action
from municipaless.ui.common.small_tables import (
    ColumnDef,
    RowsModel,
    guard,
    make_table,
    selected_rows,
)
from municipaless.ui.editing import read_only_text
from municipaless.ui.meetings.decisions_panel import (
    decision_status_text,
    replace_decision,
    set_decision_status,
)
from municipaless.ui.meetings.exports import Exporter


class DecisionRegister(QWidget):
    open_meeting = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.loaded = self.prepared = False
        self.reason = ""
        self.exporter = Exporter(self)
        self.filters = FilterBar()
        self.filters.add_text("text", self.tr("Number or words of the decision"))
        self.filters.add_choice("series_id", self.tr("Instance"), self.tr("All instances"))
        self.filters.add_choice("year", self.tr("Year"), self.tr("All years"))
        status = self.filters.add_choice("status", self.tr("Status"), self.tr("All"))
        for code, text in (
            (DecisionStatus.IN_FORCE, self.tr("In force")),
            (DecisionStatus.REPLACED, self.tr("Replaced")),
            (DecisionStatus.LAPSED, self.tr("Lapsed")),
        ):
            status.addItem(text, code)
        self.filters.finish()
        self.filters.changed.connect(self.reload)
        self.model = RowsModel(
            [
                ColumnDef(self.tr("Number"), lambda r: r.record.number),
                ColumnDef(self.tr("Date"), lambda r: format_date(r.meeting_starts_at[:10])),
                ColumnDef(self.tr("Instance"), lambda r: r.series_name),
                ColumnDef(
                    self.tr("Status"),
                    lambda r: decision_status_text(r.record, r.replaced_by_number),
                ),
                ColumnDef(self.tr("Decision"), lambda r: r.record.text.replace("\n", " ")),
            ],
            style=lambda r: "" if r.record.status == DecisionStatus.IN_FORCE else "muted",
            tooltip=lambda r: r.record.text,
            parent=self,
        )
        self.table = make_table(self.model, "decisionRegister")
        self.table.doubleClicked.connect(lambda _i: self._open_meeting())
        for column, width in enumerate((160, 85, 170, 120)):
            self.table.setColumnWidth(column, width)
        self.status_button = QToolButton()
        self.status_button.setText(self.tr("Status"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        menu.addAction(self.tr("In force"), lambda: self._status(DecisionStatus.IN_FORCE))
        menu.addAction(self.tr("Lapsed"), lambda: self._status(DecisionStatus.LAPSED))
        menu.addAction(self.tr("Replaced by…"), self._replace)
        self.status_button.setMenu(menu)
        self.open_button = QPushButton(self.tr("Open the meeting"))
        self.open_button.clicked.connect(self._open_meeting)
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export the record of decisions"))
        self.export_button.setObjectName("exportRegister")
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        export_menu = QMenu(self.export_button)
        for fmt, text in (("docx", "Word"), ("pdf", "PDF"), ("odt", "LibreOffice")):
            export_menu.addAction(f"{text}…", lambda f=fmt: self.export(f))
        export_menu.addSeparator()
        self.print_action = print_action(self, self.print_preview)
        export_menu.addAction(self.print_action)
        self.export_button.setMenu(export_menu)
        self.count = QLabel()
        bar = ActionBar()  # what does not fit goes into its « ⋯ » menu
        bar.setContentsMargins(6, 2, 6, 2)
        bar.add(self.status_button)
        bar.add(self.open_button)
        bar.add_stretch()
        bar.add(self.export_button)
        self.button_bar = bar
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filters)
        layout.addWidget(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def set_territory(self, territory: Any) -> None:
        """Cheap: the instances, years and rows are read when the tab is first shown."""
        self.territory = territory
        self.exporter.territory = territory
        self.loaded = self.prepared = False
        self.model.set_rows([])
        self.reason = read_only_text(territory)
        guard([self.status_button], self.reason)
        if territory is not None and self.isVisible():
            self.reload()

    def _prepare(self) -> None:
        from municipaless.services import meetings
        from municipaless.services.meetings import series as meeting_series

        self.prepared = True
        series = meeting_series.list_series(self.territory)
        self.filters.set_choices("series_id", [(s.name, s.id) for s in series])
        years = meetings.decision_years(self.territory)
        self.filters.set_choices("year", [(str(y), y) for y in years])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.loaded:
            self.reload()

    def reload(self) -> None:
        from municipaless.services import meetings

        if self.territory is None:
            return
        if not self.prepared:
            self._prepare()
        self.loaded = True
        rows = meetings.decision_register(self.territory, **self._filters())
        self.model.set_rows(rows)
        self.count.setText(self.tr("{count} decision(s)").format(count=len(rows)))

    def _filters(self) -> dict:
        values = self.filters.values()
        return {
            "series_id": values["series_id"],
            "year": values["year"],
            "status": values["status"],
            "text": values["text"] or "",
        }

    def select_decision(self, decision_id: str) -> bool:
        """Show one decision (from the global search), clearing the filters if needed."""
        for attempt in range(2):
            for number, row in enumerate(self.model.rows):
                if row.record.id == decision_id:
                    self.table.selectRow(number)
                    self.table.scrollTo(self.model.index(number, 0))
                    return True
            if attempt == 0:
                self.filters.reset()
                self.reload()
        return False

    def _selected(self) -> Any:
        rows = selected_rows(self.table)
        return rows[0] if rows else None

    def _status(self, status: str) -> None:
        row = self._selected()
        if row is not None and not self.reason:
            set_decision_status(self, self.territory, row.record, status)
            self.reload()

    def _replace(self) -> None:
        row = self._selected()
        if row is not None and not self.reason:
            replace_decision(self, self.territory, row.record)
            self.reload()

    def _open_meeting(self) -> None:
        row = self._selected()
        if row is not None:
            self.open_meeting.emit(row.record.meeting_id)

    def print_preview(self) -> None:
        """The register as filtered, in the print preview (the export's Document)."""
        from municipaless.services.meetings import documents as docs

        filters = self._filters()
        self.exporter.print_preview(lambda t: docs.decisions_document(t, **filters))

    def export(self, fmt: str) -> None:
        from municipaless.services.meetings import documents as docs

        filters = self._filters()
        self.exporter.run(
            self.tr("Export the record of decisions"),
            "registre-des-decisions",
            fmt,
            lambda t, path: docs.export_decisions(t, path, fmt, **filters),
        )
