"""The ateliers and formations for porteurs, with registrations (tab of Coopérations).

The list is the app's SQL-paged list (ui/common/list_page.py) over the service's own
``ListSource`` (date, title, theme, places taken / capacity, status), filtered by period,
status, theme and enjeu; the atelier's detail (workshop_detail.py) stands in the detail pane's
place, with its registrations and documents. The tab answers Coopérations' contract:
``set_territory``, ``reload``, ``show_record``, ``new_record`` and the signals
``records_changed`` and ``record_requested``.
"""

from datetime import date
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from municipaless.core.statuses import WorkshopStatus
from municipaless.ui.common.filter_bar import FilterBar, period_bounds
from municipaless.ui.common.list_page import ListPage
from municipaless.ui.common.small_tables import guard
from municipaless.ui.cooperation.workshop_detail import WorkshopDetail
from municipaless.ui.editing import read_only_text

# The list's column headers (storage/workshop_queries.WORKSHOP_LIST), for lupdate.
_HEADERS = (
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Theme"),
    QT_TRANSLATE_NOOP("Columns", "Places"),
    QT_TRANSLATE_NOOP("Columns", "Status"),
)


class WorkshopList(ListPage):
    """The ateliers beside the one chosen; the detail (its registrations) gets the room."""

    detail_share = 0.5
    list_room = 300

    def list_source(self, territory: Any, where: Any) -> Any:
        from municipaless.services.cooperation import workshops

        return workshops.workshop_list(territory, where)


class WorkshopsPage(QWidget):
    records_changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.form: Any = None  # the form open (tests reach it)
        self._filled = False
        self.detail = WorkshopDetail()
        self.list = WorkshopList(
            "workshop",
            "workshop",
            self.tr("Workshop"),
            descending=True,
            detail=self.detail,  # type: ignore[arg-type]  # the detail-pane protocol
        )
        self.list.view.setObjectName("workshopTable")
        self.list.loaded.connect(self._narrow_title)
        self.filters = FilterBar()
        self.new_button = QPushButton(self.tr("New workshop…"))
        self.new_button.setObjectName("newWorkshop")
        self.new_button.clicked.connect(self.new_record)
        self.filters.add_widget(self.new_button, row=1)
        self.filters.add_choice("period", self.tr("Period"), self.tr("All dates"))
        status = self.filters.add_choice("status", self.tr("Status"), self.tr("All"))
        for code in WorkshopStatus:
            status.addItem(code.shown, code.value)
        self.filters.add_choice("theme", self.tr("Theme"), self.tr("All themes"))
        self.filters.add_choice("challenge_id", self.tr("Challenge"), self.tr("All challenges"))
        self.filters.add_text("text", self.tr("Words of the title, theme or place"), row=1)
        self.filters.finish()
        self.filters.changed.connect(self.apply_filters)
        self.list.add_top(self.filters)
        self.list.set_empty_state(
            self.tr(
                "No workshop yet: plan the first one (a training on the business plan, a "
                "session on cooperatives…) and register the porteurs."
            ),
            self.tr("New workshop…"),
            self.new_button.click,
            lambda: self.filters,
        )
        self.detail.changed.connect(self._written)
        self.detail.edit_requested.connect(self.edit_workshop)
        self.detail.register_requested.connect(self.register)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)

    # Coopérations' contract ----------------------------------------------------------------
    def set_territory(self, territory: Any) -> None:
        self.territory = territory
        self.list.set_territory(territory)
        self._filled = False
        if self.isVisible():
            self._fill_filters()
        guard([self.new_button], read_only_text(territory))

    def reload(self) -> None:
        """Re-read the open file (the other tabs or sections wrote)."""
        if self.territory is None:
            return
        self._filled = False
        if self.isVisible():
            self._fill_filters()
        self.list.reload()
        self.detail.refresh()

    def show_record(self, row_id: str) -> None:
        self.list.show_record(row_id)

    def new_record(self) -> None:
        """Ctrl+N in this tab: a new atelier."""
        from municipaless.ui.cooperation.workshop_form import WorkshopForm

        if self.territory is None or self.territory.read_only:
            return
        self.form = WorkshopForm(self.territory, parent=self)
        self.form.saved.connect(self._created)
        self.form.open()

    # the list ----------------------------------------------------------------------------
    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if not self._filled:
            self._fill_filters()

    def _fill_filters(self) -> None:
        if self.territory is None:
            return
        from municipaless.services.cooperation import workshops

        self._filled = True
        year = date.today().year
        periods = [(self.tr("Upcoming"), "upcoming"), (self.tr("Past"), "past")]
        periods += [(str(y), f"year:{y}") for y in range(year + 1, year - 4, -1)]
        self.filters.set_choices("period", periods)
        self.filters.set_choices("theme", [(t, t) for t in workshops.themes(self.territory)])
        challenges = self.territory.challenges(include_archived=True)
        self.filters.set_choices("challenge_id", [(c.title, c.id) for c in challenges])

    def where(self) -> Any:
        from municipaless.services.cooperation import workshops

        values = self.filters.values()
        date_from, date_to = period_bounds(values.get("period") or "", date.today())
        return workshops.workshop_where(
            date_from=date_from,
            date_to=date_to,
            theme=values.get("theme"),
            status=values.get("status"),
            challenge_id=values.get("challenge_id"),
            text=values.get("text") or "",
        )

    def apply_filters(self) -> None:
        if self.territory is None:
            return
        self.list.set_where(self.where())
        model = self.list.model
        total = model.total() if model is not None else 0
        self.filters.set_count(self.tr("{count} workshop(s)").format(count=total))

    def _narrow_title(self) -> None:
        """The theme and the places taken within sight at 1024 px: a long title is cut (its
        tooltip and the detail pane say it whole)."""
        self.list.view.setColumnWidth(1, min(self.list.view.columnWidth(1), 190))

    # writing -----------------------------------------------------------------------------
    def _created(self, workshop: Any) -> None:
        self._fill_filters()  # a new theme joins the filter
        self.list.reload()
        self.list.show_record(workshop.id)
        self.records_changed.emit()

    def _written(self) -> None:
        self.list.reload()
        self.records_changed.emit()

    def edit_workshop(self, workshop_id: str) -> None:
        from municipaless.ui.cooperation.workshop_form import WorkshopForm

        record = self.territory.records["workshop"].get(workshop_id)
        self.form = WorkshopForm(self.territory, record, parent=self)
        self.form.saved.connect(lambda w: self._created(w))
        self.form.open()

    def register(self, workshop_id: str) -> None:
        from municipaless.ui.cooperation.workshop_form import RegistrationForm

        if self.territory is None or self.territory.read_only:
            return
        self.form = RegistrationForm(self.territory, workshop_id, parent=self)
        self.form.saved.connect(lambda _r: self._registered())
        self.form.open()

    def _registered(self) -> None:
        self.detail.refresh()
        self._written()
