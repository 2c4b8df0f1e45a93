"""One project beside the list: who and where it stands (header), then five tabs — Fiche,
Chronologie, Orientations, Financement, Relances — and the buttons that change it.

Only the tab on display is read when another project is chosen (each costs a few queries; the
timeline < 50 ms on the large file); the others are read when the officer opens them. Every
editing button is disabled, with the reason as its tooltip, on a read-only file.
"""

import sqlite3
from html import escape
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.statuses import ProjectStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.casework.common import CaseworkForm, edit_block_reason, set_editable
from municipaless.ui.casework.follow_up_dialog import FollowUpForm, FollowUpsView
from municipaless.ui.casework.funding_plan import FundingForm, FundingPlanView
from municipaless.ui.casework.project_exports import ProjectExports
from municipaless.ui.casework.referral_dialog import ReferralForm
from municipaless.ui.casework.referrals_view import ReferralsView
from municipaless.ui.casework.timeline_view import TimelineView
from municipaless.ui.common import record_extras, theme
from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.common.display import Describer
from municipaless.ui.common.elided_label import ElidedLabel
from municipaless.ui.common.labels import field_label
from municipaless.ui.common.print_preview import print_action

FICHE, TIMELINE, REFERRALS, FUNDING, FOLLOW_UPS = range(5)
_SKIPPED = {"name", "reference", "stage", "status"}  # in the header already


class MarkCreatedDialog(CaseworkForm):
    """Marquer créé: the founding date (and jobs created); the service schedules the
    post-creation check-ins at +6, +12, +24 and +36 months."""

    def __init__(self, territory: Any, record: Any, parent: QWidget | None = None):
        super().__init__(territory, "project", record, parent=parent)
        self.setWindowTitle(self.tr("Mark the project as created"))
        from municipaless.ui.editing import DateField, IntField

        hint = QLabel(
            self.tr(
                "Post-creation check-ins will be scheduled 6, 12, 24 and 36 months after the "
                "founding date."
            )
        )
        hint.setWordWrap(True)
        self.add_widget("", hint)
        self.add_field("founded_on", self.tr("Structure founded on"), DateField(), required=True)
        self.add_field("jobs_created", self.tr("Jobs created"), IntField())
        self.change: Any = None
        self.finish()

    def changes(self) -> dict:
        return self.values()

    def write(self, values: dict) -> Any:
        from municipaless.services import casework

        self.change = casework.mark_created(
            self.territory,
            self.record.id,
            self.record.rev,
            values["founded_on"],
            values.get("jobs_created"),
        )
        return self.change.project


