"""The header of a meeting: title, date and time, place or visio, the sectors and territory
challenges it concerns, and the projects of the case log discussed there.

The projects are rows of their own (``meeting_project``): the form collects the list and the
save links and unlinks them with the header's fields in one transaction, so a refused save
(a colleague's edit, a bad date) changes nothing.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.editing import (
    ChallengesField,
    MultiVocabField,
    NotesField,
    RecordForm,
    RecordPicker,
    TextField,
)
from municipaless.ui.meetings.fields import DateTimeField

ID_ROLE = Qt.ItemDataRole.UserRole


class ProjectsEditor(QWidget):
    """The projects discussed: a list, a picker to add one, a button to take one off."""

    def __init__(self, territory: Any, projects: list, parent: QWidget | None = None):
        super().__init__(parent)
        self.list = QListWidget()
        self.list.setObjectName("meetingProjects")
        self.list.setMaximumHeight(90)
        for ref in projects:
            self._add(
                ref.link.project_id, f"{ref.name} ({ref.reference})" if ref.reference else ref.name
            )
        self.picker = RecordPicker(territory, "project")
        self.picker.setObjectName("projectPicker")
        self.add_button = QPushButton(self.tr("Add"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.add_chosen)
        self.remove_button.clicked.connect(self.remove_current)
        row = QHBoxLayout()
        row.addWidget(self.picker, 1)
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)

    def _add(self, project_id: str, label: str) -> None:
        item = QListWidgetItem(label)
        item.setData(ID_ROLE, project_id)
        self.list.addItem(item)

    def add_chosen(self) -> None:
        project_id = self.picker.value()
        if project_id and project_id not in self.ids():
            self._add(project_id, self.picker.currentText())
        self.picker.set_value(None)

    def remove_current(self) -> None:
        row = self.list.currentRow()
        if row >= 0:
            self.list.takeItem(row)

    def ids(self) -> list[str]:
        return [self.list.item(i).data(ID_ROLE) for i in range(self.list.count())]

    def value(self) -> tuple[str, ...]:  # RecordForm compares it to ask before discarding
        return tuple(self.ids())


class MeetingForm(RecordForm):
    def __init__(self, territory, view, parent: QWidget | None = None):
        super().__init__(
            territory, "meeting", view.meeting, title=self.tr("Meeting"), parent=parent
        )
        self.view_data = view
        self.setMinimumWidth(600)
        self.add_field("title", self.tr("Title"), TextField(), required=True)
        self.add_field("starts_at", self.tr("Starts"), DateTimeField(), required=True)
        self.add_field("ends_at", self.tr("Ends"), DateTimeField())
        self.add_field("place", self.tr("Place"), TextField())
        self.add_field("visio_url", self.tr("Video link"), TextField(placeholder="https://…"))
        self.add_section(self.tr("What it is about"))
        self.add_field("sectors", self.tr("Sectors"), MultiVocabField(territory, "sector"))
        self.add_field(
            "challenges",
            self.tr("Local challenges"),
            ChallengesField(territory),
        )
        self.projects = ProjectsEditor(territory, view.projects)
        self.add_widget(self.tr("Projects discussed"), self.projects)
        self.add_field("summary", self.tr("Summary"), NotesField(lines=3))
        self.finish()
        if territory.read_only:
            self.projects.setEnabled(False)

    def save(self, changes: dict) -> Any:
        from municipaless.services import meetings

        meeting = self.view_data.meeting
        before = {ref.link.project_id: ref.link for ref in self.view_data.projects}
        wanted = self.projects.ids()
        for key in ("place", "visio_url", "summary"):
            if key in changes:
                changes[key] = changes[key] or ""
        with self.territory.transaction():  # all or nothing: a refused save changes nothing
            result = meeting
            if changes:
                result = meetings.update_meeting(self.territory, meeting.id, meeting.rev, **changes)
            for project_id in wanted:
                if project_id not in before:
                    meetings.link_project(self.territory, meeting.id, project_id)
            for project_id, link in before.items():
                if project_id not in wanted:
                    meetings.unlink_project(self.territory, link.id, link.rev)
        return result


class SeriesForm(RecordForm):
    """An instance's name, decision-number code, kind and quorum."""

    def __init__(self, territory, series, parent: QWidget | None = None):
        from municipaless.ui.editing import IntField, VocabField

        super().__init__(
            territory, "meeting_series", series, title=self.tr("Instance"), parent=parent
        )
        self.add_field("name", self.tr("Name"), TextField(), required=True)
        code = self.add_field(
            "code", self.tr("Code of decision numbers"), TextField(), required=True
        )
        code.setToolTip(self.tr("Prefix of the decision numbers, e.g. COPIL in COPIL-2026-07."))
        self.add_field("kind", self.tr("Kind"), VocabField(territory, "meeting_kind"))
        self.add_field("quorum", self.tr("Quorum (people)"), IntField())
        self.finish()

    def save(self, changes: dict) -> Any:
        from municipaless.services.meetings import series as meeting_series

        if not changes:
            return self.record
        try:
            return meeting_series.update_series(
                self.territory, self.record.id, self.record.rev, **changes
            )
        except ValueError as exc:  # pragma: no cover - the service's messages are French
            raise StorageError(str(exc)) from exc
