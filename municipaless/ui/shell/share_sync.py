"""Window side of a file on a share or a removable drive: the working copy's life in the window.

The service (services/file/working_copy.py) decides and writes; here: Fichier ▸ Enregistrer sur le
partage (Ctrl+S), a timer that writes back every few minutes off the GUI thread, the status
bar sentence (« Fichier partagé — enregistré à 14 h 05 »), and the merge when a colleague wrote
the share meanwhile. ``ShareSync`` owns that state; it reads the open file through a callable,
so it never needs the window or the session that owns it.
"""

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from municipaless.ui.common import dialogs

if TYPE_CHECKING:  # the workers load with the first write-back, not with the window
    from municipaless.services.file.territory import Territory
    from municipaless.ui.common.workers import Task

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

TICK_MS = 5_000  # how often the status is refreshed (a cheap max(seq) on the working copy)
# A change reaches the share about half a minute after it was made (a burst of edits goes in
# one write-back); a failed attempt (share unreachable) is retried a minute later.
WRITE_BACK_DELAY_S = 30
RETRY_AFTER_S = 60


def save_to_share_tip() -> str:
    return translate(
        "ShareActions",
        "The file lives on a network share or a removable drive: you work on a copy on "
        "this PC, saved back to it half a minute after each change, on closing, and now.",
    )


def save_to_share_text() -> str:
    return translate("ShareActions", "Save to the &share")


