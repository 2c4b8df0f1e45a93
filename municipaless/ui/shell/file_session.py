"""Window-side file flows of sharing: presence lock, damaged files, backups, sending a copy.

Kept out of main_window.py so the window stays small; every function takes the window. The
decisions (who holds the lock, which backup is good) are the services'; here only the
questions to the officer and the messages.
"""

import contextlib
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from municipaless.ui.common import dialogs
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.file import lock_dialog
from municipaless.ui.shell import share_sync as share_actions

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory
    from municipaless.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

REFRESH_MS = 60_000  # the presence lock is rewritten every minute while the file is open
# quick_check reads ~140 MB/s here: up to 16 MB it stays near 100 ms and runs before the file is
# shown; a bigger file is shown at once and checked (and backed up) on a worker.
SYNC_CHECK_BYTES = 16 * 1024 * 1024


def open_territory(
    window: "MainWindow", path: Path, *, verify: bool | None = None
) -> "Territory | None":
    """Open ``path`` asking what to do if a colleague holds it; None when the officer cancels.

    Storage errors propagate: the window shows their French message.
    """
    from municipaless.services.file import backups
    from municipaless.services.file.places import officer_name
    from municipaless.services.file.working_copy import open_territory as open_file
    from municipaless.storage.lock import LockedByOther

    officer = officer_name()
    if verify is None:
        verify = _cheap_to_check(path)
    try:  # a file on a share or a USB key opens through a local working copy
        territory = open_file(path, officer, verify=verify)
    except LockedByOther as exc:
        choice = lock_dialog.ask_locked(window, exc)
        if choice == lock_dialog.READ_ONLY:
            territory = open_file(path, officer, read_only=True, verify=verify)
        elif choice == lock_dialog.TAKE_OVER:
            territory = open_file(path, officer, lock="take_over", verify=verify)
        elif choice == lock_dialog.COPY:
            target = ask_copy_path(window, path)
            if target is None:
                return None
            backups.copy_of(path, target)
            territory = open_file(target, officer)
        else:
            return None
    if territory.damaged:
        return offer_restore_damaged(window, territory)
    copy = getattr(territory, "working_copy", None)
    if copy is not None and copy.resumed:
        window.status.showMessage(
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
            return open_territory(window, path, verify=True)
    territory.auto_backup = True
    _flag_unanswered(territory)
    if verify:
        with contextlib.suppress(Exception):  # a failed backup must not keep the file closed
            backups.on_open(territory)
    else:
        check_in_background(window, territory.path)
    return territory


def _flag_unanswered(territory: "Territory") -> None:
    """Orientations sent too long ago turn "sans réponse" when the file is opened, so the
    lists and the bilan show them without the officer asking."""
    if territory.read_only:
        return
    from municipaless.services.casework import referrals
    from municipaless.storage.errors import StorageError

    with contextlib.suppress(StorageError, sqlite3.DatabaseError):  # never keeps a file shut
        referrals.flag_unanswered(territory)


def _cheap_to_check(path: Path) -> bool:
    try:
        return path.stat().st_size <= SYNC_CHECK_BYTES
    except OSError:
        return True  # let the open itself report the problem


def _check_and_back_up(territory: "Territory", job) -> str:
    """On the worker: quick_check (interruptible by cancel), then the open backup if due."""
    from municipaless.services.file import backups

    damage = territory.quick_check()
    job.check()  # an interrupted check is a cancel, not damage
    if not damage and backups.open_backup_due(territory):
        with contextlib.suppress(Exception):  # as on the GUI thread: never block the officer
            backups.make(territory, "open")
    return damage


def check_in_background(window: "MainWindow", path: Path) -> None:
    """Integrity check and open-time backup of a big file, off the GUI thread."""
    from municipaless.ui.common.workers import Job

    stop_background(window)
    job = Job(path, _check_and_back_up, window)
    job.succeeded.connect(lambda damage: _background_checked(window, path, damage))
    job.failed.connect(lambda _message: setattr(window, "health_job", None))
    window.health_job = job
    job.start()


def stop_background(window: "MainWindow") -> None:
    """Wait for a running check: a QThread destroyed while running aborts the process."""
    job = getattr(window, "health_job", None)
    if job is not None:
        job.stop()
        window.health_job = None


def _background_checked(window: "MainWindow", path: Path, damage: str) -> None:
    window.health_job = None
    current = window.territory
    if not damage or current is None or current.path != path:
        return
    # Damage found after the file was shown: reopen it the careful way, read-only, and offer
    # the latest good backup exactly as a small damaged file gets at open.
    window.set_territory(None)
    window.open_path(path, verify=True)


def ask_copy_path(window: "MainWindow", path: Path) -> Path | None:
    from municipaless.services.file.places import data_dir

    stamp = datetime.now().strftime("%Y-%m-%d %Hh%M")
    suggested = data_dir() / "copies" / f"{path.stem} (copie {stamp}){path.suffix}"
    suggested.parent.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("FileActions", "Where to keep the copy"),
        str(suggested),
        dialogs.file_filter(),
    )
    return Path(name) if name else None


