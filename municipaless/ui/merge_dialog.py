"""Fichier ▸ Fusionner la copie d'un collègue…: pick the copy, see the dry run, choose, merge.

The dry run and the merge are the services'; here the officer sees what will happen, chooses
per conflicting field (la mienne by default, so doing nothing keeps their own work), and gets
the report with the path of the backup that undoes the merge.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui import dialogs

if TYPE_CHECKING:
    from municipaless.services.territory import Territory
    from municipaless.storage.merge_model import MergePlan
    from municipaless.ui.main_window import MainWindow

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
CHOICES = ("mine", "theirs", "original")


def _shown(value) -> str:
    return translate("MergeDialog", "(empty)") if value in (None, "", "[]") else str(value)


class MergeDialog(QDialog):
    """The dry-run summary and one row per conflict: champ, la mienne, la sienne, l'originale."""

    def __init__(self, plan: "MergePlan", parent: QWidget | None = None):
        super().__init__(parent)
        from municipaless.services import merge

        self.plan = plan
        self.setWindowTitle(translate("MergeDialog", "Merge a colleague's copy"))
        self.resize(820, 480)
        layout = QVBoxLayout(self)
        self.summary = QLabel("\n".join(merge.summary_lines(plan)))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.table = QTableWidget(len(plan.conflicts), 5)
        self.table.setObjectName("conflicts")
        self.table.setHorizontalHeaderLabels(
            [
                translate("MergeDialog", "Field"),
                translate("MergeDialog", "Mine"),
                translate("MergeDialog", "Theirs"),
                translate("MergeDialog", "Original"),
                translate("MergeDialog", "Keep"),
            ]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            where = f"{merge.TABLE_NAMES.get(conflict.table, conflict.table)} · {conflict.label}"
            cells = (f"{where} · {conflict.field}", conflict.mine, conflict.theirs)
            for column, value in enumerate((*cells, conflict.original)):
                item = QTableWidgetItem(value if column == 0 else _shown(value))
                item.setToolTip(item.text())
                self.table.setItem(row, column, item)
            choice = QComboBox()
            choice.addItem(translate("MergeDialog", "Mine"), "mine")
            choice.addItem(translate("MergeDialog", "Theirs"), "theirs")
            choice.addItem(translate("MergeDialog", "Original"), "original")
            self.table.setCellWidget(row, 4, choice)
            self.choices.append(choice)
        self.table.setVisible(bool(plan.conflicts))
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.merge_button = buttons.addButton(
            translate("MergeDialog", "Merge"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self, row: int, side: str) -> None:
        self.choices[row].setCurrentIndex(CHOICES.index(side))

    def resolutions(self) -> dict[str, str]:
        return {
            conflict.key: self.choices[row].currentData()
            for row, conflict in enumerate(self.plan.conflicts)
        }


def add_merge_action(window: "MainWindow", menu: QMenu) -> QAction:
    """The menu entry; an editing action, so it is disabled while the file is read-only."""
    action = menu.addAction(translate("MergeDialog", "&Merge a colleague's copy…"))
    action.setObjectName("mergeAction")
    action.triggered.connect(lambda: merge_colleague_copy(window))
    window.file_actions["merge"] = action
    return action


def merge_colleague_copy(window: "MainWindow") -> None:
    territory: Territory | None = window.territory
    if territory is None or territory.read_only:
        return
    from municipaless.services import merge

    name, _ = QFileDialog.getOpenFileName(
        window,
        translate("MergeDialog", "Choose the colleague's copy"),
        str(territory.path.parent),
        dialogs.file_filter(),
    )
    if not name:
        return
    title = translate("MergeDialog", "Merge a colleague's copy")
    try:
        plan = merge.preview(territory, name)
    except StorageError as exc:
        dialogs.error(window, title, exc.message)
        return
    if plan.is_empty:
        QMessageBox.information(window, title, "\n".join(merge.summary_lines(plan)))
        return
    dialog = MergeDialog(plan, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    from municipaless.storage.backup import BackupFailed

    try:
        report = merge.merge(territory, plan, dialog.resolutions())
    except StorageError as exc:
        dialogs.error(window, title, exc.message)
        return
    except (OSError, BackupFailed) as exc:  # the backup before the merge failed
        message = translate(
            "MergeDialog", "The backup before merging failed ({error}): nothing was merged."
        )
        dialogs.error(window, title, message.format(error=exc))
        return
    window.set_territory(territory)  # lists, dashboard and search show the merged file
    QMessageBox.information(window, title, merge.report_text(report))
