"""The main window: navigation, sections, global search, status bar, menus.

The window's ``FileSession`` holds the one open ``Territory``; the window hands it to every page
when it changes (``territory_changed``) and has the built pages re-read it when it was written
behind them (``data_changed``); pages read through services only. Opening never replaces the
current file until the new one is open, so a refused file leaves the officer where they were.
"""

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QSettings, QSize
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QDialog,
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
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.shell import sections
from municipaless.ui.shell.file_menu import FileAction, FileMenu
from municipaless.ui.shell.file_session import FileSession, shown_path
from municipaless.ui.shell.keyboard import KeyboardMenus, describe
from municipaless.ui.shell.recent_files import RecentFiles
from municipaless.ui.shell.search_box import SearchField
from municipaless.ui.shell.sections import (  # the section numbers, re-exported
    COOPERATION,
    DASHBOARD,
    DIRECTORY,
    MEETINGS,
    PROJECTS,
    REPORTS,
    WELCOME,
)
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
    from municipaless.ui.shell.help_guide import GuideWindow
    from municipaless.ui.shell.record_dialog import RecordDialog

# Kinds of record the Coopérations section shows (ui/cooperation/page.CooperationPage).
COOPERATION_KINDS = ("challenge", "project_call", "submission", "collective", "workshop")


def generated_demo() -> Path:
    """The demonstration territory, generated on first use."""
    from municipaless.services import demo  # heavy: imported only when the demo is wanted
    from municipaless.services.file.places import default_demo_path

    return demo.ensure_demo(default_demo_path())