class ProjectFieldsView(QScrollArea):
    """The Fiche tab: the porteurs with their contact details, then every field filled."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.body = QWidget()
        self.form = QFormLayout(self.body)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.setWidget(self.body)

    def _row(self, label: str, text: str, *, rich: bool = False) -> None:
        value = QLabel(text)
        value.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        value.setWordWrap(True)
        value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.form.addRow(label, value)

    def show_project(self, territory: Any, project: Any) -> None:
        from municipaless.services import casework

        while self.form.rowCount():
            self.form.removeRow(0)
        for holder in casework.holders(territory, project.id):
            person = holder.person
            name = person.display_name or self.tr("(erased person)")
            contact = [formats.format_phone(p) or p for p in (person.phone, person.mobile) if p]
            contact += [person.email] if person.email else []
            text = f"<b>{escape(name)}</b>" + (f" — {escape(holder.role)}" if holder.role else "")
            if contact:
                text += "<br>" + escape(" · ".join(contact))
            self._row(self.tr("Project holder"), text, rich=True)
        describe = Describer(territory)
        for field, text in describe.describe("project", project):
            label = field_label(field)
            if label and field not in _SKIPPED:
                self._row(label, text)

    def rows(self) -> dict[str, str]:
        """Label → text of the rows shown (for tests and accessibility checks)."""
        result: dict[str, str] = {}
        for row in range(self.form.rowCount()):
            label = self.form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            value = self.form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label is not None and value is not None:
                key = label.widget().text()
                text = value.widget().text()
                result[key] = f"{result[key]}\n{text}" if key in result else text
        return result


class ProjectDetail(QWidget):
    changed = Signal()  # something was written: the list reloads, the detail shows it again
    created = Signal(str)  # a new project's id

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.project: Any = None
        self.shown: tuple[str, str] | None = None
        self.block_reason = ""
        self.form: Any = None  # the dialog open, if any (tests reach it here)
        self.dirty: set[int] = set()
        self.stale = False  # a write since the project was shown: show_record reads again
        self.exports = ProjectExports(self)

        self.empty = QLabel(self.tr("Choose a project in the list, or create one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.reference_label = QLabel()
        theme.set_tone(self.reference_label, "muted")
        self.title_label = QLabel()
        font = QFont(self.title_label.font())
        font.setPointSize(font.pointSize() + 4)
        font.setBold(True)
        self.title_label.setFont(font)
        self.title_label.setWordWrap(True)
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)
        self.reference_label.setTextFormat(Qt.TextFormat.PlainText)
        self.title_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.holders_label = QLabel()
        self.holders_label.setObjectName("holdersLine")
        self.holders_label.setWordWrap(True)
        self.holders_label.setTextFormat(Qt.TextFormat.PlainText)
        self.notice = QLabel()
        self.notice.setObjectName("projectNotice")
        self.notice.setWordWrap(True)
        theme.set_tone(self.notice, "success")
        self.notice.hide()

        self.edit_button = QPushButton(self.tr("Edit…"))
        self.event_button = QPushButton(self.tr("New entry…"))
        self.created_button = QPushButton(self.tr("Mark as created…"))
        self.export_button = QToolButton()
        self.export_button.setText(self.tr("Export"))
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.sheet_action = menu.addAction(self.tr("Project sheet (DOCX, PDF)…"))
        self.ics_action = menu.addAction(self.tr("This project's follow-ups (.ics)…"))
        menu.addSeparator()
        self.print_action = print_action(
            self, self.exports.print_sheet, self.tr("Print the project sheet…")
        )
        menu.addAction(self.print_action)
        self.export_button.setMenu(menu)
        buttons = ActionBar()  # what does not fit goes into its « ⋯ » menu
        for button in (self.edit_button, self.event_button, self.created_button):
            buttons.add(button)
        buttons.add_stretch()
        buttons.add(self.export_button)

        self.sheet = ProjectFieldsView()
        self.timeline = TimelineView()
        self.referrals = ReferralsView()
        self.funding = FundingPlanView()
        self.follow_ups = FollowUpsView()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.sheet, self.tr("Sheet"))
        self.tabs.addTab(self.timeline, self.tr("Timeline"))
        self.tabs.addTab(self.referrals, self.tr("Orientations"))
        # Needs beside resources, the balance and its export are taller than a netbook leaves
        # a tab: scrolled there, rather than pushing the window past a 600-px screen.
        funding_room = QScrollArea()
        funding_room.setWidget(self.funding)
        funding_room.setWidgetResizable(True)
        funding_room.setFrameShape(QFrame.Shape.NoFrame)
        self.tabs.addTab(funding_room, self.tr("Funding"))
        self.tabs.addTab(self.follow_ups, self.tr("Follow-ups"))
        self.tabs.setCurrentIndex(TIMELINE)
        self.footer = ElidedLabel()  # « Modifié le … par … », whole in its tooltip
        theme.set_tone(self.footer, "muted")

        self.content = QWidget()
        inner = QVBoxLayout(self.content)
        inner.setContentsMargins(8, 6, 8, 4)
        header = (self.reference_label, self.title_label, self.subtitle, self.holders_label)
        for widget in (*header, self.notice):
            inner.addWidget(widget)
        self.extras = QVBoxLayout()  # other features' lines (record_extras): the notice
        inner.addLayout(self.extras)
        inner.addWidget(buttons)
        inner.addWidget(self.tabs, 1)
        inner.addWidget(self.footer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.empty)
        layout.addWidget(self.content)

        self.edit_button.clicked.connect(self.edit_project)
        self.event_button.clicked.connect(lambda: self.open_event(None))
        self.created_button.clicked.connect(self.mark_created)
        self.sheet_action.triggered.connect(self.exports.export_sheet)
        self.ics_action.triggered.connect(self.exports.export_follow_ups)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.timeline.entry_activated.connect(self.open_entry)
        for view in (self.referrals, self.funding, self.follow_ups):
            view.changed.connect(self._written)
        self.referrals.liaison_requested.connect(self.exports.export_liaison)
        self.referrals.liaison_print_requested.connect(self.exports.print_liaison)
        self.follow_ups.export_requested.connect(self.exports.export_follow_ups)
        self.clear()

    # showing -----------------------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.exports.territory = territory
        self.block_reason = edit_block_reason(territory)
        self.clear()

    def clear(self) -> None:
        self.shown = None
        self.stale = False
        self.project = None
        self.exports.project = None
        self.content.hide()
        self.empty.show()

    def show_record(self, _table: str, row_id: str, _kind_text: str = "") -> bool:
        """Show a project; showing the one on display again costs nothing unless a write
        made it stale (selecting a row and opening it both ask, one after the other)."""
        if self.shown == ("project", row_id) and not self.stale:
            return True
        if self.territory is None:
            self.clear()
            return False
        try:
            project = self.territory.records["project"].get(row_id)
        except StorageError as exc:
            self.clear()
            self.empty.setText(exc.message)
            return False
        if self.shown != ("project", row_id):
            self.notice.hide()
        self.stale = False
        self.project = project
        self.exports.project = project
        self.shown = ("project", row_id)
        self._show_header()
        self.dirty = {FICHE, TIMELINE, REFERRALS, FUNDING, FOLLOW_UPS}
        self._tab_shown(self.tabs.currentIndex())
        self.empty.hide()
        self.content.show()
        return True

    def title_text(self) -> str:
        return self.title_label.text()

    def _show_header(self) -> None:
        project, describe = self.project, Describer(self.territory)
        self.reference_label.setText(project.reference)
        self.title_label.setText(project.name)
        status = describe.value_text("project", "status", project.status)
        if project.close_reason and project.status in (
            ProjectStatus.CLOSED,
            ProjectStatus.ABANDONED,
        ):
            status = f"{status} ({project.close_reason})"
        parts = [
            status,
            describe.value_text("project", "stage", project.stage),
            describe.value_text("project", "sector", project.sector),
        ]
        if project.commune_insee:
            from municipaless.services.geography.communes import commune_name

            parts.append(commune_name(project.commune_insee))
        if project.status == ProjectStatus.CREATED and project.founded_on:
            parts.append(
                self.tr("created on {date}").format(date=formats.format_date(project.founded_on))
            )
        self.subtitle.setText("  ·  ".join(p for p in parts if p))
        from municipaless.services import casework

        names = [
            h.person.display_name or self.tr("(erased person)")
            for h in casework.holders(self.territory, project.id)
        ]
        self.holders_label.setText(
            self.tr("Carried by {names}").format(names=", ".join(names))
            if names
            else self.tr("No project holder recorded yet.")
        )
        self.footer.setText(
            self.tr("Last changed {when} by {who}").format(
                when=formats.format_datetime(project.updated_at), who=project.updated_by or "—"
            )
        )
        while self.extras.count():
            old = self.extras.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()
        for extra in record_extras.widgets(
            "project", self.territory, project.id, self._written, self
        ):
            self.extras.addWidget(extra)
        editing = [self.edit_button, self.event_button, self.created_button]
        set_editable(editing, self.block_reason)
        if not self.block_reason and project.status == ProjectStatus.CREATED:
            self.created_button.setEnabled(False)
            self.created_button.setToolTip(self.tr("This project is already marked as created."))

    def _tab_shown(self, index: int) -> None:
        if self.project is None or index not in self.dirty:
            return
        self.dirty.discard(index)
        try:
            self._fill_tab(index)
        except sqlite3.DatabaseError as exc:  # a damaged file: say so, keep the window
            self.say(self.tr("This part of the file cannot be read: {error}").format(error=exc))

    def _fill_tab(self, index: int) -> None:
        territory, project_id = self.territory, self.project.id
        if index == FICHE:
            self.sheet.show_project(territory, self.project)
        elif index == TIMELINE:
            from municipaless.services.casework import case_events

            self.timeline.show_entries(case_events.timeline(territory, project_id))
        else:
            view = {REFERRALS: self.referrals, FUNDING: self.funding}.get(index, self.follow_ups)
            view.show_project(territory, project_id, self.block_reason)

    def select_entry(self, source: str, row_id: str) -> None:
        self.show_tab(TIMELINE)
        row = self.timeline.row_of(source, row_id)
        if row is not None:
            self.timeline.setCurrentRow(row)
            self.timeline.scrollToItem(self.timeline.item(row))

    def show_tab(self, index: int) -> None:
        self.tabs.setCurrentIndex(index)
        self._tab_shown(index)

    # after a write -----------------------------------------------------------------------
    def _written(self, *_args: Any) -> None:
        self.stale = True
        self.changed.emit()  # the page reloads its list, which shows the project again
        if self.stale and self.project is not None:
            self.show_record("project", self.project.id)

    def say(self, text: str) -> None:
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    # actions -----------------------------------------------------------------------------
    def _open(self, form: Any, on_saved: Any = None) -> Any:
        self.form = form
        form.saved.connect(on_saved or self._written)
        form.open()
        return form

    def new_project(self) -> None:
        from municipaless.ui.casework.project_form import ProjectForm

        form = ProjectForm(self.territory, None, parent=self)
        self._open(form, lambda project: self.created.emit(project.id))

    def edit_project(self) -> None:
        from municipaless.ui.casework.project_form import ProjectForm

        if self.project is None:
            return
        before = self.project.status
        form = ProjectForm(self.territory, self.project, parent=self)
        self._open(form, lambda project: self._project_saved(project, before))

    def _project_saved(self, project: Any, status_before: str) -> None:
        self._written()
        if project.status == ProjectStatus.CREATED and status_before != ProjectStatus.CREATED:
            self._announce_checkins()

    def mark_created(self) -> None:
        if self.project is None:
            return
        form = MarkCreatedDialog(self.territory, self.project, parent=self)
        self._open(form, lambda _p: (self._written(), self._announce_checkins()))

    def _announce_checkins(self) -> None:
        from municipaless.services.casework import follow_ups

        checkins = [
            f
            for f in follow_ups.of_project(self.territory, self.project.id)
            if f.kind == "checkin" and not f.done_on
        ]
        if not checkins:
            return
        dates = ", ".join(
            self.tr("{months} months: {date}").format(
                months=f.checkin_months, date=formats.format_date(f.due_on)
            )
            for f in checkins
        )
        self.say(self.tr("Post-creation check-ins scheduled — {dates}.").format(dates=dates))
        self.show_tab(FOLLOW_UPS)

    def open_event(self, record: Any) -> None:
        from municipaless.ui.casework.case_event_form import CaseEventForm

        if self.project is not None:
            self._open(CaseEventForm(self.territory, self.project.id, record, parent=self))

    def open_entry(self, source: str, row_id: str) -> None:
        """Open the form of a timeline line (read-only files show it disabled)."""
        try:
            record = self.territory.records[source].get(row_id)
        except StorageError as exc:
            self.say(exc.message)
            return
        if source == "case_event":
            self.open_event(record)
        elif source == "referral":
            self._open(ReferralForm(self.territory, record, parent=self))
        elif source == "funding_request":
            self._open(FundingForm(self.territory, record.project_id, record, parent=self))
        elif source == "follow_up":
            self._open(FollowUpForm(self.territory, record.project_id, record, parent=self))
