"""Window side of a file on a share or a removable drive: the working copy's life in the window.

The service (services/file/working_copy.py) decides and writes; here: Fichier ▸ Enregistrer sur le
partage (Ctrl+S), a timer that writes back every few minutes off the GUI thread, the status
bar sentence (« Fichier partagé — enregistré à 14 h 05 »), the merge when a colleague wrote the
share meanwhile, and what closing does (write back, then the close-time backup on a worker).
"""

import time
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from municipaless.ui.common import dialogs
from municipaless.ui.common.workers import Job, Task, run_and_wait

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory
    from municipaless.ui.shell.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

TICK_MS = 5_000  # how often the status is refreshed (a cheap max(seq) on the working copy)
# A change reaches the share about half a minute after it was made (a burst of edits goes in
# one write-back); a failed attempt (share unreachable) is retried a minute later.
WRITE_BACK_DELAY_S = 30
RETRY_AFTER_S = 60


def _copy(window: "MainWindow"):
    # No services import here: this runs as the empty window is built, before any file,
    # and importing working_copy pulls sqlite-utils into the start-up (~110 ms).
    territory = window.territory
    return getattr(territory, "working_copy", None) if territory is not None else None


# menu and timer ------------------------------------------------------------------------------
def add_share_action(window: "MainWindow", menu: QMenu) -> QAction:
    action = menu.addAction(translate("ShareActions", "Save to the &share"))
    action.setObjectName("saveToShareAction")
    action.setShortcut(QKeySequence(QKeySequence.StandardKey.Save))
    action.setStatusTip(
        translate(
            "ShareActions",
            "The file lives on a network share or a removable drive: you work on a copy on "
            "this PC, saved back to it half a minute after each change, on closing, and now.",
        )
    )
    action.triggered.connect(lambda: save_to_share(window))
    window.file_actions["save_share"] = action
    return action


def start_share_timer(window: "MainWindow") -> QTimer:
    window.share_task = None  # the background write-back, while it runs
    window.share_problem = ""  # why the last write-back failed (shown in the status bar)
    window.share_tried = -RETRY_AFTER_S  # monotonic time of the last background attempt
    window.share_pending_since = None  # when the tick first saw unsaved changes
    timer = QTimer(window)
    timer.setInterval(TICK_MS)
    timer.timeout.connect(lambda: tick(window))
    timer.start()
    return timer


def update_share(window: "MainWindow") -> None:
    """The action's state and the status bar sentence."""
    copy = _copy(window)
    action = window.file_actions.get("save_share")
    if action is not None:
        action.setEnabled(copy is not None and not copy.read_only)
    territory = window.territory
    if copy is None or territory is None or copy.read_only:
        return
    try:
        pending = copy.pending(territory.change_marker())
    except Exception:  # the file is being closed
        return
    running = getattr(window, "share_task", None) is not None
    window.status.show_share_state(
        copy.kind,
        _clock(copy.synced_at),
        pending=pending,
        saving=running,
        problem=getattr(window, "share_problem", ""),
    )


def _clock(moment: datetime) -> str:
    local = moment.astimezone()
    clock = f"{local.hour} h {local.minute:02d}"
    if local.date() == datetime.now().astimezone().date():
        return clock
    return translate("ShareActions", "{date} at {time}").format(date=f"{local:%d/%m}", time=clock)


def tick(window: "MainWindow") -> None:
    """Every few seconds: refresh the sentence; write back in the background when due."""
    update_share(window)
    copy = _copy(window)
    territory = window.territory
    if copy is None or territory is None or copy.read_only or window.share_task is not None:
        return
    try:
        pending = copy.pending(territory.change_marker())
    except Exception:  # the file is being closed
        return
    now = time.monotonic()
    if not pending:
        window.share_pending_since = None
        return
    if window.share_pending_since is None:
        window.share_pending_since = now
    if now - window.share_pending_since < WRITE_BACK_DELAY_S:
        return
    if now - window.share_tried < RETRY_AFTER_S:
        return
    window.share_tried = now
    task = Task(lambda _task: copy.write_back(), window)
    task.finished.connect(lambda: _background_done(window, task))
    window.share_task = task
    task.start()
    update_share(window)


def _background_done(window: "MainWindow", task: Task) -> None:
    from municipaless.services.file import working_copy

    task.wait()
    if window.share_task is task:
        window.share_task = None
    if isinstance(task.error, working_copy.SharedChanged):
        window.share_problem = translate(
            "ShareActions", "a colleague saved it too: File ▸ Save to the share merges"
        )
    elif task.error is not None:
        window.share_problem = translate(
            "ShareActions", "the share cannot be reached, changes kept on this PC"
        )
    else:
        window.share_problem = ""
        window.share_pending_since = None
    update_share(window)


def wait_background(window: "MainWindow") -> None:
    """Let a running background write-back finish (it is atomic: never cut it short)."""
    task = getattr(window, "share_task", None)
    if task is not None:
        task.wait()
        window.share_task = None