class MainWindow(QMainWindow):
    def __init__(
        self, parent: QWidget | None = None, *, demo_path: Callable[[], Path] = generated_demo
    ):
        super().__init__(parent)
        self.recent = RecentFiles()
        self._demo_path = demo_path
        self._reload_source: QWidget | None = None  # the page whose write is being announced
        self.setWindowIcon(app_icon())
        self.setWindowTitle("MunicipalESS")
        self.resize(1180, 760)
        self._build_pages()
        self._build_toolbar()
        self._build_status_bar()
        self.record_dialog: RecordDialog | None = None
        self.privacy_dialog: QDialog | None = None  # the erasure or the retention review
        self.session = FileSession(self.status, self)
        self.session.territory_changed.connect(self._show_territory)
        self.session.data_changed.connect(self._reload_pages)
        self.session.damage_found.connect(lambda path: self.open_path(path, verify=True))
        self.session.lists_requested.connect(self._edit_lists)
        self._build_menus()
        self._restore_settings()
        self.set_territory(None)

    @property
    def territory(self) -> "Territory | None":
        return self.session.territory

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
        self.nav.setAccessibleName(self.tr("Sections"))
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.section_names = tuple(self.tr(name) for name in sections.NAMES)
        for text, icon_name in zip(self.section_names, sections.ICONS, strict=True):
            item = QListWidgetItem(icon(icon_name), text)
            item.setSizeHint(QSize(0, 36))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(190)
        self.nav.currentRowChanged.connect(self._on_nav)

        self.main_splitter = QSplitter()  # side by side
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
        page = sections.build_page(section)
        self._wire(section, page)
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
        if section in (DASHBOARD, COOPERATION, REPORTS):
            page.set_territory(self.territory)
        return page

    def _wire(self, section: int, page: Any) -> None:
        """Connect a new page to the window: records opened elsewhere, writes re-read."""
        if section in (PROJECTS, DIRECTORY, MEETINGS, COOPERATION):  # others re-read its writes
            page.records_changed.connect(partial(self._page_wrote, page))
        if section == DASHBOARD:
            page.project_requested.connect(lambda i: self.open_record("project", i))
            self._connect_first_steps(page)
        elif section == DIRECTORY:
            page.people.erase_requested.connect(self._erase_person)
            page.record_requested.connect(self.open_record)  # a porteur's project, a meeting
        elif section == COOPERATION:
            page.record_requested.connect(self.open_record)
        elif section == REPORTS:
            page.territory_requested.connect(self.session.set_up_territory)

    def _connect_first_steps(self, page: "Dashboard") -> None:
        """A new file's dashboard buttons run the other sections' own buttons."""
        page.import_requested.connect(self.session.import_into_directory)
        page.territory_requested.connect(self.session.set_up_territory)
        for signal, section in (
            (page.new_project_requested, PROJECTS),
            (page.new_meeting_requested, MEETINGS),
        ):
            signal.connect(partial(self._click_new, section))

    def _click_new(self, section: int) -> None:
        self.show_section(section)
        self._page(section).new_button.click()

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

    def _build_menus(self) -> None:
        self.menus = FileMenu(self.menuBar(), self.recent, self.open_path)
        session = self.session
        self.menus.connect(
            {
                FileAction.NEW: self.new_file_dialog,
                FileAction.OPEN: self.open_dialog,
                FileAction.DEMO: self.open_demo,
                FileAction.BACKUPS: session.show_backups,
                FileAction.RESTORE: session.show_backups,
                FileAction.SEND_COPY: session.send_copy,
                FileAction.SAVE_SHARE: session.share.save_to_share,
                FileAction.MERGE: session.merge_colleague_copy,
                FileAction.SETTINGS: session.edit_settings,
                FileAction.IMPORT: session.import_into_directory,
                FileAction.VCARD_EXPORT: session.export_contacts,
                FileAction.PRIVACY_SETTINGS: self.edit_privacy_settings,
                FileAction.PROCESSING_REGISTER: self.export_processing_register,
                FileAction.RETENTION: self._review_retention,
                FileAction.TRASH: self._show_trash,
                FileAction.LISTS: self._edit_lists,
                FileAction.QUIT: self.close,
            }
        )
        session.share.can_save_changed.connect(self.menus.action(FileAction.SAVE_SHARE).setEnabled)
        self.edit_actions = self.menus.editing_actions  # disabled while the file is read-only
        self.keys = KeyboardMenus(
            self.menuBar(),
            self.menus.help_menu.menuAction(),
            self.section_names,
            show_section=self.show_section,
            new_record=self.new_record_in_view,
            focus_filter=self.focus_filter,
            focus_search=self.focus_search,
            page_in_view=self.stack.currentWidget,
            tell=lambda text: self.status.showMessage(text, 5000),
        )
        self.menus.connect(
            {FileAction.GUIDE: self.show_guide, FileAction.SHORTCUTS: self.show_keys}
        )
        for key in (FileAction.NEW, FileAction.OPEN, FileAction.QUIT, FileAction.GUIDE):
            action = self.menus.action(key)
            describe(action, action.text().replace("&", "").rstrip("…"))
        self.guide: GuideWindow | None = None
        self.keys_dialog: QDialog | None = None

    def edit_privacy_settings(self) -> None:
        from municipaless.ui.privacy.privacy_settings_dialog import PrivacySettingsDialog

        if self.territory is not None:
            PrivacySettingsDialog(self.territory, self).exec()

    def export_processing_register(self) -> None:
        from municipaless.ui.privacy.register_export import export_register

        if self.territory is not None:
            export_register(self.territory, self)

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
        self.search_field.result_chosen.connect(self.open_record)  # Ctrl+K: ui/shell/keyboard

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
        from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

        self.search_field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_field.selectAll()

    def current_section(self) -> int:
        """The section in view (``WELCOME`` with no file)."""
        return self.stack.currentIndex()

    # keyboard and help ---------------------------------------------------------------------
    def focus_filter(self) -> None:
        """Ctrl+F: the text filter of the list in view; the global search where none is."""
        from municipaless.ui.common.list_page import focus_text_filter

        if not focus_text_filter(self.stack.currentWidget()):
            self.focus_search()

    def new_record_in_view(self) -> None:
        """Ctrl+N: the section's own « Nouveau… » (the welcome page: a new file)."""
        section = self.current_section()
        if self.territory is None or section == WELCOME:
            self.new_file_dialog()
        elif self.territory.read_only:  # the « Nouveau… » buttons are off: say why
            self.status.showMessage(read_only_text(self.territory), 8000)
        elif section in (DASHBOARD, PROJECTS):  # welcoming a porteur starts with a project
            self.show_section(PROJECTS)
            self.projects.new_button.click()  # a disabled button (read-only file) does nothing
        elif section == DIRECTORY:
            self.directory.currentWidget().new_action.trigger()
        elif section == MEETINGS:
            self.meetings.new_button.click()
        elif section == COOPERATION:
            self._page(COOPERATION).new_record()
        else:
            self.status.showMessage(self.tr("Nothing to create in this section."), 5000)

    def show_guide(self, page: str = "") -> None:
        """F1: the guide, at ``page`` or at the page of the section in view."""
        from municipaless.ui.shell.help_guide import SECTION_PAGES, GuideWindow

        if self.guide is None:
            self.guide = GuideWindow(self)
        self.guide.show_page(page or SECTION_PAGES[self.current_section()])
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

    def show_keys(self) -> None:
        from municipaless.ui.shell.shortcuts_page import ShortcutsDialog, shortcut_rows

        if self.keys_dialog is not None:  # rebuilt: screens opened since add their keys
            self.keys_dialog.deleteLater()
        self.keys_dialog = ShortcutsDialog(shortcut_rows(self), self)
        self.keys_dialog.show()

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
        if kind in COOPERATION_KINDS:  # a call, a candidature, a collectif, an atelier, an enjeu
            self.show_section(COOPERATION)
            self._page(COOPERATION).show_record(kind, row_id)
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
        import sqlite3  # with the storage stack, after the first paint (issue #17)

        try:
            territory = self.session.open(Path(path), verify=verify)
        except StorageError as exc:
            message = exc.message
        except (sqlite3.Error, OSError) as exc:
            message = self.tr("The file could not be opened: {error}").format(error=exc)
        else:
            if territory is None:  # the officer cancelled (file held by a colleague)
                return False
            self.set_territory(territory)
            self.recent.add(shown_path(territory))  # the share, not our copy
            self.session.tell_set_aside(territory)
            return True
        if dialogs.open_failed(self, message):
            self.open_dialog()
        return False

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
        try:
            territory = self.session.create(path)
        except StorageError as exc:
            dialogs.error(self, self.tr("The file could not be created"), exc.message)
            return
        self.set_territory(territory)
        self.recent.add(territory.path)
        self.session.set_up_territory()  # a new file: its territory and who the officer is

    def open_demo(self) -> None:
        try:
            path = self._demo_path()  # the demo generator loads only when asked
        except StorageError as exc:
            dialogs.error(self, self.tr("The demonstration could not be prepared"), exc.message)
            return
        except (ImportError, OSError) as exc:
            dialogs.error(self, self.tr("The demonstration could not be prepared"), str(exc))
            return
        self.open_path(path)

    def set_territory(self, territory: "Territory | None") -> None:
        """Show ``territory`` (None: the welcome page); the session closes the previous file."""
        self.session.set_territory(territory)

    def _show_territory(self, territory: "Territory | None") -> None:
        if self.record_dialog is not None:
            self.record_dialog.close()
            self.record_dialog = None
        for section in (DASHBOARD, COOPERATION, REPORTS):  # unbuilt pages: when built
            if section in self._pages:
                self._pages[section].set_territory(territory)
        for page in self._built_list_pages():
            page.set_territory(territory)
        self.search_field.search_function = territory.search if territory else None
        self.search_field.setEnabled(territory is not None)
        self.nav.setEnabled(territory is not None)
        self.keys.set_file_open(territory is not None)
        if territory is None:
            self.stack.setCurrentIndex(WELCOME)
        else:
            self.show_section(max(self.nav.currentRow(), DASHBOARD))
        self._update_status()

    def _page_wrote(self, page: QWidget) -> None:
        """A page saved a record: the other pages re-read (the writer already did)."""
        self._reload_source = page
        try:
            self.session.notify_changed()
        finally:
            self._reload_source = None

    def _erase_person(self, person_id: str) -> None:
        """The person card's « Effacer définitivement… » (ui/privacy: sections never meet)."""
        from municipaless.ui.privacy.erase_dialog import EraseDialog

        self.privacy_dialog = EraseDialog(self.territory, person_id, self)
        self.privacy_dialog.erased.connect(lambda _id: self.session.notify_changed())
        self.privacy_dialog.open()

    def _review_retention(self) -> None:
        from municipaless.ui.privacy.retention_review import RetentionReviewDialog

        self.privacy_dialog = RetentionReviewDialog(self.territory, self)
        self.privacy_dialog.applied.connect(self.session.notify_changed)
        self.privacy_dialog.open()

    def _show_trash(self) -> None:
        from municipaless.ui.file.trash_dialog import TrashDialog

        self.file_dialog = TrashDialog(self.territory, self)
        self.file_dialog.restored.connect(self.session.notify_changed)
        self.file_dialog.open()

    def _edit_lists(self) -> None:
        from municipaless.ui.file.lists_dialog import ListsDialog

        self.file_dialog = ListsDialog(self.territory, self)
        self.file_dialog.changed.connect(self.session.notify_changed)
        self.file_dialog.open()

    def _reload_pages(self) -> None:
        """The open file was written behind the pages: every built page re-reads it, keeping
        its filters and the record it shows."""
        for section, page in self._pages.items():
            if section != WELCOME and page is not self._reload_source:
                page.reload()

    def _update_status(self) -> None:
        territory = self.territory
        name = f"{territory.path.name} — MunicipalESS" if territory else "MunicipalESS"
        self.setWindowTitle(name)
        self.status.show_territory(territory)
        self.menus.update(territory)  # editing entries say why they are off
        self.session.update_status()  # last backup, the share's sentence

    # settings ----------------------------------------------------------------------------
    def fit_to_screen(self) -> None:
        """Never larger than the screen: a town-hall laptop may have 1024×600, and a size saved
        on a colleague's wide monitor must not open half off-screen."""
        screen = self.screen()
        if screen is None:
            return
        room = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar, borders
        width = min(self.width(), room.width() - frame.width())
        height = min(self.height(), room.height() - frame.height())
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        if not room.contains(self.frameGeometry().topLeft()):
            self.move(room.topLeft())

    def _restore_settings(self) -> None:
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = settings.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)
        self.fit_to_screen()
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
        if not self.session.close(may_cancel=True):  # a failed share write-back may keep it open
            event.ignore()
            return
        self.save_settings()
        for section in (DASHBOARD, REPORTS, PROJECTS):
            if section in self._pages:
                self._pages[section].shutdown()
        super().closeEvent(event)
