"""Long work off the GUI thread (exports, the dashboard's figures), with its own connection.

A sqlite connection must not cross threads, so the job receives the file's path and opens it
read-only itself (``Territory.open(path, read_only=True)``); the window's connection stays on
the GUI thread. Cancelling is cooperative: the job checks ``cancelled`` between its steps.
"""

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QThread, Signal


class Cancelled(Exception):
    """Raised by a job that saw the cancel flag between two steps."""


class Job(QThread):
    """Runs ``fn(territory, job)`` on a read-only territory opened in the thread."""

    succeeded = Signal(object)
    failed = Signal(str)
    was_cancelled = Signal()

    def __init__(self, path: Path, fn: Callable[[Any, "Job"], Any], parent=None):
        super().__init__(parent)
        self.path = Path(path)
        self.fn = fn
        self._territory: Any = None  # the job's own connection, interrupted by cancel()
        self._guard = threading.Lock()  # interrupt() must never race the connection's close()
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()
        with self._guard:
            if self._territory is not None:  # stop a long statement (quick_check) now
                self._territory.interrupt()

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

    def run(self) -> None:
        from municipaless.services.territory import Territory
        from municipaless.storage.errors import StorageError

        try:
            # No presence lock (reading only) and no integrity check: the window's own
            # opening did both, and quick_check costs seconds on a large file.
            territory = Territory.open(self.path, read_only=True, lock="none", verify=False)
            with self._guard:
                self._territory = territory
            try:
                result = self.fn(territory, self)
            finally:
                with self._guard:
                    self._territory = None
                territory.close()
            self.check()
        except Cancelled:
            self.was_cancelled.emit()
        except Exception as exc:
            if self.cancelled:  # an interrupted statement is the cancel, not a failure
                self.was_cancelled.emit()
            elif isinstance(exc, StorageError):
                self.failed.emit(exc.message)
            else:  # reported to the officer, never a silent dead thread
                self.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.succeeded.emit(result)