# writing back on demand ----------------------------------------------------------------------
def save_to_share(window: "MainWindow") -> bool:
    """Fichier ▸ Enregistrer sur le partage: True once everything is on the share."""
    territory = window.territory
    copy = _copy(window)
    if territory is None or copy is None or copy.read_only:
        return True
    ok = write_back_now(window, territory)
    if ok:
        window.status.showMessage(translate("ShareActions", "Saved to the share."), 5000)
    return ok


def write_back_now(window: "MainWindow", territory: "Territory") -> bool:
    """Write back while the window waits (painting); merge first if a colleague wrote."""
    from municipaless.services.file import working_copy

    copy = working_copy.of(territory)
    if copy is None or copy.read_only:
        return True
    wait_background(window)
    title = translate("ShareActions", "Save to the share")
    for _attempt in range(3):  # a colleague writing again during our merge: merge again
        if not copy.pending(territory.change_marker()):
            window.share_problem = ""
            update_share(window)
            return True
        task = run_and_wait(
            window,
            Task(lambda _task: copy.write_back(), window),
            translate("ShareActions", "Saving to the share…"),
        )
        if task.outcome == "succeeded":
            window.share_problem = ""
            update_share(window)
            return True
        if not isinstance(task.error, working_copy.SharedChanged):
            window.share_problem = translate(
                "ShareActions", "the share cannot be reached, changes kept on this PC"
            )
            update_share(window)
            dialogs.error(window, title, task.message)
            return False
        if not merge_from_share(window, territory):
            return False
    return False


def merge_from_share(window: "MainWindow", territory: "Territory") -> bool:
    """A colleague wrote the shared file: show the merge of their version into ours."""
    from municipaless.services.file import working_copy
    from municipaless.ui.file import merge_dialog

    copy = working_copy.of(territory)
    QMessageBox.information(
        window,
        translate("ShareActions", "A colleague saved the shared file"),
        translate(
            "ShareActions",
            "{name} was saved on the share by someone else since you opened it. Nothing was "
            "overwritten: their changes will now be merged with yours, then the result saved.",
        ).format(name=copy.shared.name),
    )
    preview = run_and_wait(
        window,
        Job(territory.path, lambda t, job: working_copy.preview_shared(t, copy), window),
        translate("ShareActions", "Reading the shared file…"),
    )
    title = translate("ShareActions", "Save to the share")
    if preview.outcome != "succeeded":
        dialogs.error(window, title, preview.message)
        return False
    pending = preview.result
    resolutions: dict = {}
    if not pending.plan.is_empty:
        dialog = merge_dialog.MergeDialog(pending.plan, window)
        if dialog.exec() != merge_dialog.QDialog.DialogCode.Accepted:
            window.share_problem = translate(
                "ShareActions", "a colleague saved it too: File ▸ Save to the share merges"
            )
            update_share(window)
            return False
        resolutions = dialog.resolutions()

    def apply(t, job):
        job.report(translate("ShareActions", "Backing up, then merging…"))
        return working_copy.merge_shared(t, pending, resolutions, copy)

    done = run_and_wait(
        window,
        Job(territory.path, apply, window, writable=True),
        translate("ShareActions", "Merging…"),
    )
    if done.outcome != "succeeded":
        dialogs.error(window, title, done.message)
        return False
    if window.territory is territory:  # lists, dashboard and search show the merged file
        window.set_territory(territory)
    return True


# closing ---------------------------------------------------------------------------------------
def close_territory(window: "MainWindow", territory: "Territory", *, may_cancel: bool) -> bool:
    """Everything closing a file needs, the window painting meanwhile: write a working copy
    back to its share, make the close-time backup on a worker, then close. False when the
    officer chose to stay (only offered when ``may_cancel``)."""
    from municipaless.services.file import working_copy

    if getattr(window, "closing_territory", False):  # a second close while the first waits
        return False
    window.closing_territory = True
    try:
        copy = working_copy.of(territory)
        unsaved = copy is not None and not copy.read_only and not write_back_now(window, territory)
        if unsaved and may_cancel and not _close_anyway(window, copy):
            return False
        backup_off_thread(window, territory)
        try:
            working_copy.close(territory, write_back=False)
        except Exception:  # closing must never be refused by a failed cleanup
            territory.close()
        return True
    finally:
        window.closing_territory = False


def _close_anyway(window: "MainWindow", copy) -> bool:
    answer = QMessageBox.question(
        window,
        translate("ShareActions", "Changes not saved to the share"),
        translate(
            "ShareActions",
            "Your changes could not be saved to {path}. They are kept on this PC and will be "
            "saved the next time you open this file. Close anyway?",
        ).format(path=copy.shared),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def backup_off_thread(window: "MainWindow", territory: "Territory") -> None:
    """The close-time backup (seconds on a big file) on a worker, with a small note."""
    from municipaless.services.file import backups

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
        run_and_wait(
            window,
            Job(territory.path, back_up, window),
            translate("ShareActions", "Backup in progress…"),
        )
    territory.auto_backup = False  # done (or not due): Territory.close() makes no second one
