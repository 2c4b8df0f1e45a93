"""The status bar: which file, its state (local / read-only and why), and a migration note.

The officer must always see when edits cannot be saved, and when the file was upgraded (and
where the backup taken before the upgrade is), without opening a dialog.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget


class FileStatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.state_label = QLabel()
        self.migration_label = QLabel()
        self.addWidget(self.path_label, 1)
        self.addPermanentWidget(self.migration_label)
        self.addPermanentWidget(self.state_label)

    def show_territory(self, territory: Any) -> None:
        if territory is None:
            self.path_label.setText(self.tr("No file open"))
            self.state_label.setText("")
            self.migration_label.setText("")
            return
        self.path_label.setText(str(territory.path))
        if territory.read_only:
            reason = territory.read_only_reason
            self.state_label.setText(
                self.tr("Read-only — {reason}").format(reason=reason)
                if reason
                else self.tr("Read-only")
            )
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
