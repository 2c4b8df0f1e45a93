"""Réunions: the meetings of every instance with a workspace for the one chosen, the actions
across all instances (overdue first) and the register of decisions — three tabs.

The meeting list is the app's SQL-paged list (ui/common/list_page.py) filtered by instance,
period and minutes status through ``services.meetings.meeting_where``; the workspace
(meeting_workspace.py) stands in its detail pane's place. The page answers what the main
window asks of a list page (``set_territory``, ``show_record``, ``splitter``, ``model``…),
and saves the notes being typed before anything replaces them — including the window closing.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QPushButton, QTabWidget, QVBoxLayout, QWidget

from municipaless.core.statuses import MinutesStatus
from municipaless.ui.common.filter_bar import FilterBar, period_bounds
from municipaless.ui.common.labels import record_kind_name
from municipaless.ui.common.list_page import ListPage
from municipaless.ui.common.small_tables import guard
from municipaless.ui.editing import read_only_text
from municipaless.ui.meetings.action_items_view import ActionItemsView
from municipaless.ui.meetings.decision_register import DecisionRegister
from municipaless.ui.meetings.workspace import MeetingWorkspace

MEETINGS_TAB, ACTIONS_TAB, DECISIONS_TAB = range(3)


class MeetingList(ListPage):
    """The meeting list beside its workspace; the workspace gets the larger share."""

    detail_share = 0.66
    list_room = 250  # the date and the start of the instance: the meeting needs the room


class MeetingsPage(QWidget):
    records_changed = Signal()  # a meeting, its agenda, actions or decisions were written

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.form: Any = None  # the "new meeting" form while open (tests reach it)
        self._filter_window: QObject | None = None
        self._filled = False
        self.workspace = MeetingWorkspace()
        self.list = MeetingList(
            "meeting",
            "meeting",
            record_kind_name("meeting"),
            descending=True,
            detail=self.workspace,  # type: ignore[arg-type]  # the detail-pane protocol
        )
        self.list.view.setObjectName("meetingTable")
        self.filters = FilterBar()
        self.new_button = QPushButton(self.tr("New meeting…"))
        self.new_button.setObjectName("newMeeting")
        self.new_button.clicked.connect(lambda: self.new_meeting())
        self.filters.add_widget(self.new_button, row=1)
        self.filters.add_choice("series_id", self.tr("Instance"), self.tr("All instances"))
        self.filters.add_choice("period", self.tr("Period"), self.tr("All dates"))
        minutes = self.filters.add_choice("minutes_status", self.tr("Minutes"), self.tr("All"))
        for code, text in (
            (MinutesStatus.DRAFT, self.tr("Draft")),
            (MinutesStatus.CIRCULATED, self.tr("Circulated")),
            (MinutesStatus.APPROVED, self.tr("Approved")),
        ):
            minutes.addItem(text, code)
        self.filters.add_choice(
            "challenge_id", self.tr("Challenge"), self.tr("All challenges"), row=1
        )
        self.filters.add_text("text", self.tr("Words of the title or place"), row=1)
        self.filters.finish()
        self.filters.changed.connect(self.apply_filters)
        self.list.add_top(self.filters)
        self.list.set_empty_state(
            self.tr(
                "No meeting yet: plan the first one (a steering committee, a network "
                "meeting…), its invitees and its agenda."
            ),
            self.tr("New meeting…"),
            self.new_button.click,
            lambda: self.filters,
        )
        self.action_items = ActionItemsView()
        self.decisions = DecisionRegister()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("meetingsTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.list, self.tr("Meetings"))
        self.tabs.addTab(self.action_items, self.tr("Actions"))
        self.tabs.addTab(self.decisions, self.tr("Decisions"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.tabs.currentChanged.connect(lambda _i: self.workspace.flush())
        self.workspace.meeting_changed.connect(self._written)
        self.workspace.open_requested.connect(self.open_meeting)
        self.workspace.plan_next.connect(lambda series_id: self.new_meeting(series_id))
        self.action_items.open_meeting.connect(self.open_meeting)
        self.decisions.open_meeting.connect(self.open_meeting)

    # what the main window asks of a list page --------------------------------------------
    @property
    def splitter(self):
        return self.list.splitter

    @property
    def was_shown(self) -> bool:
        return self.list.was_shown

    def restore_splitter(self, state: Any) -> None:
        self.list.restore_splitter(state)

    @property
    def model(self):
        return self.list.model

    def set_territory(self, territory: Any) -> None:
        self.workspace.flush()  # the notes typed in the previous file are saved first
        self.territory = territory
        self.list.set_territory(territory)
        self.action_items.set_territory(territory)
        self.decisions.set_territory(territory)
        self._filled = False  # the instances are listed when the page is first shown
        if self.isVisible():
            self._fill_filters()
        guard([self.new_button], read_only_text(territory))

    def show_record(self, row_id: str) -> None:
        """Show a meeting (from the global search or another tab)."""
        self.open_meeting(row_id)

    def show_related(self, kind: str, row_id: str) -> None:
        """A decision or an action found by the global search: its register, selected."""
        if kind == "decision":
            self.tabs.setCurrentIndex(DECISIONS_TAB)
            self.decisions.select_decision(row_id)
        elif kind == "action_item":
            self.tabs.setCurrentIndex(ACTIONS_TAB)
            self.action_items.select_action(row_id)

    def open_meeting(self, meeting_id: str) -> None:
        self.tabs.setCurrentIndex(MEETINGS_TAB)
        self.list.show_record(meeting_id)

    def shutdown(self) -> None:
        self.workspace.shutdown()
        self.action_items.exporter.shutdown()
        self.decisions.exporter.shutdown()

    # saving the notes when the window closes ---------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._filled:
            self._fill_filters()
        top = self.window()
        if top is not self and top is not self._filter_window:
            top.installEventFilter(self)  # sees Close before the window closes the file
            self._filter_window = top

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._filter_window and event.type() == QEvent.Type.Close:
            self.shutdown()
        return False

    # the list ----------------------------------------------------------------------------
    def _fill_filters(self) -> None:
        if self.territory is None:
            return
        self._filled = True
        from municipaless.services.meetings import series as meeting_series

        series = meeting_series.list_series(self.territory)
        self.filters.set_choices("series_id", [(s.name, s.id) for s in series])
        year = date.today().year
        periods = [(self.tr("Upcoming"), "upcoming"), (self.tr("Past"), "past")]
        periods += [(str(y), f"year:{y}") for y in range(year, year - 4, -1)]
        self.filters.set_choices("period", periods)
        challenges = self.territory.challenges(include_archived=True)
        self.filters.set_choices("challenge_id", [(c.title, c.id) for c in challenges])

    def where(self) -> Any:
        from municipaless.services import meetings

        values = self.filters.values()
        date_from, date_to = period_bounds(values.get("period") or "", date.today())
        return meetings.meeting_where(
            series_id=values.get("series_id"),
            date_from=date_from,
            date_to=date_to,
            minutes_status=values.get("minutes_status"),
            text=values.get("text") or "",
            challenge_id=values.get("challenge_id"),
        )

    def apply_filters(self) -> None:
        if self.territory is None:
            return
        self.workspace.flush()
        self.list.set_where(self.where())
        self._show_count()

    def _show_count(self) -> None:
        model = self.list.model
        total = model.total() if model is not None else 0
        self.filters.set_count(self.tr("{count} meeting(s)").format(count=total))

    def reload(self) -> None:
        """The file was written (here or elsewhere): lists, tabs and filters re-read it."""
        if self.territory is None:
            return
        self.workspace.flush()  # notes being typed are saved before the meeting is re-read
        self._filled = False
        if self.isVisible():
            self._fill_filters()  # a new instance joins the filters
        self.action_items.prepared = self.decisions.prepared = False
        self.action_items.loaded = self.decisions.loaded = False
        self.list.reload()
        if self.filters.count_label.text():  # shown once a filter was used: keep it true
            self._show_count()

    def _written(self, _meeting_id: str) -> None:
        self.list.reload()
        self.records_changed.emit()

    # creating ----------------------------------------------------------------------------
    def new_meeting(self, series_id: str | None = None) -> None:
        from municipaless.ui.meetings.series_dialog import NewMeetingForm

        if self.territory is None or self.territory.read_only:
            return
        self.workspace.flush()
        self.form = NewMeetingForm(self.territory, series_id=series_id, parent=self)
        self.form.saved.connect(self._created)
        self.form.open()

    def _created(self, meeting: Any) -> None:
        self._fill_filters()  # a new instance joins the filters
        self.action_items.prepared = self.decisions.prepared = False
        self.action_items.loaded = self.decisions.loaded = False
        self.list.reload()
        self.open_meeting(meeting.id)
        self.records_changed.emit()
