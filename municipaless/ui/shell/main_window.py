"""The main window: navigation, sections, global search, status bar, file handling.

The window holds one open ``Territory`` at a time and hands it to every page; pages read
through services only. Opening never replaces the current file until the new one is open, so a
refused file leaves the officer where they were.
"""

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common import dialogs
from municipaless.ui.common.icons import app_icon, icon
from municipaless.ui.common.labels import record_kind_name
from municipaless.ui.shell import file_session as file_actions
from municipaless.ui.shell.file_menu import build_menus
from municipaless.ui.shell.recent_files import RecentFiles
from municipaless.ui.shell.search_box import SearchField
from municipaless.ui.shell.status_bar import FileStatusBar
from municipaless.ui.shell.welcome import WelcomePage

if TYPE_CHECKING:  # services (and sqlite-utils behind them) load with the first file
    from municipaless.services.file.territory import Territory
    from municipaless.ui.casework.page import ProjectsPage
    from municipaless.ui.common.list_page import ListPage
    from municipaless.ui.dashboard.page import Dashboard
    from municipaless.ui.directory.page import DirectoryPage
    from municipaless.ui.meetings.page import MeetingsPage
    from municipaless.ui.reports.page import ReportsPage
    from municipaless.ui.shell.record_dialog import RecordDialog

DASHBOARD, PROJECTS, DIRECTORY, MEETINGS, REPORTS = range(5)
WELCOME = 5


