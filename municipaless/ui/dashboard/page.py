"""Tableau de bord: what the file holds, at a glance (layout from forms/dashboard.ui).

The table counts come first (cheap); the current year's key figures and charts come from the
bilan d'activité service (services/reports/activity_report.py), computed on a worker with its own
read-only connection so opening the large file never waits for them (~300 ms there).
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.ui.common.section_header import Tile
from municipaless.ui.common.workers import Job, release
from municipaless.ui.dashboard.bar_chart import BarChart
from municipaless.ui.dashboard.first_steps import FirstSteps, is_new
from municipaless.ui.dashboard.follow_up_panel import FollowUpPanel
from municipaless.ui.forms.ui_dashboard import Ui_Dashboard

_COLUMNS = 4
# each tile shows the icon of the section where its records live
_TILE_ICONS = {
    **dict.fromkeys(("project", "case_event", "referral", "funding_request"), "nav-projects"),
    "follow_up": "nav-projects",
    **dict.fromkeys(("organisation", "person"), "nav-directory"),
    **dict.fromkeys(("meeting", "decision", "action_item"), "nav-meetings"),
}


class Dashboard(QWidget):
    project_requested = Signal(str)  # a line of the follow-up panel was clicked
    # A new file's first steps: the window runs the other sections' forms.
    import_requested = Signal()
    new_project_requested = Signal()
    new_meeting_requested = Signal()
    territory_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_Dashboard()
        # The cards and charts scroll rather than force a minimum size on the whole window.
        content = QWidget()
        self.ui.setupUi(content)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.value_labels: dict[str, QLabel] = {}
        self.job: Job | None = None
        self.running: set[Job] = set()  # a previous file's worker may still be finishing
        self.report: Any = None
        self.territory: Any = None
        self.stale = False  # written while hidden: re-read when shown
        self.year_title = QLabel()
        font = QFont(self.year_title.font())
        font.setPointSize(13)
        font.setBold(True)
        self.year_title.setFont(font)
        self.year_figures = QLabel()
        self.year_figures.setWordWrap(True)
        self.stage_chart = BarChart(self.tr("Projects followed by stage"))
        self.meeting_chart = BarChart(self.tr("Meetings held by instance"))
        charts = QHBoxLayout()
        charts.addWidget(self.stage_chart)
        charts.addWidget(self.meeting_chart)
        at = self.ui.mainLayout.indexOf(self.ui.fileLabel)
        self.ui.mainLayout.insertWidget(at, self.year_title)
        self.ui.mainLayout.insertWidget(at + 1, self.year_figures)
        self.ui.mainLayout.insertLayout(at + 2, charts)
        # The day's relances first: what the officer opens the app for in the morning.
        self.follow_ups = FollowUpPanel()
        self.follow_ups.project_requested.connect(self.project_requested)
        self.ui.mainLayout.insertWidget(
            self.ui.mainLayout.indexOf(self.ui.introLabel) + 1, self.follow_ups
        )
        self.first_steps = FirstSteps()
        self.first_steps.hide()
        self.first_steps.import_requested.connect(self.import_requested)
        self.first_steps.project_requested.connect(self.new_project_requested)
        self.first_steps.meeting_requested.connect(self.new_meeting_requested)
        self.first_steps.territory_requested.connect(self.territory_requested)
        self.ui.mainLayout.insertWidget(
            self.ui.mainLayout.indexOf(self.ui.introLabel) + 1, self.first_steps
        )
        self._figures = (self.year_title, self.year_figures, self.stage_chart, self.meeting_chart)

    def _captions(self) -> dict[str, str]:
        """Card captions in the order of Territory.counts(), the lever each serves first."""
        return {
            "project": self.tr("Projects followed"),
            "case_event": self.tr("Case log entries"),
            "referral": self.tr("Referrals"),
            "funding_request": self.tr("Funding requests"),
            "follow_up": self.tr("Follow-ups"),
            "organisation": self.tr("Organisations in the directory"),
            "person": self.tr("Contacts"),
            "meeting": self.tr("Meetings"),
            "decision": self.tr("Decisions"),
            "action_item": self.tr("Actions"),
        }

    def _card(self, caption: str, table: str = "") -> tuple[QFrame, QLabel]:
        card = Tile(_TILE_ICONS.get(table, ""), caption)
        card.setObjectName("countCard")
        card.setMinimumWidth(120)
        return card, card.value

    def reload(self) -> None:
        """The file was written: counts, figures and follow-ups re-read, now if shown (the
        year's figures cost a worker), else when the dashboard is next shown."""
        if self.isVisible():
            self.set_territory(self.territory)
        else:
            self.stale = True

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self.stale:
            self.set_territory(self.territory)

    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.stale = False
        grid = self.ui.cardsLayout
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.value_labels = {}
        self.report = None
        # A previous file's worker may still run: it finishes, and its figures are ignored
        # (never disconnect a signal its thread may be emitting: that raced into a crash).
        self.job = None
        self.year_title.setText("")
        self.year_figures.setText("")
        self.stage_chart.set_data([], [])
        self.meeting_chart.set_data([], [])
        if territory is None:
            self.follow_ups.set_territory(None)
            self.ui.fileLabel.setText("")
            self.first_steps.hide()
            return
        counts = territory.counts()
        self.ui.fileLabel.setText(self.tr("File: {path}").format(path=territory.path))
        new = is_new(counts)
        self.follow_ups.set_territory(None if new else territory)  # None: hidden, no worker
        self.first_steps.setVisible(new)
        for widget in self._figures:
            widget.setVisible(not new)
        if new:  # nothing to count yet: what to do first instead of zero tiles
            self.first_steps.set_territory(territory)
            self.ui.introLabel.setText(self.tr("This territory file is new and empty."))
            return
        self.ui.introLabel.setText(self.tr("What this territory file holds today."))
        captions = self._captions()
        for position, table in enumerate(t for t in captions if t in counts):
            card, value = self._card(captions[table], table)
            card.set_value(formats.format_count(counts[table]))
            self.value_labels[table] = value
            grid.addWidget(card, position // _COLUMNS, position % _COLUMNS)
        self._start_year_figures(territory)

    # the current year, from the bilan service, off the GUI thread --------------------------
    def _start_year_figures(self, territory: Any) -> None:
        self.year_title.setText(self.tr("This year: computing the figures…"))
        self.job = Job(territory.path, _year_report, self)
        job = self.job
        self.running.add(job)
        job.succeeded.connect(lambda report: self._current(job) and self.show_report(report))
        job.failed.connect(lambda message: self._current(job) and self.year_title.setText(message))
        job.finished.connect(lambda: self._job_done(job))
        job.start()

    def shutdown(self) -> None:
        """Called by the window as it closes: wait for the figures' worker, if any."""
        self.follow_ups.shutdown()
        for job in list(self.running):
            job.stop()

    def _current(self, job: Job) -> bool:
        return job is self.job

    def _job_done(self, job: Job) -> None:
        self.running.discard(job)
        if self.job is job:
            self.job = None
        release(job)  # deferred, after wait(): never deleted inside its own finished signal

    def show_report(self, report: Any) -> None:
        from municipaless.ui.reports.key_figures import key_items

        self.report = report
        self.year_title.setText(
            self.tr("Key figures, {period}").format(period=report.period.label())
        )
        items = key_items(report)
        workshops = report.cooperation.workshops if report.cooperation is not None else None
        if workshops is not None:  # the ateliers held (Coopérations) and who came
            items.append((self.tr("workshops held"), formats.format_count(workshops.workshops)))
            items.append(
                (self.tr("attendances at workshops"), formats.format_count(workshops.present))
            )
        self.year_figures.setText(
            "   ·   ".join(f"<b>{value}</b> {caption}" for caption, value in items)
        )
        cur, prev = report.current, report.previous
        stages = [label for label, _ in cur.by_stage]
        stages += [label for label, _ in prev.by_stage if label not in stages]
        now, before = dict(cur.by_stage), dict(prev.by_stage)
        self.stage_chart.set_data(
            stages,
            [
                (report.period.label(), [now.get(s, 0) for s in stages]),
                (report.previous_period.label(), [before.get(s, 0) for s in stages]),
            ],
            formats.format_count,
        )
        meetings = cur.meetings[:6]
        self.meeting_chart.set_data(
            [cur.meeting_codes.get(name, name) for name, _, _ in meetings],
            [(report.period.label(), [n for _, n, _ in meetings])],
            formats.format_count,
        )


def _year_report(territory: Any, _job: Job) -> Any:
    import datetime as dt

    from municipaless.services.reports import activity_report

    period = activity_report.Period.year(dt.date.today().year)
    return activity_report.compute(territory, period)