class ShareSync(QObject):
    """The write-back of a working copy: background timer, Ctrl+S, merge of a colleague's save."""

    can_save_changed = Signal(bool)  # Fichier ▸ Enregistrer sur le partage applies (or not)
    merged = Signal()  # a colleague's save was merged into the open file: pages re-read it

    def __init__(
        self,
        territory: "Callable[[], Territory | None]",
        status: Any,
        parent: QWidget,
    ):
        super().__init__(parent)
        self._territory = territory
        self._status = status  # the window's FileStatusBar
        self._widget = parent  # parent of the dialogs and progress notes
        self.task: Task | None = None  # the background write-back, while it runs
        self.problem = ""  # why the last write-back failed (shown in the status bar)
        self.tried = -RETRY_AFTER_S  # monotonic time of the last background attempt
        self.pending_since: float | None = None  # when the tick first saw unsaved changes
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()

    def _copy(self):
        # No services import here: this runs as the empty window is built, before any file,
        # and importing working_copy pulls sqlite-utils into the start-up (~110 ms).
        territory = self._territory()
        return getattr(territory, "working_copy", None) if territory is not None else None

    def update(self) -> None:
        """The action's state and the status bar sentence."""
        copy = self._copy()
        self.can_save_changed.emit(copy is not None and not copy.read_only)
        territory = self._territory()
        if copy is None or territory is None or copy.read_only:
            return
        try:
            pending = copy.pending(territory.change_marker())
        except Exception:  # the file is being closed
            return
        self._status.show_share_state(
            copy.kind,
            _clock(copy.synced_at),
            pending=pending,
            saving=self.task is not None,
            problem=self.problem,
        )

    def tick(self) -> None:
        """Every few seconds: refresh the sentence; write back in the background when due."""
        self.update()
        copy = self._copy()
        territory = self._territory()
        if copy is None or territory is None or copy.read_only or self.task is not None:
            return
        try:
            pending = copy.pending(territory.change_marker())
        except Exception:  # the file is being closed
            return
        now = time.monotonic()
        if not pending:
            self.pending_since = None
            return
        if self.pending_since is None:
            self.pending_since = now
        if now - self.pending_since < WRITE_BACK_DELAY_S:
            return
        if now - self.tried < RETRY_AFTER_S:
            return
        self.tried = now
        from municipaless.ui.common.workers import Task

        task = Task(lambda _task: copy.write_back(), self._widget)
        task.finished.connect(lambda: self._background_done(task))
        self.task = task
        task.start()
        self.update()

    def _background_done(self, task: "Task") -> None:
        from municipaless.services.file import working_copy
        from municipaless.ui.common.workers import release

        task.wait()
        if self.task is task:
            self.task = None
        if isinstance(task.error, working_copy.SharedChanged):
            self.problem = _colleague_saved()
        elif task.error is not None:
            self.problem = _unreachable()
        else:
            self.problem = ""
            self.pending_since = None
        release(task)  # from a slot of finished: release defers the deletion
        self.update()

    def wait_background(self) -> None:
        """Let a running background write-back finish (it is atomic: never cut it short)."""
        task = self.task
        if task is not None:
            task.wait()
            self.task = None

    # writing back on demand ------------------------------------------------------------------
    def save_to_share(self) -> bool:
        """Fichier ▸ Enregistrer sur le partage: True once everything is on the share."""
        territory = self._territory()
        copy = self._copy()
        if territory is None or copy is None or copy.read_only:
            return True
        ok = self.write_back_now(territory)
        if ok:
            self._status.showMessage(translate("ShareActions", "Saved to the share."), 5000)
        return ok

    def write_back_now(self, territory: "Territory") -> bool:
        """Write back while the window waits (painting); merge first if a colleague wrote."""
        from municipaless.services.file import working_copy
        from municipaless.ui.common.workers import Task, release, run_and_wait

        copy = working_copy.of(territory)
        if copy is None or copy.read_only:
            return True
        self.wait_background()
        title = translate("ShareActions", "Save to the share")
        for _attempt in range(3):  # a colleague writing again during our merge: merge again
            if not copy.pending(territory.change_marker()):
                self.problem = ""
                self.update()
                return True
            task = run_and_wait(
                self._widget,
                Task(lambda _task: copy.write_back(), self._widget),
                translate("ShareActions", "Saving to the share…"),
            )
            outcome, error, message = task.outcome, task.error, task.message
            release(task)
            if outcome == "succeeded":
                self.problem = ""
                self.update()
                return True
            if not isinstance(error, working_copy.SharedChanged):
                self.problem = _unreachable()
                self.update()
                dialogs.error(self._widget, title, message)
                return False
            if not self.merge_from_share(territory):
                return False
        return False

    def merge_from_share(self, territory: "Territory") -> bool:
        """A colleague wrote the shared file: show the merge of their version into ours."""
        from municipaless.services.file import working_copy
        from municipaless.services.privacy import merge_erasure  # an erased person stays erased
        from municipaless.ui.common.workers import Job, release, run_and_wait
        from municipaless.ui.file import merge_dialog

        widget = self._widget
        copy = working_copy.of(territory)
        QMessageBox.information(
            widget,
            translate("ShareActions", "A colleague saved the shared file"),
            translate(
                "ShareActions",
                "{name} was saved on the share by someone else since you opened it. Nothing "
                "was overwritten: their changes will now be merged with yours, then the result "
                "saved.",
            ).format(name=copy.shared.name),
        )
        preview = run_and_wait(
            widget,
            Job(
                territory.path,
                lambda t, job: working_copy.preview_shared(t, copy, preview=merge_erasure.preview),
                widget,
            ),
            translate("ShareActions", "Reading the shared file…"),
        )
        title = translate("ShareActions", "Save to the share")
        outcome, pending, message = preview.outcome, preview.result, preview.message
        release(preview)
        if outcome != "succeeded":
            dialogs.error(widget, title, message)
            return False
        resolutions: dict = {}
        if not pending.plan.is_empty:
            dialog = merge_dialog.MergeDialog(pending.plan, widget, territory)
            accepted = dialog.exec() == merge_dialog.QDialog.DialogCode.Accepted
            resolutions = dialog.resolutions()
            dialog.deleteLater()
            if not accepted:
                self.problem = _colleague_saved()
                self.update()
                return False

        def apply(t, job):
            job.report(translate("ShareActions", "Backing up, then merging…"))
            return working_copy.merge_shared(
                t, pending, resolutions, copy, merge=merge_erasure.merge
            )

        done = run_and_wait(
            widget,
            Job(territory.path, apply, widget, writable=True),
            translate("ShareActions", "Merging…"),
        )
        outcome, message = done.outcome, done.message
        release(done)
        if outcome != "succeeded":
            dialogs.error(widget, title, message)
            return False
        if self._territory() is territory:  # lists, dashboard and search show the merged file
            self.merged.emit()
        return True

    def close_anyway(self, copy) -> bool:
        """Closing with changes the share did not get: the officer decides."""
        answer = QMessageBox.question(
            self._widget,
            translate("ShareActions", "Changes not saved to the share"),
            translate(
                "ShareActions",
                "Your changes could not be saved to {path}. They are kept on this PC and will "
                "be saved the next time you open this file. Close anyway?",
            ).format(path=copy.shared),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def _colleague_saved() -> str:
    return translate("ShareActions", "a colleague saved it too: File ▸ Save to the share merges")


def _unreachable() -> str:
    return translate("ShareActions", "the share cannot be reached, changes kept on this PC")


def _clock(moment: datetime) -> str:
    local = moment.astimezone()
    clock = f"{local.hour} h {local.minute:02d}"
    if local.date() == datetime.now().astimezone().date():
        return clock
    return translate("ShareActions", "{date} at {time}").format(date=f"{local:%d/%m}", time=clock)
