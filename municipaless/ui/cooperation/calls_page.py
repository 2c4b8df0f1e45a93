"""Appels à projets coopératifs (tab of Coopérations): the calls (reference, title, status,
deadline, candidatures, envelope), SQL-paged and filtered by status, year and enjeu through
``services.cooperation.calls.call_where``, beside the chosen call's detail (call_detail.py:
its règlement, its candidatures and the jury's tabs).

Answers page.py's contract: ``set_territory``, ``reload``, ``show_record(id)``,
``show_submission(id)``, ``new_record()`` and the signals ``records_changed`` and
``record_requested(kind, id)``.
"""

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton, QVBoxLayout, QWidget

from municipaless.core.statuses import CallStatus
from municipaless.services.cooperation import calls, submissions
from municipaless.storage.errors import StorageError
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.list_page import ListPage
from municipaless.ui.common.small_tables import guard
from municipaless.ui.cooperation.call_detail import SUBMISSIONS, CallDetail
from municipaless.ui.editing import read_only_text, show_storage_error


class CallList(ListPage):
    """The calls beside the chosen one's detail, which gets the larger share."""

    detail_share = 0.76  # the jury's ranking needs the project names whole
    list_room = 200


class CallsPage(QWidget):
    records_changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.form: Any = None  # the call form while open (tests reach it)
        self._filled = False
        self.detail = CallDetail()
        self.list = CallList(
            "project_call",
            "project_call",
            self.tr("Calls for projects"),
            descending=True,
            detail=self.detail,  # type: ignore[arg-type]  # the detail-pane protocol
        )
        self.list.view.setObjectName("callTable")
        self.filters = FilterBar()
        self.new_button = QPushButton(self.tr("New call for projects…"))
        self.new_button.setObjectName("newCall")
        self.new_button.clicked.connect(lambda: self.new_record())
        self.filters.add_widget(self.new_button, row=1)
        status = self.filters.add_choice("status", self.tr("Status"), self.tr("All statuses"))
        for code in CallStatus:
            status.addItem(code.shown, code.value)
        self.filters.add_choice("year", self.tr("Year"), self.tr("All years"))
        self.filters.add_choice("challenge_id", self.tr("Challenge"), self.tr("All challenges"))
        words = self.filters.add_text("text", self.tr("Words of the title or reference"), row=1)
        words.setAccessibleName(words.placeholderText())
        self.filters.finish()
        self.filters.changed.connect(self.apply_filters)
        self.list.add_top(self.filters)
        self.list.set_empty_state(
            self.tr(
                "No call for projects yet: write the first one with its categories, its "
                "calendar, its criteria and its jury."
            ),
            self.tr("New call for projects…"),
            self.new_button.click,
            lambda: self.filters,
        )
        self.detail.changed.connect(self._detail_wrote)
        self.detail.project_requested.connect(lambda i: self.record_requested.emit("project", i))
        self.detail.record_requested.connect(self.record_requested)
        self.detail.edit_requested.connect(self.edit_current)
        self.detail.delete_requested.connect(self.delete_current)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    # page.py's contract ------------------------------------------------------------------
    @property
    def model(self) -> Any:
        return self.list.model

    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.list.set_territory(territory)
        self._filled = False
        if self.isVisible():
            self._fill_filters()
        guard([self.new_button], read_only_text(territory) if territory is not None else "")

    def reload(self) -> None:
        if self.territory is None:
            return
        self._filled = False
        if self.isVisible():
            self._fill_filters()
        self.list.reload()

    def show_record(self, row_id: str) -> None:
        self.list.show_record(row_id)

    def show_submission(self, row_id: str) -> None:
        """A candidature within its call: the call shown, its Candidatures tab, the line."""
        if self.territory is None:
            return
        try:
            submission = submissions.get(self.territory, row_id)
        except StorageError:
            return
        self.show_record(submission.call_id)
        self.detail.tabs.setCurrentIndex(SUBMISSIONS)
        self.detail.submissions.select(row_id)

    def new_record(self) -> Any:
        """Ctrl+N: a new call."""
        from municipaless.ui.cooperation.call_form import CallForm

        if self.territory is None or self.territory.read_only:
            return None
        self.form = CallForm(self.territory, parent=self)
        self.form.saved.connect(self._saved)
        self.form.open()
        return self.form

    # the list ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._filled:
            self._fill_filters()

    def _fill_filters(self) -> None:
        if self.territory is None:
            return
        self._filled = True
        self.filters.set_choices("year", [(str(y), y) for y in calls.years(self.territory)])
        self.filters.set_choices(
            "challenge_id", [(c.title, c.id) for c in self.territory.challenges()]
        )

    def apply_filters(self) -> None:
        if self.territory is None:
            return
        values = self.filters.values()
        where = calls.call_where(
            calls.CallFilters(
                status=values.get("status"),
                year=values.get("year"),
                challenge_id=values.get("challenge_id"),
                text=values.get("text") or "",
            )
        )
        self.list.set_where(where)
        model = self.list.model
        total = model.total() if model is not None else 0
        self.filters.set_count(self.tr("{count} call(s)").format(count=total))

    # writing -----------------------------------------------------------------------------
    def edit_current(self) -> Any:
        from municipaless.ui.cooperation.call_form import CallForm

        call = self.detail.call
        if call is None or self.territory is None or self.territory.read_only:
            return None
        record = calls.get(self.territory, call.id)
        self.form = CallForm(self.territory, record, parent=self)
        self.form.saved.connect(self._saved)
        self.form.open()
        return self.form

    def delete_current(self) -> None:
        call = self.detail.call
        if call is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete the call"),
            self.tr(
                "Delete the call « {title} », its criteria and its jury? They go to the "
                "recycle bin and can be restored."
            ).format(title=call.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            current = calls.get(self.territory, call.id)
            calls.delete_call(self.territory, call.id, current.rev)
        except StorageError as exc:
            show_storage_error(self, exc)
            return
        self.detail.clear()
        self._fill_filters()
        self.list.reload()
        self.records_changed.emit()

    def _saved(self, call: Any) -> None:
        self._fill_filters()
        self.list.reload()
        self.show_record(call.id)
        self.records_changed.emit()

    def _detail_wrote(self) -> None:
        self.list.reload()  # the candidatures count
        self.records_changed.emit()
