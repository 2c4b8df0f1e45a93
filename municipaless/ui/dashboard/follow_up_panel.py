"""The Tableau de bord's follow-up panel: relances due today, overdue ones, and open projects
without news for N days (N from the territory settings, default 90; "news" is the last case
event, never a reminder). One click opens the project.

Read from ``follow_ups.panel`` on a worker (70-170 ms on the large file, plus the module's
first import: opening a file must not wait for it), again each time the dashboard is shown,
so a relance marked done elsewhere disappears from it.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.ui.common import theme

PROJECT_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE = "overdue"  # a theme role: the caption also says « En retard »


class _Column(QFrame):
    """One list of the panel: a caption with its count, and clickable lines."""

    def __init__(self, name: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.caption = QLabel()
        font = QFont(self.caption.font())
        font.setBold(True)
        self.caption.setFont(font)
        self.caption.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName(f"{name}List")
        self.list.setFrameShape(QFrame.Shape.NoFrame)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)  # two lines per item: the bands tell them apart
        self.list.setMinimumHeight(120)
        self.list.setMaximumHeight(220)
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.hide()  # until filled: an empty, unnamed list says nothing
        self.empty = QLabel()
        theme.set_tone(self.empty, "muted")
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.caption)
        layout.addWidget(self.list)
        layout.addWidget(self.empty)

    def fill(self, caption: str, lines: list[tuple[str, str, str]], empty: str, colour=None):
        """``lines``: (project id, text, tooltip); ``colour`` marks the caption."""
        self.caption.setText(caption)
        theme.set_tone(self.caption, colour if colour and lines else None)
        self.list.setAccessibleName(caption)
        self.list.clear()
        for project_id, text, tip in lines:
            item = QListWidgetItem(text)
            item.setData(PROJECT_ROLE, project_id)
            item.setToolTip(tip)
            self.list.addItem(item)
        self.list.setVisible(bool(lines))
        self.empty.setText(empty)
        self.empty.setVisible(not lines)

    def texts(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]


class FollowUpPanel(QWidget):
    project_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.panel: Any = None
        self.job: Any = None  # the worker reading the panel, if any
        self.running: set = set()
        self._again = False  # asked again while a read runs
        self.title = QLabel(self.tr("To follow up"))
        font = QFont(self.title.font())
        font.setPointSize(13)
        font.setBold(True)
        self.title.setFont(font)
        self.today = _Column("followUpsToday")
        self.overdue = _Column("followUpsOverdue")
        self.silent = _Column("silentProjects")
        row = QHBoxLayout()
        for column in (self.today, self.overdue, self.silent):
            row.addWidget(column, 1)
            column.list.itemClicked.connect(self._clicked)
            column.list.itemActivated.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addLayout(row)

    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.panel = None
        if territory is None:
            self.hide()
        elif self.isVisible():
            self.refresh()
        else:
            self.show()  # refreshed by showEvent once on screen

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Read the panel again on a worker; the lists update when it is done."""
        if self.territory is None:
            return
        from municipaless.ui.common.workers import Job

        if self.job is not None:  # one read at a time: the latest request runs after it
            self._again = True
            return
        self._again = False
        job = self.job = Job(self.territory.path, _read_panel, self)
        self.running.add(job)
        job.succeeded.connect(lambda panel: self._show(job, panel))
        job.failed.connect(lambda message: self._failed(job, message))
        job.finished.connect(lambda: self._done(job))
        job.start()

    def shutdown(self) -> None:
        """Called as the window closes: a QThread destroyed while running aborts the process."""
        for job in list(self.running):
            job.stop()

    def _done(self, job: Any) -> None:
        from municipaless.ui.common.workers import release

        self.running.discard(job)
        release(job)  # deferred, after wait(): see workers.release
        if self.job is job:
            self.job = None
            if self._again:
                self.refresh()

    def _failed(self, job: Any, message: str) -> None:
        if job is not self.job or self._again:
            return
        # a damaged file still shows the rest of the dashboard
        self.title.setText(self.tr("To follow up: cannot be read ({error})").format(error=message))
        for column in (self.today, self.overdue, self.silent):
            column.hide()

    def _show(self, job: Any, panel: Any) -> None:
        if job is not self.job or self._again:
            return  # a later read (another file, a change) is on its way
        self.panel = panel
        self.title.setText(self.tr("To follow up"))
        for column in (self.today, self.overdue, self.silent):
            column.show()

        def due(items: list[Any], with_date: bool) -> list[tuple[str, str, str]]:
            lines = []
            for item in items:
                when = formats.format_date(item.due_on) + " · " if with_date else ""
                text = f"{when}{item.what}\n{item.reference} — {item.project_name}"
                lines.append((item.project_id, text, item.project_name))
            return lines

        count = formats.format_count
        self.today.fill(
            self.tr("Today ({count})").format(count=count(panel.today_count)),
            due(panel.today, False),
            self.tr("Nothing due today."),
        )
        self.overdue.fill(
            self.tr("Overdue ({count})").format(count=count(panel.overdue_count)),
            due(panel.overdue, True),
            self.tr("No overdue follow-up."),
            OVERDUE,
        )
        silent = []
        for project in panel.silent:
            since = (
                self.tr("last news {date}").format(date=formats.format_date(project.last_news))
                if project.last_news
                else self.tr("no news recorded")
            )
            text = f"{project.reference} — {project.name}\n{since}"
            silent.append((project.project_id, text, project.referent))
        self.silent.fill(
            self.tr("No news for {days} days ({count})").format(
                days=panel.silent_days, count=count(panel.silent_count)
            ),
            silent,
            self.tr("Every open project had news recently."),
        )

    def _clicked(self, item: QListWidgetItem) -> None:
        project_id = item.data(PROJECT_ROLE)
        if project_id:
            self.project_requested.emit(project_id)


def _read_panel(territory: Any, _job: Any) -> Any:
    from municipaless.services.casework import follow_ups

    return follow_ups.panel(territory)
