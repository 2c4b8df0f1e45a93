"""Porteurs & projets: the filtered list of projects, and the project's detail beside it.

The list is the SQL-paged ``ListPage`` (20,000 projects sort and filter in SQL, never in a
proxy: docs/known-traps.md#4); the filter bar turns what the officer picked into a
``casework.ProjectFilters`` and the service into a storage ``Where``. The choices of the combos
(vocabularies, communes in use, referents) are read when the page is first shown, so opening
a file never pays for them.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.vocabularies import shown_label
from municipaless.ui.casework.common import edit_block_reason, set_editable
from municipaless.ui.casework.project_detail import ProjectDetail
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.labels import record_kind_name
from municipaless.ui.common.list_page import ListPage

DEFAULT_SILENT_DAYS = 90


class SilentDaysField(QWidget):
    """ "Sans nouvelles depuis [N] jours": a check box and a number of days (editing-kit
    protocol, so the filter bar treats it as any field)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.check = QCheckBox(self.tr("No news for"))
        self.days = QSpinBox()
        self.days.setRange(1, 3650)
        self.days.setValue(DEFAULT_SILENT_DAYS)
        self.days.setSuffix(self.tr(" days"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.check)
        layout.addWidget(self.days)
        self.check.toggled.connect(lambda _on: self.edited.emit())
        self.days.valueChanged.connect(lambda _v: self.check.isChecked() and self.edited.emit())

    def value(self) -> int | None:
        return self.days.value() if self.check.isChecked() else None

    def error(self) -> None:
        return None

    def set_value(self, days: int | None) -> None:
        self.check.setChecked(days is not None)
        if days is not None:
            self.days.setValue(days)


class FlagField(QCheckBox):
    """A check box filter: True when ticked, None (not filtered) otherwise."""

    edited = Signal()

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> bool | None:
        return True if self.isChecked() else None

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class ProjectsPage(ListPage):
    records_changed = Signal()  # a project or its case log was written here
    detail_share = 0.55  # the timeline and the tabs need the room more than the list
    list_room = 380  # the reference and the name, whole, on a 1024-pixel screen
    FIRST_COLUMNS = ("reference", "name", "last_activity", "stage", "status")

    def __init__(self, parent: QWidget | None = None):
        self.project_detail = ProjectDetail()
        super().__init__(
            "project",
            "project",
            record_kind_name("project"),
            detail=self.project_detail,  # type: ignore[arg-type]  # same protocol
            parent=parent,
        )
        self.choices_loaded = False
        self.project_detail.changed.connect(self._after_write)
        self.project_detail.created.connect(self._after_create)

        self.new_button = QPushButton(self.tr("New project…"))
        self.new_button.setObjectName("newProjectButton")
        self.ics_button = QPushButton(self.tr("Follow-ups calendar (.ics)…"))
        self.ics_button.setToolTip(
            self.tr("All open follow-ups, for Outlook, Thunderbird or Google Calendar")
        )
        self.new_button.clicked.connect(self.project_detail.new_project)
        self.ics_button.clicked.connect(self.project_detail.exports.export_all_follow_ups)

        self.filters = FilterBar()
        bar = self.filters
        self.text_filter = bar.add_text("text", self.tr("Name, reference or description…"))
        self.stage_filter = bar.add_choice("stage", self.tr("Stage"), self.tr("All"))
        self.status_filter = bar.add_choice("status", self.tr("Status"), self.tr("All"))
        self.sector_filter = bar.add_choice("sector", self.tr("Sector"), self.tr("All"))
        self.challenge_filter = bar.add_choice(
            "challenge", self.tr("Challenge"), self.tr("All challenges")
        )
        self.commune_filter = bar.add_choice("commune", self.tr("Commune"), self.tr("All"), row=1)
        self.referent_filter = bar.add_choice(
            "referent", self.tr("Referent"), self.tr("All"), row=1
        )
        self.silent_filter = bar.add_field("silent", "", SilentDaysField(), row=1)
        self.overdue_filter = bar.add_field(
            "overdue", "", FlagField(self.tr("Overdue follow-ups")), row=1
        )
        bar.finish()
        tools = QWidget()
        tools.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        row = QHBoxLayout(tools)
        row.setContentsMargins(8, 6, 8, 0)
        row.addWidget(self.new_button)
        row.addWidget(self.ics_button)
        row.addStretch(1)
        self.add_top(tools)
        self.add_top(bar)
        bar.changed.connect(self.apply_filters)
        self.loaded.connect(self._arrange_columns)
        self.set_empty_state(
            self.tr(
                "No project yet: open the first one when you welcome a project holder "
                "(their idea, the first interview)."
            ),
            self.tr("New project…"),
            self.new_button.click,
            lambda: self.filters,
        )

    # file --------------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.choices_loaded = False
        self.filters.blockSignals(True)
        self.filters.reset()
        self.filters.blockSignals(False)
        super().set_territory(territory)
        set_editable([self.new_button], edit_block_reason(territory))
        self.ics_button.setEnabled(territory is not None)
        if territory is not None and self.isVisible():
            self.load_choices()
            self._show_count()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load_choices()
        self._show_count()

    def load_choices(self) -> None:
        """Fill the combos from the file (vocabularies, communes in use, referents)."""
        territory = self._territory
        if territory is None or self.choices_loaded:
            return
        import contextlib
        import sqlite3

        self.choices_loaded = True
        # A damaged file: the list still shows, without choices to filter it by.
        with contextlib.suppress(sqlite3.DatabaseError):
            self._fill_choices(territory)

    def _fill_choices(self, territory: Any) -> None:
        from municipaless.services import casework
        from municipaless.services.casework import follow_ups
        from municipaless.services.reports import activity_report

        bar = self.filters
        for key, vocab in (("stage", "stage"), ("status", "project_status"), ("sector", "sector")):
            choices = [
                (shown_label(vocab, v.code, v.label), v.code) for v in territory.vocabulary(vocab)
            ]
            bar.set_choices(key, choices)
        bar.set_choices(
            "commune", [(name, code) for code, name in activity_report.scope_choices(territory)]
        )
        bar.set_choices(
            "challenge", [(c.title, c.id) for c in territory.challenges(include_archived=True)]
        )
        names = casework.referents(territory)
        bar.set_choices("referent", [(name or self.tr("(no referent)"), name) for name in names])
        field = self.silent_filter
        if field.value() is None:
            field.days.blockSignals(True)
            field.days.setValue(follow_ups.silent_days(territory))
            field.days.blockSignals(False)

    # filters -----------------------------------------------------------------------------
    def current_filters(self) -> Any:
        from municipaless.services.casework import ProjectFilters

        values = self.filters.values()

        def one(key: str) -> tuple[str, ...]:
            return (values[key],) if values.get(key) is not None else ()

        return ProjectFilters(
            stages=one("stage"),
            statuses=one("status"),
            sectors=one("sector"),
            communes=one("commune"),
            referent=values.get("referent"),
            silent_days=values.get("silent"),
            overdue_only=bool(values.get("overdue")),
            challenge=values.get("challenge"),
            text=values.get("text") or "",
        )

    def apply_filters(self) -> None:
        if self._territory is None:
            return
        from municipaless.services.casework import project_where

        self.set_where(project_where(self.current_filters()))
        self._show_count()

    def _show_count(self) -> None:
        model = self.model if self.isVisible() else None
        if model is None:
            return
        total = model.total()
        text = self.tr("{count} projects").format(count=formats.format_count(total))
        if total == 1:
            text = self.tr("1 project")
        self.filters.set_count(text)

    def _arrange_columns(self) -> None:
        """ "Dernière activité" right after the name: what the officer scans the list for."""
        keys = [c.key for c in self._territory.list_source("project").columns]
        header = self.view.horizontalHeader()
        for position, key in enumerate(k for k in self.FIRST_COLUMNS if k in keys):
            header.moveSection(header.visualIndex(keys.index(key)), position)

    # elsewhere in the window -------------------------------------------------------------
    def show_entry(self, source: str, row_id: str) -> None:
        """A line of a timeline (a case log entry found by the global search): its project,
        on the Chronologie tab, the line selected."""
        from municipaless.storage.errors import StorageError

        try:
            record = self._territory.records[source].get(row_id)
        except StorageError as exc:
            self.project_detail.clear()
            self.project_detail.empty.setText(exc.message)
            return
        self.show_record(record.project_id)
        self.project_detail.select_entry(source, row_id)

    def shutdown(self) -> None:
        """Called by the window as it closes: wait for an export's worker, if any."""
        self.project_detail.exports.shutdown()

    # after a form saved ------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the list, its count and its choices after a write, here or elsewhere."""
        self.project_detail.stale = True
        self.choices_loaded = False  # a new referent or commune shows in the combos
        if self.isVisible():
            self.load_choices()
        super().reload()
        self._show_count()

    def _after_write(self) -> None:
        self.reload()
        self.records_changed.emit()

    def _after_create(self, project_id: str) -> None:
        self._after_write()
        self.show_record(project_id)