class MainWindow(QMainWindow):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Territory | None = None
        self.recent = RecentFiles()
        self.setWindowIcon(app_icon())
        self.setWindowTitle("MunicipalESS")
        self.resize(1180, 760)
        self._build_pages()
        self._build_toolbar()
        self._build_status_bar()
        self.edit_actions = build_menus(self)  # disabled while the file is read-only
        self.record_dialog: RecordDialog | None = None
        self.health_job = None  # the worker checking a big file just opened
        self.presence_timer = file_actions.start_presence_timer(self)  # lock stays fresh
        self._restore_settings()
        self.set_territory(None)

    # construction ------------------------------------------------------------------------
    def _build_pages(self) -> None:
        """Only the welcome page is built now: each section page (and its modules) is built
        the first time it is shown or asked for, which keeps ~250 ms out of the cold start."""
        self.welcome = WelcomePage()
        self._pages: dict[int, QWidget] = {WELCOME: self.welcome}
        self.stack = QStackedWidget()
        for _section in range(WELCOME):
            self.stack.addWidget(QWidget())  # placeholder until the page is built
        self.stack.addWidget(self.welcome)

        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        for text, icon_name in (
            (self.tr("Dashboard"), "nav-dashboard"),
            (self.tr("Project holders & projects"), "nav-projects"),
            (self.tr("Directory"), "nav-directory"),
            (self.tr("Meetings"), "nav-meetings"),
            (self.tr("Reports"), "nav-reports"),
        ):
            item = QListWidgetItem(icon(icon_name), text)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(190)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.main_splitter = QSplitter(Qt.Orientation.Horizontal)
        self.main_splitter.setObjectName("mainSplitter")
        self.main_splitter.addWidget(self.nav)
        self.main_splitter.addWidget(self.stack)
        self.main_splitter.setStretchFactor(1, 1)
        self.main_splitter.setSizes([210, 970])
        self.main_splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.main_splitter)

        self.welcome.open_requested.connect(self.open_dialog)
        self.welcome.new_requested.connect(self.new_file_dialog)
        self.welcome.demo_requested.connect(self.open_demo)

    def _page(self, section: int) -> QWidget:
        """The page of ``section``, built (given the open file, its splitter restored) on
        first use."""
        page = self._pages.get(section)
        if page is not None:
            return page
        if section == DASHBOARD:
            from municipaless.ui.dashboard.page import Dashboard

            page = Dashboard()
            page.project_requested.connect(lambda i: self.open_record("project", i))
        elif section == PROJECTS:
            from municipaless.ui.casework.page import ProjectsPage

            page = ProjectsPage()  # list, filters and the project's tabs (views/)
        elif section == DIRECTORY:
            from municipaless.ui.directory.page import DirectoryPage

            page = DirectoryPage()  # Structures and Personnes tabs (views/directory_page)
        elif section == MEETINGS:
            from municipaless.ui.meetings.page import MeetingsPage

            page = MeetingsPage()  # meetings + workspace, actions, decisions (views/)
        else:
            from municipaless.ui.reports.page import ReportsPage

            page = ReportsPage()
        self._pages[section] = page
        current = self.stack.currentWidget()
        placeholder = self.stack.widget(section)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.insertWidget(section, page)
        self.stack.setCurrentWidget(page if current is placeholder else current)
        settings = QSettings()
        for list_page in self._list_pages_of(section):
            saved = settings.value(f"splitters/{list_page.splitter.objectName()}")
            if isinstance(saved, QByteArray):
                list_page.restore_splitter(saved)
            list_page.set_territory(self.territory)
        if section in (DASHBOARD, REPORTS):
            page.set_territory(self.territory)
        return page

    def _list_pages_of(self, section: int) -> "list[ListPage]":
        page = self._pages.get(section)
        if page is None:
            return []
        if section == DIRECTORY:
            return [page.organisations, page.people]
        return [page] if section in (PROJECTS, MEETINGS) else []

    def _built_list_pages(self) -> "list[ListPage]":
        return [p for s in (PROJECTS, DIRECTORY, MEETINGS) for p in self._list_pages_of(s)]

    @property
    def dashboard(self) -> "Dashboard":
        return self._page(DASHBOARD)

    @property
    def projects(self) -> "ProjectsPage":
        return self._page(PROJECTS)

    @property
    def directory(self) -> "DirectoryPage":
        return self._page(DIRECTORY)

    @property
    def organisations(self) -> "ListPage":
        return self.directory.organisations

    @property
    def people(self) -> "ListPage":
        return self.directory.people

    @property
    def meetings(self) -> "MeetingsPage":
        return self._page(MEETINGS)

    @property
    def reports(self) -> "ReportsPage":
        return self._page(REPORTS)

    @property
    def list_pages(self) -> "tuple[ListPage, ...]":
        return (self.projects, self.organisations, self.people, self.meetings)

    def _build_toolbar(self) -> None:
        toolbar = QToolBar(self.tr("Search"))
        toolbar.setObjectName("searchToolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        spacer = QWidget()
        spacer.setFixedWidth(8)
        toolbar.addWidget(spacer)
        self.search_field = SearchField(self)
        self.search_field.setMaximumWidth(560)
        toolbar.addWidget(self.search_field)
        self.search_field.result_chosen.connect(self.open_record)
        for sequence in (QKeySequence("Ctrl+K"), QKeySequence(QKeySequence.StandardKey.Find)):
            QShortcut(sequence, self, activated=self.focus_search)

    def _build_status_bar(self) -> None:
        self.status = FileStatusBar()
        self.setStatusBar(self.status)
        # Short names the tests and other code read.
        self.path_label = self.status.path_label
        self.state_label = self.status.state_label

    # navigation --------------------------------------------------------------------------
    def _on_nav(self, row: int) -> None:
        if row >= 0 and self.territory is not None:
            self.stack.setCurrentWidget(self._page(row))

    def show_section(self, section: int) -> None:
        self.nav.setCurrentRow(section)
        self.stack.setCurrentWidget(self._page(section))

    def focus_search(self) -> None:
        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def open_record(self, kind: str, row_id: str) -> None:
        """Show a record wherever it lives: its section's list, or a small window."""
        if self.territory is None:
            return
        pages = {
            "project": (PROJECTS, self.projects),
            "organisation": (DIRECTORY, self.organisations),
            "person": (DIRECTORY, self.people),
            "meeting": (MEETINGS, self.meetings),
        }
        if kind in pages:
            section, page = pages[kind]
            self.show_section(section)
            if section == DIRECTORY:
                self.directory.setCurrentWidget(page)
            page.show_record(row_id)
            return
        if kind == "case_event":  # an entry of the case log: its project, on its timeline
            self.show_section(PROJECTS)
            self.projects.show_entry(kind, row_id)
            return
        if kind in ("decision", "action_item"):  # the register / the actions of Réunions
            self.show_section(MEETINGS)
            self.meetings.show_related(kind, row_id)
            return
        if self.record_dialog is None:
            from municipaless.ui.shell.record_dialog import RecordDialog

            self.record_dialog = RecordDialog(self.territory, self)
        self.record_dialog.show_record(kind, row_id, record_kind_name(kind))

    # files -------------------------------------------------------------------------------
    def open_path(self, path: Path, *, verify: bool | None = None) -> bool:
        """Open ``path``; on failure say why (French, from storage) and keep the current file.

        ``verify`` forces (or skips) the integrity check before showing; by default big files
        are shown first and checked on a worker."""
        try:
            territory = file_actions.open_territory(self, Path(path), verify=verify)
        except StorageError as exc:
            message = exc.message
        except (sqlite3.Error, OSError) as exc:
            message = self.tr("The file could not be opened: {error}").format(error=exc)
        else:
            if territory is None:  # the officer cancelled (file held by a colleague)
                return False
            self.set_territory(territory)
            self.recent.add(file_actions.shown_path(territory))  # the share, not our copy
            return True
        if dialogs.open_failed(self, message):
            self.open_dialog()
        return False

    def open_backup(self, entry) -> None:
        """Show a backup read-only (no lock, no backups of it, not in the recent files)."""
        from municipaless.services.file.territory import Territory

        try:
            territory = Territory.open(entry.path, read_only=True, lock="none")
        except StorageError as exc:
            dialogs.error(self, self.tr("The backup could not be opened"), exc.message)
            return
        territory.read_only_reason = self.tr("backup of {date}").format(
            date=file_actions.format_when(entry.at)
        )
        self.set_territory(territory)

    def open_dialog(self) -> None:
        start = str(self.territory.path.parent) if self.territory else ""
        path = dialogs.ask_open_path(self, start)
        if path is not None:
            self.open_path(path)

    def new_file_dialog(self) -> None:
        start = str(self.territory.path.parent) if self.territory else ""
        path = dialogs.ask_new_path(self, start)
        if path is None:
            return
        from municipaless.services.file.places import officer_name
        from municipaless.services.file.territory import Territory

        try:
            territory = Territory.create(path, officer_name())
        except StorageError as exc:
            dialogs.error(self, self.tr("The file could not be created"), exc.message)
            return
        self.set_territory(territory)
        self.recent.add(territory.path)

    def open_demo(self) -> None:
        from municipaless.ui.shell.app import demo_path  # the demo generator loads only when asked

        try:
            path = demo_path()
        except StorageError as exc:
            dialogs.error(self, self.tr("The demonstration could not be prepared"), exc.message)
            return
        except (ImportError, OSError) as exc:
            dialogs.error(self, self.tr("The demonstration could not be prepared"), str(exc))
            return
        self.open_path(path)

    def set_territory(self, territory: "Territory | None") -> None:
        old, self.territory = self.territory, territory
        if self.record_dialog is not None:
            self.record_dialog.close()
            self.record_dialog = None
        for section in (DASHBOARD, REPORTS):  # pages not built yet get it when built
            if section in self._pages:
                self._pages[section].set_territory(territory)
        for page in self._built_list_pages():
            page.set_territory(territory)
        self.search_field.search_function = territory.search if territory else None
        self.search_field.setEnabled(territory is not None)
        self.nav.setEnabled(territory is not None)
        if territory is None:
            self.stack.setCurrentIndex(WELCOME)
        else:
            self.show_section(max(self.nav.currentRow(), DASHBOARD))
        self._update_status()
        if old is not None and old is not territory:
            file_actions.close_territory(self, old, may_cancel=False)  # write-back, backup

    def _update_status(self) -> None:
        territory = self.territory
        name = f"{territory.path.name} — MunicipalESS" if territory else "MunicipalESS"
        self.setWindowTitle(name)
        self.status.show_territory(territory)
        read_only = territory is not None and territory.read_only
        for action in self.edit_actions:
            action.setEnabled(territory is not None and not read_only)
        file_actions.update_actions(self)  # and says why, as tooltip and status tip

    # settings ----------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        saved = settings.value(f"splitters/{self.main_splitter.objectName()}")
        if isinstance(saved, QByteArray):
            self.main_splitter.restoreState(saved)  # the pages' own: when they are built

    def save_settings(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/state", self.saveState())
        splitters = [self.main_splitter]
        splitters += [page.splitter for page in self._built_list_pages() if page.was_shown]
        for splitter in splitters:
            settings.setValue(f"splitters/{splitter.objectName()}", splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:
        territory = self.territory
        if territory is not None:  # a share write-back that failed may keep the window open
            if not file_actions.close_territory(self, territory, may_cancel=True):
                event.ignore()
                return
            self.territory = None
        file_actions.stop_background(self)
        self.save_settings()
        for section in (DASHBOARD, REPORTS, PROJECTS):
            if section in self._pages:
                self._pages[section].shutdown()
        super().closeEvent(event)
