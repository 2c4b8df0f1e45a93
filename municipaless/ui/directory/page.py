"""Annuaire: the Structures and Personnes tabs, each a filtered SQL list with its detail pane,
its toolbar (new, edit, delete, export, duplicates) and its forms.

Filters become a storage ``Where`` through services/directory (``organisation_filter``,
``person_filter``); the list stays SQL-paged and SQL-sorted (ListPage), so filtering the large
file's 10,000 people costs one count and one page. On a read-only file every editing action is
disabled and says why in its tooltip.
"""

import contextlib
import sqlite3
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCompleter,
    QMenu,
    QMessageBox,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.vocabularies import shown_label
from municipaless.storage.errors import StorageError
from municipaless.ui.common import file_dialogs
from municipaless.ui.common.export_runner import ExportRunner, remove_if_cancelled
from municipaless.ui.common.filter_bar import FilterBar
from municipaless.ui.common.labels import record_kind_name
from municipaless.ui.common.list_page import ListPage
from municipaless.ui.directory.detail import (
    DirectoryDetail,
    OrganisationDetail,
    PersonDetail,
)
from municipaless.ui.editing import (
    BoolField,
    CommuneField,
    RecordPicker,
    confirm_remove,
    read_only_text,
    show_storage_error,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
EXPORT_FORMATS = (("xlsx", "Excel (XLSX)"), ("csv", "CSV (;)"))


class DirectoryListPage(ListPage):
    """What both tabs share: toolbar, filter bar, forms, read-only handling, export."""

    open_requested = Signal(str, str)  # table, row id: a linked record to show
    records_changed = Signal()  # this tab wrote to the file (saved, deleted, merged)
    detail_room = 370  # a card's lines and its buttons (the privacy notice's) on a small screen

    def __init__(self, table: str, detail: DirectoryDetail, parent: QWidget | None = None):
        super().__init__(table, table, record_kind_name(table), detail=detail, parent=parent)
        self.form: Any = None  # the form last opened (tests drive it)
        self.dialog: Any = None  # the duplicates or guide dialog last opened
        self.filters: FilterBar | None = None
        self._filters_pending = False  # a file is set but its filter bar not built yet
        self._watched: Any = None  # the window whose closing closes our dialogs
        self.runner = ExportRunner(self, stop_on_close=True)
        self.toolbar = QToolBar()
        self.toolbar.setObjectName(f"{table}Toolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setMovable(False)
        self.new_action = self._action(self.new_text(), self.new_record)
        self.edit_action = self._action(self.tr("Edit…"), self.edit_current)
        self.delete_action = self._action(self.tr("Delete"), self.delete_current)
        self.toolbar.addSeparator()
        self.export_menu = QMenu(self)
        for fmt, text in EXPORT_FORMATS:
            action = self.export_menu.addAction(text)
            action.triggered.connect(lambda _c=False, f=fmt: self.export_dialog(f))
        self.export_action = self._action(self.tr("Export the list"), self._export_default)
        self.export_action.setMenu(self.export_menu)
        button = self.toolbar.widgetForAction(self.export_action)
        if isinstance(button, QToolButton):
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.duplicates_action = self._action(self.tr("Possible duplicates…"), self.duplicates)
        self.add_top(self.toolbar)
        self.editing_actions = (self.new_action, self.edit_action, self.delete_action)
        self.editing_actions += (self.duplicates_action,)
        self.view.doubleClicked.connect(self._double_clicked)
        self.set_empty_state(self.empty_sentence(), self.new_text(), self.new_record, self._bar)
        detail.link_activated.connect(self._link)
        detail.written.connect(lambda: (self.reload(), self._wrote()))
        self._sync_actions()

    def _action(self, text: str, slot) -> QAction:
        action = self.toolbar.addAction(text)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    # to override -------------------------------------------------------------------------
    def new_text(self) -> str:
        raise NotImplementedError

    def empty_sentence(self) -> str:
        raise NotImplementedError

    def _bar(self) -> FilterBar | None:
        return self.filters

    def build_filters(self, bar: FilterBar, territory: Any) -> None:
        raise NotImplementedError

    def where(self, values: dict) -> Any:
        raise NotImplementedError

    def form_class(self) -> type:
        raise NotImplementedError

    def count_text(self, n: int) -> str:
        raise NotImplementedError

    # territory, filters, list ----------------------------------------------------------------
    def close_dialogs(self) -> None:
        """Close an open form or dialog: it belongs to the file being closed or replaced."""
        for dialog in (self.form, self.dialog):
            if dialog is not None and shiboken6.isValid(dialog) and dialog.isVisible():
                dialog.reject()
        self.form = self.dialog = None

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        if self._filters_pending:
            self._build_filter_bar()
        if self.window() is not self._watched:
            self._watched = self.window()
            self._watched.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt's name
        if watched is self._watched and event.type() == QEvent.Type.Close:
            self.close_dialogs()
        return False

    def set_territory(self, territory: Any) -> None:
        self.close_dialogs()
        super().set_territory(territory)
        if self.filters is not None:
            self.filters.hide()
            self.filters.deleteLater()
            self.filters = None
        # The filter bar reads vocabularies, tags and communes (~50 ms per tab on the large
        # file): built when the tab is first shown, not while the file opens.
        self._filters_pending = territory is not None
        if self.isVisible():
            self._build_filter_bar()
        self._sync_actions()

    def _build_filter_bar(self) -> None:
        self._filters_pending = False
        territory = self._territory
        if territory is None:
            return
        self.filters = FilterBar()
        self.filters.setObjectName(f"{self.table}Filters")
        # A damaged table (tags…) leaves its filter empty: the file's health check, on a
        # worker, tells the officer; the window must open all the same.
        with contextlib.suppress(sqlite3.DatabaseError):
            self.build_filters(self.filters, territory)
        self.filters.finish()
        self.filters.changed.connect(self.apply_filters)
        self.add_top(self.filters)
        self._update_count()

    def apply_filters(self) -> None:
        if self._territory is None or self.filters is None:
            return
        self.set_where(self.where(self.filters.values()))
        self._update_count()

    def _load(self) -> None:
        super()._load()
        self._update_count()
        self._sync_actions()

    def fill_choices(self, bar: FilterBar, territory: Any) -> None:
        """The choices a write can add to (tags): refilled on reload, the choice kept."""

    def reload(self) -> None:
        """Re-read the rows after a write, here or elsewhere: the count and the tags follow."""
        if self.filters is not None and self._territory is not None:
            with contextlib.suppress(sqlite3.DatabaseError):
                self.fill_choices(self.filters, self._territory)
        super().reload()
        self._update_count()
        self._sync_actions()

    def _wrote(self) -> None:
        self.records_changed.emit()

    def _update_count(self) -> None:
        if self.filters is not None and self._model is not None and self._loaded:
            self.filters.set_count(self.count_text(self._model.total()))

    def _on_current_row(self, current: QModelIndex, previous: QModelIndex) -> None:
        super()._on_current_row(current, previous)
        self._sync_actions()

    def show_record(self, row_id: str) -> None:
        super().show_record(row_id)
        self._sync_actions()

    # read-only -----------------------------------------------------------------------------
    def read_only_reason(self) -> str:
        return read_only_text(self._territory)

    def _sync_actions(self) -> None:
        territory = self._territory
        why = self.read_only_reason()
        writable = territory is not None and not why
        has_record = self.current_id() is not None
        for action in self.editing_actions:
            needs_record = action in (self.edit_action, self.delete_action) or (
                action is getattr(self, "erase_action", None)
            )
            action.setEnabled(writable and (has_record or not needs_record))
            action.setToolTip(why or action.text().rstrip("…"))
        self.export_action.setEnabled(territory is not None)

    # forms ---------------------------------------------------------------------------------
    def _double_clicked(self, _index: QModelIndex) -> None:
        if self.edit_action.isEnabled():
            self.edit_current()

    def _open_form(self, record: Any) -> Any:
        form = self.form_class()(self._territory, record, parent=self)
        form.saved.connect(self._saved)
        form.open_existing.connect(self.open_requested)
        form.open()
        self.form = form
        return form

    def new_record(self) -> Any:
        if not self.new_action.isEnabled():
            return None
        return self._open_form(None)

    def current_record(self) -> Any:
        row_id = self.current_id()
        if row_id is None or self._territory is None:
            return None
        try:
            return self._territory.records[self.table].get(row_id)
        except StorageError as exc:
            show_storage_error(self, exc)
            return None

    def edit_current(self) -> Any:
        if not self.edit_action.isEnabled():
            return None
        record = self.current_record()
        return self._open_form(record) if record is not None else None

    def _saved(self, record: Any) -> None:
        self.reload()
        self.show_record(record.id)
        self._wrote()

    def delete_current(self) -> bool:
        record = self.current_record()
        if record is None or not self.delete_action.isEnabled():
            return False
        from municipaless.ui.common.display import record_title

        what = f"« {record_title(self.table, record)} »"
        if not confirm_remove(self, self._territory, self.table, record, what):
            return False
        self.detail.clear()
        self.reload()
        self._wrote()
        return True

    def _link(self, table: str, row_id: str) -> None:
        if table == "merge":
            self.undo_merge(row_id)
        else:
            self.open_requested.emit(table, row_id)

    # duplicates and merges -------------------------------------------------------------------
    def duplicates(self) -> Any:
        if not self.duplicates_action.isEnabled():
            return None
        from municipaless.ui.directory.duplicates_dialog import DuplicatesDialog

        self.dialog = DuplicatesDialog(self._territory, self.table, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once closed
        self.dialog.merged.connect(lambda _kept: (self.reload(), self._wrote()))
        self.dialog.open()
        return self.dialog

    def undo_merge(self, merge_id: str) -> bool:
        from municipaless.services.directory import record_merge

        if self.read_only_reason():
            QMessageBox.information(self, self.tr("Undo the merge"), self.read_only_reason())
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Undo the merge"),
            self.tr("Put both records back as they were before the merge?"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            record_merge.undo_merge(self._territory, merge_id)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("The merge was not undone"), exc.message)
            return False
        self.reload()
        self._wrote()
        return True

    # export --------------------------------------------------------------------------------
    def _export_default(self) -> None:
        self.export_dialog("xlsx")

    def filters_text(self) -> str:
        """What is filtered, in French, printed in the exported file."""
        return self.filters.describe() if self.filters is not None else ""

    def export_dialog(self, fmt: str) -> Path | None:
        territory = self._territory
        if territory is None or self._model is None or self.runner.busy():
            return None
        from municipaless.core.text import fold

        stem = fold(self.parent_tab_text()).replace(" ", "-") or self.table
        chosen, _ = file_dialogs.ask_save(
            self, "list", self.tr("Export the list"), f"{stem}.{fmt}", f"{fmt.upper()} (*.{fmt})"
        )
        if chosen is None:
            return None
        path = chosen if chosen.suffix else chosen.with_suffix(f".{fmt}")
        header = self.view.horizontalHeader()
        sort = (header.sortIndicatorSection(), header.sortIndicatorOrder())
        model = self._model
        headers = [
            str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())
        ]
        where, list_name, title = self._where, self.list_name, self.parent_tab_text()
        filters = self.filters_text()

        def work(t, job):
            from municipaless.services.reports import list_export

            written = list_export.export_list(
                t,
                list_name,
                path,
                where=where,
                sort_column=sort[0],
                descending=sort[1] == Qt.SortOrder.DescendingOrder,
                fmt=fmt,
                headers=headers,
                title=title,
                filters=filters,
            )
            return remove_if_cancelled(job, written)

        self.runner.start(territory, work, self.tr("Writing the list…"))
        return path

    def parent_tab_text(self) -> str:
        return self.kind_text


class OrganisationsPage(DirectoryListPage):
    def __init__(self, parent: QWidget | None = None):
        super().__init__("organisation", OrganisationDetail(), parent)
        self.toolbar.addSeparator()
        self.guide_action = self._action(self.tr("Guide of structures…"), self.guide)
        self.guide_action.setToolTip(
            self.tr("A handout for a project holder: who can help, for a need, a stage, a commune")
        )
        self._sync_actions()

    def new_text(self) -> str:
        return self.tr("New structure…")

    def empty_sentence(self) -> str:
        return self.tr(
            "No structure in the directory yet: add the first one, or bring your whole list "
            "with File ▸ Import into the directory."
        )

    def form_class(self) -> type:
        from municipaless.ui.directory.organisation_form import OrganisationForm

        return OrganisationForm

    def parent_tab_text(self) -> str:
        return self.tr("Structures")

    def count_text(self, n: int) -> str:
        if n <= 1:
            return self.tr("{count} structure").format(count=n)
        return self.tr("{count} structures").format(count=formats.format_count(n))

    def build_filters(self, bar: FilterBar, territory: Any) -> None:

        bar.add_text("text", self.tr("Name, acronym, SIRET, e-mail…"))
        bar.add_choice("kind", self.tr("Kind"), self.tr("All kinds"))
        bar.add_choice("service", self.tr("Offers"), self.tr("Any service"))
        bar.add_choice("sector", self.tr("Sector"), self.tr("All sectors"), row=1)
        commune = bar.add_field("commune", self.tr("Covers the commune"), CommuneField(), row=1)
        _fit_placeholder(commune, 220)
        bar.add_choice("tag", self.tr("Tag"), self.tr("All tags"), row=1)
        self.fill_choices(bar, territory)

    def fill_choices(self, bar: FilterBar, territory: Any) -> None:
        """Refilled on reload: a list value renamed in Paramètres ▸ Listes shows at once."""
        from municipaless.services import directory

        bar.set_choices("kind", _vocab(territory, "organisation_kind"))
        services = [(label, ("service", code)) for label, code in _vocab(territory, "service")]
        funding = self.tr("Funding")
        services += [
            (f"{funding} : {label}", ("instrument", code))
            for label, code in _vocab(territory, "instrument")
        ]
        bar.set_choices("service", services)
        bar.set_choices("sector", _vocab(territory, "sector"))
        bar.set_choices("tag", [(t.name, t.id) for t, _ in directory.all_tags(territory)])

    def where(self, values: dict) -> Any:
        from municipaless.services import directory

        offered = values.get("service") or (None, None)
        return directory.organisation_filter(
            self._territory,
            kind=values.get("kind"),
            service=offered[1] if offered[0] == "service" else None,
            instrument=offered[1] if offered[0] == "instrument" else None,
            sector=values.get("sector"),
            commune=values.get("commune"),
            tag=values.get("tag"),
            text=values.get("text"),
        )

    def guide(self) -> Any:
        if self._territory is None:
            return None
        from municipaless.ui.directory.guide_dialog import GuideDialog

        self.dialog = GuideDialog(self._territory, self.runner, parent=self)
        self.dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # freed once closed
        self.dialog.open()
        return self.dialog

    def _sync_actions(self) -> None:
        super()._sync_actions()
        if hasattr(self, "guide_action"):
            self.guide_action.setEnabled(self._territory is not None)


class PeoplePage(DirectoryListPage):
    erase_requested = Signal(str)  # person id: the shell opens the erasure (ui/privacy)

    def __init__(self, parent: QWidget | None = None):
        super().__init__("person", PersonDetail(), parent)
        self.erase_action = self._action(
            self.tr("Erase this person permanently…"),
            lambda: self.erase_requested.emit(self.current_id()) if self.current_id() else None,
        )
        self.erase_action.setObjectName("erasePersonAction")
        self.editing_actions += (self.erase_action,)
        self._sync_actions()

    def new_text(self) -> str:
        return self.tr("New person…")

    def empty_sentence(self) -> str:
        return self.tr(
            "No contact yet: add the people you work with, or import them with File ▸ Import "
            "into the directory (a spreadsheet or vCards)."
        )

    def form_class(self) -> type:
        from municipaless.ui.directory.person_form import PersonForm

        return PersonForm

    def parent_tab_text(self) -> str:
        return self.tr("People")

    def count_text(self, n: int) -> str:
        if n <= 1:
            return self.tr("{count} person").format(count=n)
        return self.tr("{count} people").format(count=formats.format_count(n))

    def build_filters(self, bar: FilterBar, territory: Any) -> None:
        from municipaless.services import directory

        bar.add_text("text", self.tr("Name, e-mail…"))
        picker = RecordPicker(territory, "organisation")
        _fit_placeholder(picker, 220)
        bar.add_field("organisation", self.tr("Structure"), picker)
        picker.lineEdit().textEdited.connect(lambda _t: bar.schedule())
        bar.add_field("past", "", BoolField(self.tr("former people too")))
        role = bar.add_text("role", self.tr("Role"), row=1, describe_as=self.tr("Role"))
        role.setMinimumWidth(160)
        completer = QCompleter([r for r, _ in directory.roles(territory)], role)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        role.setCompleter(completer)
        bar.add_choice("contact", self.tr("Show"), self.tr("Everyone"), row=1)
        bar.set_choices(
            "contact",
            [
                (self.tr("Contacts of structures"), True),
                (self.tr("Other people (project holders…)"), False),
            ],
        )
        bar.add_choice("tag", self.tr("Tag"), self.tr("All tags"), row=1)
        self.fill_choices(bar, territory)

    def fill_choices(self, bar: FilterBar, territory: Any) -> None:
        from municipaless.services import directory

        bar.set_choices("tag", [(t.name, t.id) for t, _ in directory.all_tags(territory)])

    def where(self, values: dict) -> Any:
        from municipaless.services import directory

        return directory.person_filter(
            self._territory,
            organisation=values.get("organisation"),
            past=bool(values.get("past")),
            role=values.get("role"),
            contact=values.get("contact"),
            tag=values.get("tag"),
            text=values.get("text"),
        )


def _fit_placeholder(field: Any, least: int) -> None:
    """Wide enough for its whole placeholder (« Saisissez un nom ou un code postal »)."""
    edit = field.lineEdit() if callable(getattr(field, "lineEdit", None)) else field
    text = edit.placeholderText() if edit is not None else ""
    room = field.fontMetrics().horizontalAdvance(text) + 40  # frame, arrow or clear button
    field.setMinimumWidth(max(least, min(room, 360)))
    if text:
        field.setToolTip(field.toolTip() or text)


def _vocab(territory: Any, vocab: str) -> list[tuple[str, str]]:
    entries = territory.vocabulary(vocab)
    return [(shown_label(vocab, entry.code, entry.label), entry.code) for entry in entries]


class DirectoryPage(QTabWidget):
    """The Annuaire section: two tabs; a link in one opens the record in the other."""

    records_changed = Signal()  # a tab wrote to the file: the rest of the window re-reads
    record_requested = Signal(str, str)  # a project or meeting linked from a card: the shell

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("directoryPage")
        self.setDocumentMode(True)
        self.organisations = OrganisationsPage()
        self.people = PeoplePage()
        self.addTab(self.organisations, self.tr("Structures"))
        self.addTab(self.people, self.tr("People"))
        for page in (self.organisations, self.people):
            page.open_requested.connect(self.open_record)
        self.organisations.records_changed.connect(lambda: self._wrote(self.organisations))
        self.people.records_changed.connect(lambda: self._wrote(self.people))

    def reload(self) -> None:
        """The file was written elsewhere (a merge, an import, another section)."""
        self.organisations.reload()
        self.people.reload()

    def _wrote(self, tab: DirectoryListPage) -> None:
        other = self.people if tab is self.organisations else self.organisations
        other.reload()  # a structure's name shows in the people's list, and back
        self.records_changed.emit()

    def page_for(self, table: str) -> DirectoryListPage | None:
        return {"organisation": self.organisations, "person": self.people}.get(table)

    def open_record(self, table: str, row_id: str) -> None:
        page = self.page_for(table)
        if page is None:
            self.record_requested.emit(table, row_id)  # another section's record
            return
        self.setCurrentWidget(page)
        page.show_record(row_id)
