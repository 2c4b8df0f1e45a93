"""Long work off the GUI thread (exports, figures, merge, backups, write-back to a share).

A sqlite connection must not cross threads, so the job receives the file's path and opens it
itself (``open_territory(path, mode=OpenMode.READ_ONLY)``, or writable for a merge); the window's
connection stays on the GUI thread. Cancelling is cooperative: the job checks ``cancelled``
between its steps. ``Task`` is the same without a connection, for work that opens its own
files (writing a working copy back to a share). ``run_and_wait`` keeps the window painting
behind a small note while a job the next step depends on finishes (closing, merging).

A finished task is freed by its owner with ``release(task)`` once the result is delivered
(from a slot of ``finished`` is fine): a task parented to a page otherwise lives, with its
result, as long as the page — one per Tableau de bord visit, per export.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget


class Cancelled(Exception):
    """Raised by a job that saw the cancel flag between two steps."""


class Task(QThread):
    """Runs ``fn(task)``; the result (or the error) is also kept on the task itself."""

    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()
    progress = Signal(str)  # a French line saying which step runs now

    def __init__(self, fn: Callable[..., Any], parent=None):
        super().__init__(parent)
        self.fn = fn
        self._cancel = threading.Event()
        self.result: Any = None
        self.error: Exception | None = None
        self.message = ""  # the error as the officer reads it
        self.outcome = ""  # "succeeded", "failed" or "cancelled" once finished

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def stop(self) -> None:
        """Cancel and wait: a QThread destroyed while running aborts the whole process."""
        self.cancel()
        self.wait()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def report(self, text: str) -> None:
        self.progress.emit(text)

    def _call(self) -> Any:
        return self.fn(self)

    def run(self) -> None:
        from municipaless.storage.errors import StorageError, classify

        try:
            result = self._call()
            self.check()
        except Cancelled:
            self.outcome = "cancelled"
            self.was_cancelled.emit()
        except Exception as exc:
            self.error = exc
            if self.cancelled:  # an interrupted statement is the cancel, not a failure
                self.outcome = "cancelled"
                self.was_cancelled.emit()
                return
            self.outcome = "failed"
            if isinstance(exc, StorageError):
                self.message = exc.message
            else:  # reported to the officer in French, never a silent dead thread
                problem = classify(exc)
                self.message = f"{problem.message}\n{problem.action}\n\n{problem.details}"
            self.failed.emit(self.message)
        else:
            self.result = result
            self.outcome = "succeeded"
            self.succeeded.emit(result)


class Job(Task):
    """Runs ``fn(territory, job)`` on a territory the thread opens itself: read-only by
    default (no lock, no integrity check), writable for a merge (the window keeps the lock)."""

    def __init__(
        self, path: Path, fn: Callable[[Any, "Job"], Any], parent=None, *, writable: bool = False
    ):
        super().__init__(fn, parent)
        self.path = Path(path)
        self.writable = writable
        self._territory: Any = None  # the job's own connection, interrupted by cancel()
        self._guard = threading.Lock()  # interrupt() must never race the connection's close()

    def cancel(self) -> None:
        super().cancel()
        with self._guard:
            if self._territory is not None:  # stop a long statement (quick_check) now
                self._territory.interrupt()

    def _call(self) -> Any:
        from municipaless.services.file import OpenMode, open_territory
        from municipaless.services.file.places import officer_name

        # No presence lock (the window holds it) and no integrity check: the window's own
        # opening did both, and quick_check costs seconds on a large file.
        territory = open_territory(
            self.path,
            officer_name() if self.writable else "",
            OpenMode.UNLOCKED if self.writable else OpenMode.READ_ONLY,
            verify=False,
            force_share=False,  # the very file the window holds (a working copy, if shared)
        )
        with self._guard:
            self._territory = territory
        try:
            return self.fn(territory, self)
        finally:
            with self._guard:
                self._territory = None
            territory.close()


def release(task: Task) -> None:
    """Free a task whose result was delivered: the thread, its connections and its result.

    Never deleted inside its own ``finished`` signal (that crashed the process now and then:
    the thread still runs its last lines after emitting it): the deletion is a deferred call on
    the next turn of the event loop that first ``wait()``s for the thread to have ended. The
    owner must not use the task afterwards (drop its reference in the same slot).
    """

    def free() -> None:
        if shiboken6.isValid(task):
            task.wait()
            task.result = task.error = None
            task.deleteLater()

    QTimer.singleShot(0, task, free)


def run_and_wait(
    parent: QWidget | None, task: Task, text: str, *, cancellable: bool = False
) -> Task:
    """Start ``task`` and return once it finished, the window painting meanwhile.

    A small note (``text``, then the task's progress lines) shows after 300 ms, so quick
    work flashes nothing; it is window-modal, so nothing else starts in between.
    """
    loop = QEventLoop()
    task.finished.connect(loop.quit)
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setWindowTitle("MunicipalESS")
    note.setWindowModality(Qt.WindowModality.WindowModal)
    note.setMinimumDuration(300)
    note.setAutoClose(False)
    note.setAutoReset(False)
    if cancellable:
        note.setCancelButtonText(QCoreApplication.translate("Workers", "Cancel"))
        note.canceled.connect(task.cancel)
    else:
        note.setCancelButton(None)
    task.progress.connect(note.setLabelText)
    task.start()
    if not task.isFinished():
        # A slow start of the finished signal must not leave us waiting forever.
        guard = QTimer()
        guard.timeout.connect(lambda: task.isFinished() and loop.quit())
        guard.start(200)
        loop.exec()
        guard.stop()
    task.wait()
    note.close()
    note.deleteLater()
    return task
