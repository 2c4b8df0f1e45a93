"""One meeting, to prepare it, run it and write its compte rendu: the header (instance, date,
place, topics), the minutes' lifecycle (brouillon → diffusé → approuvé, frozen once approved),
and tabs for the séance (points en suspens, ordre du jour with notes, decisions, actions),
attendance, all decisions and actions, and the history of the compte rendu.

It stands where a list's detail pane stands (``set_territory`` / ``show_record`` / ``shown``),
so the meeting list of ui/common/list_page.py drives it. Every editing control is disabled
with its reason when the file is read-only, or when the compte rendu is approved (then the
follow-up of actions and decisions stays possible, as the services allow).
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from municipaless.core.formats import format_date
from municipaless.core.statuses import MinutesStatus
from municipaless.storage.errors import StorageError
from municipaless.ui.common import record_extras, theme
from municipaless.ui.common.display import format_cell
from municipaless.ui.common.elided_label import ElidedLabel
from municipaless.ui.common.labels import code_label
from municipaless.ui.common.small_tables import guard
from municipaless.ui.editing import read_only_text
from municipaless.ui.meetings import commands
from municipaless.ui.meetings.action_items_panel import ActionItemsPanel
from municipaless.ui.meetings.agenda_editor import AgendaEditor
from municipaless.ui.meetings.attendance_table import AttendanceTable
from municipaless.ui.meetings.decisions_panel import DecisionsPanel
from municipaless.ui.meetings.exports import Exporter
from municipaless.ui.meetings.minutes_history import MinutesHistory
from municipaless.ui.meetings.pending_panel import PendingPanel

# theme roles: the status is written in words beside its colour
STATUS_TONES = {
    MinutesStatus.DRAFT: "muted",
    MinutesStatus.CIRCULATED: "warning",
    MinutesStatus.APPROVED: "success",
}


class MeetingWorkspace(QWidget):
    meeting_changed = Signal(str)  # written: the list re-reads its rows
    open_requested = Signal(str)  # show another meeting (the next one of the series)
    plan_next = Signal(str)  # plan the next meeting of this series (series id)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.view_data: Any = None
        self.shown: tuple[str, str] | None = None
        self.next_meeting: Any = None
        self.edit_reason = self.follow_reason = ""
        self.editor: Any = None  # the open header form (tests reach it)
        self._marker = ""  # the file's change marker when the meeting was last read
        self.exporter = Exporter(self)

        self.empty = QLabel(self.tr("Choose a meeting in the list, or create one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.content = QWidget()
        scroll = QScrollArea()  # a small window scrolls rather than squeezing the meeting
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # never sideways: the buttons fold into « ⋯ » menus and the texts wrap instead
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        scroll.setWidget(self.content)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(scroll)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

        self.title = ElidedLabel()  # one line on a small screen; whole in its tooltip
        self.title.setObjectName("meetingTitle")
        font = QFont(self.title.font())
        font.setPointSize(font.pointSize() + 5)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.when = QLabel()
        self.when.setObjectName("meetingWhen")
        self.when.setWordWrap(True)
        self.when.setTextFormat(Qt.TextFormat.RichText)
        self.when.setOpenExternalLinks(True)
        self.topics = QLabel()
        self.topics.setWordWrap(True)
        theme.set_tone(self.topics, "muted")
        self.status = QLabel()
        self.status.setObjectName("minutesStatus")
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.status.setWordWrap(True)  # beside « Historique… » on a 1024-pixel screen
        self.banner = QLabel()
        self.banner.setObjectName("meetingBanner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        self.note = ElidedLabel()  # what the last lifecycle step did (whole in its tooltip)
        self.note.setObjectName("meetingNote")
        theme.set_tone(self.note, "muted")
        commands.build_buttons(self)
        self.approvals = QWidget()
        approvals = QHBoxLayout(self.approvals)
        approvals.setContentsMargins(0, 0, 0, 0)
        self.approvals_label = QLabel()
        self.approvals_label.setWordWrap(True)
        self.approve_previous_button = QPushButton(self.tr("Approve them now"))
        self.approve_previous_button.clicked.connect(lambda: commands.approve_previous(self))
        approvals.addWidget(self.approvals_label, 1)
        approvals.addWidget(self.approve_previous_button)
        theme.set_banner(self.approvals, "warning")
        self.approvals.hide()

        self.pending = PendingPanel()
        self.agenda = AgendaEditor()
        seance = QSplitter(Qt.Orientation.Vertical)
        seance.setChildrenCollapsible(False)
        seance.addWidget(self.pending)
        seance.addWidget(self.agenda)
        seance.setStretchFactor(1, 1)
        self.attendance = AttendanceTable()
        self.all_decisions = DecisionsPanel(whole_meeting=True)
        self.all_action_items = ActionItemsPanel(whole_meeting=True)
        both = QSplitter(Qt.Orientation.Vertical)
        both.addWidget(self.all_decisions)
        both.addWidget(self.all_action_items)
        self.history_panel = MinutesHistory(self.exporter)
        self.history = self.history_panel.list
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(seance, self.tr("Meeting"))
        self.tabs.addTab(self.attendance, self.tr("Attendance"))
        self.tabs.addTab(both, self.tr("Decisions and actions"))
        self.tabs.addTab(self.history_panel, self.tr("Minutes history"))
        for panel in (
            self.pending,
            self.agenda,
            self.attendance,
            self.all_decisions,
            self.all_action_items,
        ):
            panel.changed.connect(self.refresh)

        layout = _FillLayout(self.content)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        when_row = QHBoxLayout()  # when and where, and the state of the compte rendu
        when_row.addWidget(self.when, 1)
        when_row.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)
        self.extras = QHBoxLayout()  # other features' widgets (record_extras): « Historique… »
        when_row.addLayout(self.extras)
        layout.addLayout(when_row)
        layout.addWidget(self.topics)
        layout.addWidget(self.button_bar)
        layout.addWidget(self.banner)
        layout.addWidget(self.approvals)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.note)

    # the detail-pane protocol ------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.flush()
        self.territory = territory
        self.exporter.territory = territory
        self.clear()

    def clear(self) -> None:
        self.flush()
        self.shown = None
        self.view_data = None
        self.stack.setCurrentWidget(self.empty)

    def show_record(self, table: str, row_id: str, kind_text: str = "") -> bool:
        if self.territory is None:
            self.clear()
            return False
        if self.shown != ("meeting", row_id):
            self.flush()
            self.note.clear()
        elif self.view_data is not None and self._marker == self.territory.change_marker():
            return True  # the list re-selecting the meeting shown: nothing changed since
        self.shown = ("meeting", row_id)
        return self.refresh()

    def title_text(self) -> str:
        return self.title.text()

    def flush(self) -> bool:
        """Save the notes being typed (before anything else reads or replaces them)."""
        return self.agenda.flush()

    # reading -----------------------------------------------------------------------------
    def refresh(self) -> bool:
        """Re-read the meeting shown (after any write) and redraw everything."""
        from municipaless.services import meetings

        if self.territory is None or self.shown is None:
            return False
        self.flush()
        try:
            view = meetings.open_meeting(self.territory, self.shown[1])
        except StorageError as exc:
            self.view_data = None
            self.empty.setText(exc.message)
            self.stack.setCurrentWidget(self.empty)
            return False
        self.view_data = view
        self._marker = self.territory.change_marker()
        self.next_meeting = meetings.next_meeting(self.territory, view.meeting)
        self._reasons(view)
        self._show_header(view)
        self.pending.show_view(self.territory, view, self.follow_reason)
        self.agenda.show_view(self.territory, view, self.edit_reason, self.follow_reason)
        self.attendance.show_view(self.territory, view, self.edit_reason)
        for panel in (self.all_decisions, self.all_action_items):
            panel.show_view(self.territory, view, None, self.edit_reason, self.follow_reason)
        self.tabs.setTabText(1, self.tr("Attendance ({count})").format(count=len(view.attendance)))
        self._show_history(view)
        self._show_approvals(view)
        self._show_extras(view)
        self.stack.setCurrentIndex(1)
        return True

    def _reasons(self, view) -> None:
        t = self.territory
        read_only = read_only_text(t)
        frozen = ""
        if view.frozen:
            frozen = self.tr(
                "The minutes were approved on {date}: they are frozen. Use “New version” to "
                "change them (the approved version stays in the history)."
            ).format(date=format_date(view.meeting.approved_on) or "—")
        self.edit_reason = read_only or frozen
        self.follow_reason = read_only
        text = read_only or frozen
        self.banner.setText(text)
        theme.set_banner(self.banner, "warning" if read_only else "info")
        self.banner.setVisible(bool(text))

    def _show_header(self, view) -> None:
        from municipaless.services.meetings import minutes

        m = view.meeting
        self.title.setText(m.title)
        when = format_cell(m.starts_at)
        if m.ends_at and m.ends_at[:10] == m.starts_at[:10]:
            when += f" – {m.ends_at[11:16]}"
        parts = [view.series.name if view.series else self.tr("No instance"), when]
        if m.place:
            parts.append(m.place)
        if m.visio_url:
            url = m.visio_url.replace('"', "%22")
            parts.append(f'<a href="{url}">{self.tr("video link")}</a>')
        self.when.setText(" · ".join(_escape(p) if "<a " not in p else p for p in parts))
        self.topics.setText(self._topics(view))
        self.topics.setVisible(bool(self.topics.text()))
        version = minutes.live_version(self.territory, m)
        theme.set_tone(self.status, STATUS_TONES.get(m.minutes_status))
        self.status.setText(
            self.tr("Minutes: {status}").format(
                status=f"<b>{code_label('minutes_status', m.minutes_status)}</b> (v{version})"
            )
        )
        status = m.minutes_status
        self.circulate_button.setText(
            self.tr("Circulate again")
            if status == MinutesStatus.CIRCULATED
            else self.tr("Circulate")
        )
        guard([self.edit_button, self.close_button, self.circulate_button], self.edit_reason)
        not_circulated = self.tr("The minutes are approved after being circulated.")
        guard(
            [self.approve_button],
            self.follow_reason or ("" if status == MinutesStatus.CIRCULATED else not_circulated),
        )
        self.button_bar.set_wanted(self.approve_button, status != MinutesStatus.APPROVED)
        self.button_bar.set_wanted(self.new_version_button, status == MinutesStatus.APPROVED)
        guard([self.new_version_button], self.follow_reason)
        nxt = self.next_meeting
        self.next_button.setText(self.tr("Next meeting ›") if nxt else self.tr("Plan the next…"))
        no_series = self.tr("This meeting belongs to no instance.")
        reason = "" if nxt else (no_series if not m.series_id else self.follow_reason)
        guard([self.next_button], reason)
        if nxt:
            self.next_button.setToolTip(nxt.title)
        self.more_actions["delete"].setEnabled(not self.edit_reason)
        no_series = "" if m.series_id else no_series
        for key in ("series", "template"):
            self.more_actions[key].setEnabled(not (self.follow_reason or no_series))

    def _topics(self, view) -> str:
        describer = _describer(self.territory)
        parts = []
        m = view.meeting
        if m.sectors:
            parts.append(
                self.tr("Sectors: {list}").format(
                    list=describer.value_text("meeting", "sectors", m.sectors)
                )
            )
        if m.challenges:
            parts.append(
                self.tr("Challenges: {list}").format(
                    list=describer.value_text("meeting", "challenges", m.challenges)
                )
            )
        if view.projects:
            names = ", ".join(p.name for p in view.projects)
            parts.append(self.tr("Projects discussed: {list}").format(list=names))
        return " · ".join(parts)

    def _show_extras(self, view) -> None:
        while self.extras.count():
            old = self.extras.takeAt(0).widget()
            if old is not None:
                old.hide()
                old.deleteLater()

        def written() -> None:
            self.refresh()
            self.meeting_changed.emit(view.meeting.id)

        for extra in record_extras.widgets(
            "meeting", self.territory, view.meeting.id, written, self
        ):
            self.extras.addWidget(extra, 0, Qt.AlignmentFlag.AlignTop)

    def _show_history(self, view) -> None:
        m = view.meeting
        self.history_panel.show_meeting(self.territory, m.id, m.title)

    def _show_approvals(self, view) -> None:
        from municipaless.services.meetings import minutes

        waiting = minutes.approvable_at(self.territory, view.meeting)
        self.waiting = waiting
        if not waiting:
            self.approvals.hide()
            return
        names = ", ".join(format_cell(m.starts_at)[:10] for m in waiting)
        self.approvals_label.setText(
            self.tr("Minutes circulated and waiting for approval at this meeting: {list}").format(
                list=names
            )
        )
        guard([self.approve_previous_button], self.follow_reason)
        self.approvals.show()

    def shutdown(self) -> None:
        self.flush()
        self.exporter.shutdown()


class _FillLayout(QVBoxLayout):
    """The workspace's body fills the scroll area's height: the area asks a layout with
    wrapped labels for the sum of their preferred heights, which scrolled on 1280x800."""

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return False


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _describer(territory):
    from municipaless.ui.common.display import Describer

    return Describer(territory)
