"""The parts of the file session that need no session: the big file's check on a worker, what
opening flags, and Fichier ▸ Envoyer une copie….
"""

import contextlib
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from municipaless.ui.common import dialogs, file_dialogs

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

# quick_check reads ~140 MB/s here: up to 16 MB it stays near 100 ms and runs before the file is
# shown; a bigger file is shown at once and checked (and backed up) on a worker.
SYNC_CHECK_BYTES = 16 * 1024 * 1024


def send_copy(territory: "Territory", parent: QWidget | None) -> None:
    """Fichier ▸ Envoyer une copie…: a copy with its own identity, for a colleague."""
    from municipaless.services.file import backups

    path, _ = file_dialogs.ask_save(
        parent,
        "copy",
        translate("FileActions", "Send a copy"),
        f"{territory.path.stem} (copie){territory.path.suffix}",
        dialogs.file_filter(),
    )
    if path is None:
        return
    try:
        target = backups.send_copy(territory, path)
    except Exception as exc:  # disk full, folder gone…: say it, change nothing
        dialogs.error(parent, translate("FileActions", "The copy could not be written"), str(exc))
        return
    QMessageBox.information(
        parent,
        translate("FileActions", "Copy written"),
        translate(
            "FileActions",
            "The copy is in {path}. It has its own identity: when your colleague sends it "
            "back, File ▸ Merge brings their changes in without losing yours.",
        ).format(path=target),
    )


def flag_unanswered(territory: "Territory") -> None:
    """Orientations sent too long ago turn "sans réponse" when the file is opened, so the
    lists and the bilan show them without the officer asking."""
    if territory.read_only:
        return
    from municipaless.services.casework import referrals
    from municipaless.storage.errors import StorageError

    with contextlib.suppress(StorageError, sqlite3.DatabaseError):  # never keeps a file shut
        referrals.flag_unanswered(territory)


def cheap_to_check(path: Path) -> bool:
    try:
        return path.stat().st_size <= SYNC_CHECK_BYTES
    except OSError:
        return True  # let the open itself report the problem


def check_and_back_up(territory: "Territory", job) -> str:
    """On the worker: quick_check (interruptible by cancel), then the open backup if due."""
    from municipaless.services.file import backups

    damage = territory.quick_check()
    job.check()  # an interrupted check is a cancel, not damage
    if not damage and backups.open_backup_due(territory):
        with contextlib.suppress(Exception):  # as on the GUI thread: never block the officer
            backups.make(territory, "open")
    return damage
