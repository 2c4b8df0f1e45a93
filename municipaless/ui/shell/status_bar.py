"""The status bar: which file, its state (local / shared / read-only and why), a migration note.

The officer must always see when edits cannot be saved, and when the file was upgraded (and
where the backup taken before the upgrade is), without opening a dialog.
"""

from typing import Any

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QStatusBar, QWidget


class ElidedLabel(QLabel):
    """A label that shortens its text with "…" (full text in the tooltip) instead of widening
    the window: a long network path or read-only reason must not set the window's width."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(60, super().minimumSizeHint().height())

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        if self.fontMetrics().horizontalAdvance(self.text()) <= self.width():
            super().paintEvent(event)  # it fits: the label paints itself
            return
        from PySide6.QtCore import Qt  # made on first use: not at start (known-traps.md#5)

        painter = QPainter(self)
        shown = self.fontMetrics().elidedText(
            self.text(), Qt.TextElideMode.ElideMiddle, self.width()
        )
        painter.drawText(self.rect(), int(Qt.AlignmentFlag.AlignVCenter), shown)


class FileStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path_label = ElidedLabel()
        self.state_label = ElidedLabel()
        self.state_label.setMaximumWidth(540)  # « Fichier partagé — modifications non… »
        self.migration_label = ElidedLabel()
        self.migration_label.setMaximumWidth(360)  # the backup's full path is in the tooltip
        self.addWidget(self.path_label, 1)
        self.addPermanentWidget(self.migration_label)
        self.backup_label = QLabel()  # « Sauvegarde : 12/03/2025 10 h 32 »
        self.addPermanentWidget(self.backup_label)
        self.addPermanentWidget(self.state_label)

    def show_last_backup(self, when: str) -> None:
        self.backup_label.setText(self.tr("Backup: {when}").format(when=when) if when else "")

    def show_share_state(
        self, kind: str, saved_at: str, *, pending: bool, saving: bool = False, problem: str = ""
    ) -> None:
        """« Fichier partagé — enregistré à 14 h 05 », or what is still to reach the share."""
        where = (
            self.tr("File on a removable drive") if kind == "removable" else self.tr("Shared file")
        )
        if problem:
            state = problem
        elif saving:
            state = self.tr("saving to the share…")
        elif pending:
            state = self.tr("changes not yet saved to the share")
        elif saved_at:
            state = self.tr("saved at {time}").format(time=saved_at)
        else:
            state = self.tr("working on a copy on this PC")
        self.state_label.setText(f"{where} — {state}")

    def show_territory(self, territory: Any) -> None:
        if territory is None:
            self.path_label.setText(self.tr("No file open"))
            self.state_label.setText("")
            self.migration_label.setText("")
            return
        copy = getattr(territory, "working_copy", None)  # a file on a share or a USB key
        self.path_label.setText(str(copy.shared if copy is not None else territory.path))
        if territory.read_only:
            reason = territory.read_only_reason
            self.state_label.setText(
                self.tr("Read-only — {reason}").format(reason=reason)
                if reason
                else self.tr("Read-only")
            )
        elif copy is not None:
            self.show_share_state(copy.kind, "", pending=False)
        else:
            self.state_label.setText(self.tr("Local"))
        if territory.migrated_from is not None:
            self.migration_label.setText(
                self.tr("Updated from format {old} (backup: {backup})").format(
                    old=territory.migrated_from, backup=territory.backup_path or "—"
                )
            )
        else:
            self.migration_label.setText("")
