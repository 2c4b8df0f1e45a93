"""A failure of the file in the officer's words, never a traceback.

``storage.errors.classify`` turns a sqlite3 or OS error into a French ``StorageProblem``; here
it is shown: the message, what to do under it, « Réessayer » when trying again may work, and
SQLite's internals only under « Détails… ». A busy file (another program holds a lock beyond
SQLite's 5 s wait) is first retried a few times with a short backoff while a note says who
has it open (the presence lock); only then does the box appear.

A file replaced under the window (a colleague's write-back renamed a new file over the one
opened directly) cannot be written any more: the box offers « Rouvrir », which calls the
reopener the window's ``FileSession`` installed for that path (``install_reopener``).

``ask_box`` is the one function that makes a box modal: tests replace it.
``install_excepthook(app)``: a last resort for errors nobody caught (call it once at start).
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QProgressDialog, QWidget

from municipaless.storage.errors import BUSY, REPLACED, StorageError, StorageProblem, classify

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
T = TypeVar("T")

RETRY_DELAYS_MS = (400, 1_000)  # automatic tries of a busy file before the box


# path of an open file -> its window's way to reopen it (the new territory, or None)
_reopeners: dict[str, Callable[[], Any]] = {}


def install_reopener(path: Path | str, reopen: Callable[[], Any]) -> Callable[[], None]:
    """The window that shows the file at ``path`` says how to reopen it; returns the call that
    removes it again (only while it is still the one installed)."""
    key = str(path)
    _reopeners[key] = reopen

    def remove() -> None:
        if _reopeners.get(key) is reopen:
            del _reopeners[key]

    return remove


def reopener(path: Path | str | None) -> Callable[[], Any] | None:
    return _reopeners.get(str(path)) if path else None


def holder(path: Path | str | None) -> str:
    """« ouvert par Marie Dupont (PC-ACCUEIL) depuis 10 h 32 », or "" when nobody is known."""
    if not path:
        return ""
    from municipaless.storage.lock import read_lock  # uuid, socket: not before the window shows

    info = read_lock(Path(path))
    return info.describe() if info is not None else ""


def problem_for(exc: BaseException, path: Path | str | None = None) -> StorageProblem:
    return classify(exc, holder(path))


def ask_box(box: QMessageBox) -> QAbstractButton | None:
    """Show ``box`` modally; the button clicked (None when closed)."""
    box.exec()
    return box.clickedButton()


def show_problem(
    parent: QWidget | None,
    problem: StorageProblem,
    title: str = "",
    *,
    critical: bool = False,
    reopen: Callable[[], None] | None = None,
) -> bool:
    """Show ``problem``; True when the officer chose « Réessayer ». A replaced file gets
    « Rouvrir » when ``reopen`` is given; clicking it calls ``reopen``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Warning)
    box.setWindowTitle(title or translate("StorageErrors", "The file could not be used"))
    box.setText(problem.message)
    if problem.action:
        box.setInformativeText(problem.action)
    if problem.details:
        box.setDetailedText(problem.details)
    retry = None
    if problem.retry:
        retry = box.addButton(
            translate("StorageErrors", "Retry"), QMessageBox.ButtonRole.AcceptRole
        )
    again = None
    if problem.kind == REPLACED and reopen is not None:
        again = box.addButton(
            translate("StorageErrors", "Reopen"), QMessageBox.ButtonRole.AcceptRole
        )
    box.addButton(QMessageBox.StandardButton.Close)
    clicked = ask_box(box)  # the module attribute: a test's replacement wins
    if again is not None and clicked is again:
        assert reopen is not None
        reopen()
    return retry is not None and clicked is retry


def _wait(ms: int) -> None:
    """Let the window paint while waiting (no frozen « ne répond pas »)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def busy_note(parent: QWidget | None, who: str) -> QProgressDialog:
    text = (
        translate("StorageErrors", "The file is busy ({holder}): trying again…").format(holder=who)
        if who
        else translate("StorageErrors", "The file is busy: trying again…")
    )
    note = QProgressDialog(text, "", 0, 0, parent)
    note.setCancelButton(None)
    note.setMinimumDuration(0)
    note.setWindowTitle(translate("StorageErrors", "Please wait"))
    note.show()
    QCoreApplication.processEvents()
    return note


def run_guarded(
    parent: QWidget | None,
    fn: Callable[[], T],
    *,
    path: Path | str | None = None,
    title: str = "",
    delays_ms: tuple[int, ...] | None = None,
    reopened: Callable[[Any], None] | None = None,
) -> tuple[bool, T | None]:
    """Call ``fn``; ``(True, result)``, or ``(False, None)`` after showing why it failed.

    Our own refusals (``StorageError``: a conflict, a read-only file, a field's error) are
    raised as before, for the caller to place. Everything else is classified: a busy file is
    retried after each of ``delays_ms`` with a note naming who holds it, then shown with
    « Réessayer »; a transaction that failed was rolled back, so trying again is safe. A file
    replaced under the window offers « Rouvrir » (when its window installed a reopener for
    ``path``); ``reopened`` then receives the reopened territory (None if it did not open).
    """
    while True:
        tries = list(RETRY_DELAYS_MS if delays_ms is None else delays_ms)
        note: QProgressDialog | None = None
        try:
            while True:
                try:
                    return True, fn()
                except StorageError:
                    raise
                except Exception as exc:  # noqa: BLE001 - classified and shown, never lost
                    problem = problem_for(exc, path)
                    if problem.kind != BUSY or not tries:
                        break
                    if note is None:
                        note = busy_note(parent, holder(path))
                    _wait(tries.pop(0))
        finally:
            if note is not None:
                note.reset()
                note.deleteLater()
        again = reopener(path) if problem.kind == REPLACED else None

        def reopen(again: Callable[[], Any] | None = again) -> None:
            territory = again() if again is not None else None
            if reopened is not None:
                reopened(territory)

        if not show_problem(parent, problem, title, reopen=reopen if again else None):
            return False, None


_installed: list[Any] = []


def install_excepthook(app: Any) -> None:
    """A last resort: an exception nobody caught becomes a French box (and still goes to
    stderr with its traceback, for a support request) instead of a silent failure."""
    previous = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        traceback.print_exception(exc_type, exc, tb, file=sys.stderr)
        if issubclass(exc_type, KeyboardInterrupt) or _installed[1]:
            previous(exc_type, exc, tb)
            return
        _installed[1] = True  # an error inside the box must not loop
        try:
            problem = classify(exc)._replace(retry=False)  # nothing here to try again
            show_problem(app.activeWindow() if hasattr(app, "activeWindow") else None, problem)
        finally:
            _installed[1] = False

    _installed[:] = [hook, False]
    sys.excepthook = hook
