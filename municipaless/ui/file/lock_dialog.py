"""The question asked when a colleague already has the file open.

Three honest choices (read-only, a separate copy, cancel); taking over the lock is offered only
when it is provably stale (this PC, process gone) or looks abandoned, and then only after a
warning, because taking over a live colleague's lock invites two people editing one file.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

if TYPE_CHECKING:  # storage (socket, uuid, sqlite) loads with the first file, not at start
    from municipaless.storage.lock import LockedByOther


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")

READ_ONLY, COPY, TAKE_OVER, CANCEL = "read_only", "copy", "take_over", "cancel"


def ask_locked(parent: QWidget | None, exc: "LockedByOther") -> str:
    """Ask what to do with a file someone holds; returns READ_ONLY, COPY, TAKE_OVER or CANCEL."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("LockDialog", "File already open"))
    box.setText(exc.message)
    offer = exc.info.take_over_offer()
    if offer == "stale":
        box.setInformativeText(
            translate(
                "LockDialog",
                "The program that opened it on this computer is no longer running: you can "
                "safely take over.",
            )
        )
    read_only = box.addButton(
        translate("LockDialog", "Open read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    copy = box.addButton(translate("LockDialog", "Open a copy…"), QMessageBox.ButtonRole.ActionRole)
    take = None
    if offer:
        take = box.addButton(
            translate("LockDialog", "Take over"), QMessageBox.ButtonRole.DestructiveRole
        )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return READ_ONLY
    if clicked is copy:
        return COPY
    if take is not None and clicked is take:
        return TAKE_OVER if offer == "stale" or confirm_take_over(parent, exc) else CANCEL
    return CANCEL


def confirm_take_over(parent: QWidget | None, exc: "LockedByOther") -> bool:
    answer = QMessageBox.warning(
        parent,
        translate("LockDialog", "Take over the file?"),
        translate(
            "LockDialog",
            "{holder}\n\nIf this colleague is still working on it, you will both edit the "
            "same file: changes will not be lost, but each of you may have to reload records "
            "the other changed. Take over only if you are sure they closed it (for example "
            "after their computer crashed).",
        ).format(holder=exc.message),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
