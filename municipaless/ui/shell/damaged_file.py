"""What opening a damaged file asks: put the latest good backup back, recover what can be read
into a new file, or show the damaged one read-only if its lists still read.

The decisions (which backup is good, what recovery copies) are the services'; here only the
questions and the messages. ``reopen`` is the session's one way of opening a file, so a
restored or recovered file opens exactly as any other.
"""

import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from municipaless.ui.common import dialogs
from municipaless.ui.file.backups_dialog import format_when

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
Reopen = Callable[[Path], "Territory"]


def ask_copy_path(parent: QWidget | None, path: Path) -> Path | None:
    """Where to keep a copy of a file a colleague holds (suggested in our data folder)."""
    from municipaless.services.file.places import data_dir

    stamp = datetime.now().strftime("%Y-%m-%d %Hh%M")
    suggested = data_dir() / "copies" / f"{path.stem} (copie {stamp}){path.suffix}"
    suggested.parent.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        translate("FileActions", "Where to keep the copy"),
        str(suggested),
        dialogs.file_filter(),
    )
    return Path(name) if name else None


def offer_restore_damaged(
    parent: QWidget | None, territory: "Territory", reopen: Reopen
) -> "Territory":
    """A damaged file stays read-only; offer to put the latest good backup in its place."""
    from municipaless.services.file import backups

    candidates = backups.for_path(territory.path)
    if not candidates:
        dialogs.error(
            parent,
            translate("FileActions", "Damaged file"),
            translate(
                "FileActions", "{reason}\n\nNo automatic backup of this file was found."
            ).format(reason=territory.read_only_reason),
        )
        return offer_recovery(parent, territory, reopen)
    latest = candidates[0]
    answer = QMessageBox.warning(
        parent,
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
        return offer_recovery(parent, territory, reopen)
    path = territory.path
    territory.close()
    backups.restore_damaged(path, latest)
    restored = reopen(path)
    restored.auto_backup = True
    return restored


def offer_recovery(parent: QWidget | None, territory: "Territory", reopen: Reopen) -> "Territory":
    """« Récupérer ce qui peut l'être dans un nouveau fichier », then open that file; or keep
    the damaged one read-only if it can be shown."""
    from municipaless.services.file import recovery
    from municipaless.services.file.places import officer_name
    from municipaless.ui.common.workers import Task, run_and_wait

    title = translate("FileActions", "Recover the damaged file")
    answer = QMessageBox.question(
        parent,
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
        parent,
        title,
        str(recovery.suggested_path(territory.path)),
        dialogs.file_filter(),
    )
    if not name:
        return readable_or_refused(territory)
    source, officer = territory.path, officer_name()
    task = run_and_wait(
        parent,
        Task(lambda job: recovery.recover(source, Path(name), officer, job.report), parent),
        translate("FileActions", "Recovering…"),
    )
    if task.outcome != "succeeded":
        dialogs.error(parent, title, task.message)
        return readable_or_refused(territory)
    QMessageBox.information(parent, title, "\n".join(recovery.report_lines(task.result)))
    territory.close()
    recovered = reopen(Path(name))
    recovered.auto_backup = True
    return recovered


def readable_or_refused(territory: "Territory") -> "Territory":
    """Show a damaged file read-only if its main tables still read; else refuse it clearly."""
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
