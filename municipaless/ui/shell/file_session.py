"""The open file of the window, and everything that lives as long as it: ``FileSession``.

The session opens and closes the territory (one method, ``_open_file``, reaches the services'
opening), keeps the presence lock fresh, owns the share's write-back (``ShareSync``) and the
background jobs (integrity check of a big file, close-time backup), and runs the File menu's
flows (backups, copy, merge, settings, import). It tells the window two things: another file
(``territory_changed``) and the same file re-written behind the pages (``data_changed``: a
merge, a restore, an import, new settings, a record saved in a page). The decisions (who holds
the lock, which backup is good) are the services'; here only questions and messages.
"""

import contextlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

from municipaless.ui.common import dialogs
from municipaless.ui.shell.share_sync import ShareSync

# The file's own dialogs and tasks (locks, backups, damage, checks) are imported when a file
# is opened or a menu asks: the empty window shows without them (issue #17).
if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory
    from municipaless.ui.common.workers import Job
    from municipaless.ui.directory.import_wizard import ImportWizard
    from municipaless.ui.file.backups_dialog import BackupsDialog
    from municipaless.ui.file.territory_assistant import TerritoryAssistant

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

REFRESH_MS = 60_000  # the presence lock is rewritten every minute while the file is open


class FileSession(QObject):
    """The open territory and what lives as long as it; the window only shows what it says."""

    territory_changed = Signal(object)  # another file (or None): pages take it
    data_changed = Signal()  # the same file, re-written behind the pages: they re-read it
    damage_found = Signal(object)  # a shown file's worker found damage: reopen it carefully
    lists_requested = Signal()  # Paramètres ▸ « Listes et enjeux… »: the window opens them

    def __init__(self, status: Any, parent: QWidget):
        super().__init__(parent)
        self.territory: Territory | None = None
        self._status = status  # the window's FileStatusBar
        self._widget = parent  # parent of the dialogs and progress notes
        self.health_job: Any = None  # the worker checking a big file just opened
        self.closing = False  # a close is waiting (write-back): a second one is refused
        self.import_wizard: ImportWizard | None = None  # the wizard last opened
        self.assistant: TerritoryAssistant | None = None  # the territory assistant last opened
        self._forget_reopener: Callable[[], None] = lambda: None  # storage_errors' « Rouvrir »
        self.share = ShareSync(lambda: self.territory, status, parent)
        self.share.merged.connect(self._rewritten)
        self.presence_timer = QTimer(self)
        self.presence_timer.setInterval(REFRESH_MS)
        self.presence_timer.timeout.connect(self.refresh_presence)
        self.presence_timer.start()

    # opening -------------------------------------------------------------------------------
    def _open_file(
        self, path: Path, *, read_only: bool = False, lock: str = "acquire", verify: bool = True
    ) -> "Territory":
        """The one place a file is opened (a share or USB key through a local working copy;
        ``lock="none"``: a backup, shown as it is)."""
        from municipaless.services.file import OpenMode, open_territory
        from municipaless.services.file.places import officer_name

        if lock == "none":
            return open_territory(path, mode=OpenMode.READ_ONLY, force_share=False)
        mode = OpenMode.READ_ONLY if read_only else OpenMode(lock)
        return open_territory(path, officer_name(), mode, verify=verify)

    def create(self, path: Path) -> "Territory":
        """A new, empty territory at ``path`` (never over an existing file), not yet shown."""
        from municipaless.services.file.places import officer_name
        from municipaless.services.file.territory import Territory

        return Territory.create(path, officer_name())

    def open(self, path: Path, *, verify: bool | None = None) -> "Territory | None":
        """Open ``path`` asking what to do if a colleague holds it; None when the officer
        cancels. Storage errors propagate: the window shows their French message."""
        import sqlite3  # with the storage stack, after the first paint (issue #17)

        from municipaless.services.file import backups
        from municipaless.storage.lock import LockedByOther
        from municipaless.ui.file import lock_dialog
        from municipaless.ui.shell import damaged_file
        from municipaless.ui.shell.file_tasks import cheap_to_check, flag_unanswered

        if verify is None:
            verify = cheap_to_check(path)
        try:
            territory = self._open_file(path, verify=verify)
        except LockedByOther as exc:
            choice = lock_dialog.ask_locked(self._widget, exc)
            if choice == lock_dialog.READ_ONLY:
                territory = self._open_file(path, read_only=True, verify=verify)
            elif choice == lock_dialog.TAKE_OVER:
                territory = self._open_file(path, lock="take_over", verify=verify)
            elif choice == lock_dialog.COPY:
                target = damaged_file.ask_copy_path(self._widget, path)
                if target is None:
                    return None
                backups.copy_of(path, target)
                territory = self._open_file(target)
            else:
                return None
        if territory.damaged:
            return damaged_file.offer_restore_damaged(self._widget, territory, self._open_file)
        copy = getattr(territory, "working_copy", None)
        if copy is not None and copy.resumed:
            self._status.showMessage(
                translate(
                    "FileActions",
                    "Changes not yet saved to the share last time were found on this PC: they "
                    "will be saved to it now.",
                )
            )
        if not verify:
            try:
                territory.probe_lists()  # what the window reads first: damage there shows now
            except sqlite3.DatabaseError:
                territory.close()
                return self.open(path, verify=True)
        territory.auto_backup = True
        flag_unanswered(territory)
        if verify:
            with contextlib.suppress(Exception):  # a failed backup must not keep the file closed
                backups.on_open(territory)
        else:
            self.check_in_background(territory.path)
        return territory

    def open_backup(self, entry: Any) -> None:
        """Show a backup read-only (no lock, no backups of it)."""
        from municipaless.storage.errors import StorageError
        from municipaless.ui.file.backups_dialog import format_when

        try:
            territory = self._open_file(entry.path, lock="none")
        except StorageError as exc:
            dialogs.error(
                self._widget, translate("MainWindow", "The backup could not be opened"), exc.message
            )
            return
        territory.read_only_reason = translate("MainWindow", "backup of {date}").format(
            date=format_when(entry.at)
        )
        self.set_territory(territory)

    def tell_set_aside(self, territory: "Territory") -> None:
        """Once the file shows: a damaged leftover working copy holding changes the share never
        got was kept aside (not replaced); say where, and how to take those changes back."""
        copy = getattr(territory, "working_copy", None)
        aside = getattr(copy, "set_aside", None)
        if aside is None:
            return
        QMessageBox.information(
            self._widget,
            translate("FileActions", "Changes set aside"),
            translate(
                "FileActions",
                "Your changes not yet sent were set aside in {path}: open that file, then use "
                "File ▸ Merge a colleague's copy… to take them back.",
            ).format(path=aside),
        )

    def set_territory(self, territory: "Territory | None") -> None:
        """Show ``territory``, then close the previous file (write-back, backup)."""
        from municipaless.ui.common import storage_errors

        self._forget_reopener()
        if territory is not None:  # a save refused because the file was replaced: « Rouvrir »
            self._forget_reopener = storage_errors.install_reopener(territory.path, self.reopen)
        old, self.territory = self.territory, territory
        self.territory_changed.emit(territory)
        if old is not None and old is not territory:
            self.close_territory(old, may_cancel=False)

    def reopen(self) -> "Territory | None":
        """Close the open file and open it again from disk (a colleague's write-back replaced
        it under us); the reopened territory, or None when it could not open (said why)."""
        import sqlite3

        from municipaless.storage.errors import StorageError

        old = self.territory
        if old is None:
            return None
        path = shown_path(old)  # the shared file, for a working copy
        self.set_territory(None)  # closes it: lock released, close-time backup
        try:
            territory = self.open(path)
        except (StorageError, sqlite3.Error, OSError) as exc:
            message = exc.message if isinstance(exc, StorageError) else str(exc)
            dialogs.error(
                self._widget, translate("FileActions", "The file could not be reopened"), message
            )
            return None
        if territory is not None:
            self.set_territory(territory)
        return territory

    def notify_changed(self) -> None:
        """The file was written behind the pages (a form, a merge, a restore…)."""
        self.data_changed.emit()

    def _rewritten(self) -> None:
        """A File menu flow rewrote the file (and made a backup first): pages and status."""
        self.notify_changed()
        self.update_status()

    # background check ----------------------------------------------------------------------
    def check_in_background(self, path: Path) -> None:
        """Integrity check and open-time backup of a big file, off the GUI thread."""
        from municipaless.ui.common.workers import Job
        from municipaless.ui.shell.file_tasks import check_and_back_up

        self.stop_background()
        job = Job(path, check_and_back_up, self._widget)
        job.finished.connect(lambda: self._job_ended(job, path))
        self.health_job = job
        job.start()

    def _job_ended(self, job: "Job", path: Path) -> None:
        """The check finished (or failed, or was stopped): read it, then free it."""
        from municipaless.ui.common.workers import release

        if self.health_job is job:
            self.health_job = None
        damage = job.result if job.outcome == "succeeded" else ""
        stopped = job.cancelled
        release(job)
        if not stopped:
            self._background_checked(path, damage)

    def stop_background(self) -> None:
        """Wait for a running check: a QThread destroyed while running aborts the process."""
        job = self.health_job
        if job is not None:
            job.stop()
            self.health_job = None

    def _background_checked(self, path: Path, damage: str) -> None:
        current = self.territory
        if not damage or current is None or current.path != path:
            return
        # Damage found after the file was shown: reopen it the careful way, read-only, and
        # offer the latest good backup exactly as a small damaged file gets at open.
        self.set_territory(None)
        self.damage_found.emit(path)

    # presence and status -------------------------------------------------------------------
    def refresh_presence(self) -> None:
        from municipaless.ui.file.backups_dialog import format_when

        territory = self.territory
        if territory is None or territory.refresh_presence():
            return
        self._status.showMessage(
            translate(
                "FileActions",
                "A colleague took over this file at {time}: your changes are still saved, but "
                "reload records before editing them.",
            ).format(time=format_when(datetime.now(UTC)))
        )

    def update_status(self) -> None:
        """The last backup and the share's sentence in the status bar."""
        territory = self.territory
        when = ""
        if territory is not None and territory.auto_backup:
            from municipaless.services.file import backups
            from municipaless.ui.file.backups_dialog import format_when

            with contextlib.suppress(OSError):
                entries = backups.for_territory(territory)
                when = format_when(entries[0].at) if entries else ""
        self._status.show_last_backup(when)
        self.share.update()

    # closing -------------------------------------------------------------------------------
    def close(self, *, may_cancel: bool) -> bool:
        """Close the open file as the window closes; False when the officer stays."""
        territory = self.territory
        if territory is not None:
            if not self.close_territory(territory, may_cancel=may_cancel):
                return False
            self.territory = None
            self._forget_reopener()
        self.stop_background()
        return True

    def close_territory(self, territory: "Territory", *, may_cancel: bool) -> bool:
        """Write a working copy back, back up off the GUI thread, close; False to stay open
        (only offered when ``may_cancel``)."""
        from municipaless.services.file import working_copy

        if self.closing:  # a second close while the first waits
            return False
        self.closing = True
        try:
            copy = working_copy.of(territory)
            unsaved = (
                copy is not None and not copy.read_only and not self.share.write_back_now(territory)
            )
            if unsaved and may_cancel and not self.share.close_anyway(copy):
                return False
            self.backup_off_thread(territory)
            try:
                working_copy.close(territory, write_back=False)
            except Exception:  # closing must never be refused by a failed cleanup
                territory.close()
            return True
        finally:
            self.closing = False

    def backup_off_thread(self, territory: "Territory") -> None:
        """The close-time backup (seconds on a big file) on a worker, with a small note."""
        from municipaless.services.file import backups
        from municipaless.ui.common.workers import Job, release, run_and_wait

        if not territory.auto_backup or territory.read_only:
            return
        opened = territory.opened_marker
        copy = getattr(territory, "working_copy", None)

        def back_up(t, _job):
            t.working_copy = copy  # the backup's note names the shared file, as at opening
            if backups.close_due(t, opened):
                return backups.make(t, "close")
            return None

        try:
            due = territory.change_marker() != opened
        except Exception:
            return
        if due:
            release(
                run_and_wait(
                    self._widget,
                    Job(territory.path, back_up, self._widget),
                    translate("ShareActions", "Backup in progress…"),
                )
            )
        territory.auto_backup = False  # done (or not due): Territory.close() makes no second one

    # the File menu's flows -----------------------------------------------------------------
    def backups_dialog(self) -> "BackupsDialog | None":
        """Fichier ▸ Sauvegardes…: the dialog, wired (not shown)."""
        from municipaless.ui.file.backups_dialog import BackupsDialog

        if self.territory is None:
            return None
        dialog = BackupsDialog(self.territory, self._widget)
        dialog.restored.connect(self._restored)
        dialog.open_requested.connect(self.open_backup)
        return dialog

    def show_backups(self) -> None:
        dialog = self.backups_dialog()
        if dialog is not None:
            dialog.exec()

    def _restored(self, entry: Any) -> None:
        from municipaless.ui.file.backups_dialog import format_when

        self._rewritten()
        self._status.showMessage(
            translate("BackupsDialog", "Backup of {date} restored.").format(
                date=format_when(entry.at)
            )
        )

    def send_copy(self) -> None:
        from municipaless.ui.shell.file_tasks import send_copy

        if self.territory is not None:
            send_copy(self.territory, self._widget)

    def merge_colleague_copy(self) -> None:
        from municipaless.ui.file.merge_dialog import merge_colleague_copy

        territory = self.territory
        if merge_colleague_copy(territory, self._widget) and self.territory is territory:
            self._rewritten()  # lists, dashboard and search show the merged file

    def edit_settings(self) -> None:
        from municipaless.ui.file.settings_dialog import ASSISTANT, LISTS, SettingsDialog

        if self.territory is None:
            return
        dialog = SettingsDialog(self.territory, self._widget)
        result = dialog.exec()
        if result == QDialog.DialogCode.Accepted:
            self.notify_changed()  # delays and the commune's name show in the pages
            self._status.showMessage(translate("SettingsDialog", "Settings saved."), 4000)
        elif result == ASSISTANT:
            self.set_up_territory()
        elif result == LISTS:
            self.lists_requested.emit()

    def set_up_territory(self) -> "TerritoryAssistant | None":
        """The territory assistant (after Nouveau fichier, from Paramètres, the dashboard or
        the bilan's empty commune list), opened window-modal; the pages re-read on Terminer."""
        from municipaless.ui.file.territory_assistant import TerritoryAssistant

        territory = self.territory
        if territory is None or territory.read_only:
            return None
        assistant = TerritoryAssistant(territory, self._widget)
        self.assistant = assistant

        def done(code: int) -> None:
            if code == QDialog.DialogCode.Accepted and self.territory is territory:
                self._rewritten()  # the bilan's communes, the referent, the dashboard
                self._status.showMessage(translate("SettingsDialog", "Settings saved."), 4000)

        assistant.finished.connect(done)
        assistant.open()
        return assistant

    def import_into_directory(self) -> "ImportWizard | None":
        from municipaless.ui.directory.import_wizard import import_into_directory

        territory = self.territory
        wizard = import_into_directory(territory, self._widget)
        if wizard is None:
            return None
        self.import_wizard = wizard

        def done(_code: int) -> None:
            if wizard.result is not None and self.territory is territory:
                self._rewritten()  # lists, counts and search show the new records

        wizard.finished.connect(done)
        return wizard

    def export_contacts(self) -> None:
        from municipaless.ui.directory.import_wizard import export_contacts

        export_contacts(self.territory, self._widget)


def shown_path(territory: "Territory") -> Path:
    """The file as the officer knows it (the shared file, for a working copy)."""
    from municipaless.services.file.working_copy import shown_path as path_of

    return path_of(territory)