def offer_restore_damaged(window: "MainWindow", territory: "Territory") -> "Territory":
    """A damaged file stays read-only; offer to put the latest good backup in its place."""
    from municipaless.services.file import backups

    candidates = backups.for_path(territory.path)
    if not candidates:
        dialogs.error(
            window,
            translate("FileActions", "Damaged file"),
            translate(
                "FileActions", "{reason}\n\nNo automatic backup of this file was found."
            ).format(reason=territory.read_only_reason),
        )
        return offer_recovery(window, territory)
    latest = candidates[0]
    answer = QMessageBox.warning(
        window,
        translate("FileActions", "Damaged file"),
        translate(
            "FileActions",
            "{reason}\n\nRestore the backup of {date} ({why})? The damaged file is kept "
            "beside it, renamed.",
        ).format(
            reason=territory.read_only_reason,
            date=format_when(latest.at),
            why=latest.reason_label,
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return offer_recovery(window, territory)
    path = territory.path
    territory.close()
    backups.restore_damaged(path, latest)
    from municipaless.services.file.places import officer_name
    from municipaless.services.file.working_copy import open_territory as open_file

    restored = open_file(path, officer_name())
    restored.auto_backup = True
    return restored


def offer_recovery(window: "MainWindow", territory: "Territory") -> "Territory":
    """« Récupérer ce qui peut l'être dans un nouveau fichier », then open that file; or keep
    the damaged one read-only if it can be shown."""
    from municipaless.services.file import recovery
    from municipaless.services.file.places import officer_name
    from municipaless.services.file.working_copy import open_territory as open_file
    from municipaless.ui.common.workers import Task, run_and_wait

    title = translate("FileActions", "Recover the damaged file")
    answer = QMessageBox.question(
        window,
        title,
        translate(
            "FileActions",
            "Copy everything that can still be read from {name} into a new file? The damaged "
            "file is left as it is; you then work on the new one.",
        ).format(name=territory.path.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return readable_or_refused(territory)
    name, _ = QFileDialog.getSaveFileName(
        window,
        title,
        str(recovery.suggested_path(territory.path)),
        dialogs.file_filter(),
    )
    if not name:
        return readable_or_refused(territory)
    source, officer = territory.path, officer_name()
    task = run_and_wait(
        window,
        Task(lambda job: recovery.recover(source, Path(name), officer, job.report), window),
        translate("FileActions", "Recovering…"),
    )
    if task.outcome != "succeeded":
        dialogs.error(window, title, task.message)
        return readable_or_refused(territory)
    QMessageBox.information(window, title, "\n".join(recovery.report_lines(task.result)))
    territory.close()
    recovered = open_file(Path(name), officer)
    recovered.auto_backup = True
    return recovered


def readable_or_refused(territory: "Territory") -> "Territory":
    """Show a damaged file read-only if its main tables still read; else refuse it clearly."""
    import sqlite3

    from municipaless.storage.errors import FileProblem

    try:
        territory.counts()
        territory.probe_lists()
    except sqlite3.DatabaseError as exc:
        message = territory.read_only_reason
        territory.close()
        raise FileProblem(
            translate(
                "FileActions",
                "{reason}\n\nThe damage touches the lists themselves ({error}): the file "
                "cannot be shown. Its backups are listed by File ▸ Backups… once another "
                "file is open.",
            ).format(reason=message, error=exc)
        ) from exc
    return territory


def format_when(moment: datetime) -> str:
    local = moment.astimezone()
    return f"{local:%d/%m/%Y} {local.hour} h {local.minute:02d}"


# menu ----------------------------------------------------------------------------------------
def add_sharing_actions(window: "MainWindow", menu: QMenu) -> list[QAction]:
    """Fichier ▸ Sauvegardes…, Restaurer…, Envoyer une copie…; returns the editing ones."""
    backups_action = menu.addAction(translate("FileActions", "&Backups…"))
    backups_action.triggered.connect(lambda: show_backups(window))
    restore_action = menu.addAction(translate("FileActions", "&Restore a backup…"))
    restore_action.triggered.connect(lambda: show_backups(window))
    send_action = menu.addAction(translate("FileActions", "&Send a copy…"))
    send_action.triggered.connect(lambda: send_copy(window))
    window.file_actions.update(
        {"backups": backups_action, "restore": restore_action, "send_copy": send_action}
    )
    window.needs_file_actions = [backups_action, send_action]
    share_actions.add_share_action(window, menu)
    return [restore_action]


def update_actions(window: "MainWindow") -> None:
    """Editing actions off (saying why) when read-only; file actions off with no file."""
    territory = window.territory
    for action in getattr(window, "needs_file_actions", []):
        action.setEnabled(territory is not None)
    why = read_only_text(territory)
    for action in window.edit_actions:
        action.setToolTip(why)
        action.setStatusTip(why)
    show_last_backup(window)
    share_actions.update_share(window)


def show_last_backup(window: "MainWindow") -> None:
    territory = window.territory
    when = ""
    if territory is not None and territory.auto_backup:
        from municipaless.services.file import backups

        with contextlib.suppress(OSError):
            entries = backups.for_territory(territory)
            when = format_when(entries[0].at) if entries else ""
    window.status.show_last_backup(when)


def show_backups(window: "MainWindow") -> None:
    if window.territory is None:
        return
    from municipaless.ui.file.backups_dialog import BackupsDialog

    BackupsDialog(window).exec()


def send_copy(window: "MainWindow") -> None:
    territory = window.territory
    if territory is None:
        return
    from municipaless.services.file import backups

    name, _ = QFileDialog.getSaveFileName(
        window,
        translate("FileActions", "Send a copy"),
        str(territory.path.with_name(f"{territory.path.stem} (copie){territory.path.suffix}")),
        dialogs.file_filter(),
    )
    if not name:
        return
    try:
        target = backups.send_copy(territory, Path(name))
    except Exception as exc:  # disk full, folder gone…: say it, change nothing
        dialogs.error(window, translate("FileActions", "The copy could not be written"), str(exc))
        return
    QMessageBox.information(
        window,
        translate("FileActions", "Copy written"),
        translate(
            "FileActions",
            "The copy is in {path}. It has its own identity: when your colleague sends it "
            "back, File ▸ Merge brings their changes in without losing yours.",
        ).format(path=target),
    )


def start_presence_timer(window: "MainWindow") -> QTimer:
    """The lock's refresh (every minute), and the share's write-back timer beside it."""
    window.share_timer = share_actions.start_share_timer(window)
    timer = QTimer(window)
    timer.setInterval(REFRESH_MS)
    timer.timeout.connect(lambda: refresh_presence(window))
    timer.start()
    return timer


def refresh_presence(window: "MainWindow") -> None:
    territory = window.territory
    if territory is None or territory.refresh_presence():
        return
    window.status.showMessage(
        translate(
            "FileActions",
            "A colleague took over this file at {time}: your changes are still saved, but "
            "reload records before editing them.",
        ).format(time=format_when(datetime.now(UTC)))
    )


# closing -------------------------------------------------------------------------------------
def shown_path(territory: "Territory") -> Path:
    """The file as the officer knows it (the shared file, for a working copy)."""
    from municipaless.services.file.working_copy import shown_path as path_of

    return path_of(territory)


def close_territory(window: "MainWindow", territory: "Territory", *, may_cancel: bool) -> bool:
    """Write a working copy back, back up off the GUI thread, close; False to stay open."""
    return share_actions.close_territory(window, territory, may_cancel=may_cancel)
