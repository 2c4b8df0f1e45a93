"""Fichier ▸ Fusionner la copie d'un collègue…: pick the copy, see the dry run, choose, merge.

The dry run and the merge are the services'; here the officer sees what will happen, chooses
per conflicting field (la mienne by default, so doing nothing keeps their own work), and gets
the report with the path of the backup that undoes the merge.
"""

import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.merge.model import DELETED
from municipaless.ui.common import dialogs, file_dialogs
from municipaless.ui.common.labels import field_label
from municipaless.ui.common.workers import Job, release, run_and_wait

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory
    from municipaless.storage.merge.model import Conflict, MergePlan

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
CHOICES = ("mine", "theirs", "original")


def _shown(value) -> str:
    return translate("MergeDialog", "(empty)") if value in (None, "", "[]") else str(value)


def _typed(table: str, field: str, value: Any) -> Any:
    """A stored value (row or journal text) as the record holds it: JSON lists become
    tuples, 0/1 of a flag a bool, so the detail pane's formatting applies."""
    from municipaless.core import domain
    from municipaless.storage.codec import field_kinds

    record_type = domain.TABLES.get(table)
    kind = field_kinds(record_type).get(field, "plain") if record_type else "plain"
    if kind == "list" and isinstance(value, str):
        try:
            return tuple(json.loads(value))
        except ValueError:
            return value
    if kind == "bool" and value not in (None, ""):
        return str(value) not in ("0", "False", "false")
    return value


def _deletion_text(deleted_at: Any) -> str:
    """« Supprimée le 03/12/2026 » (the day in local time) or « Conservée (modifiée) »."""
    from municipaless.core.formats import parse_utc_iso

    if deleted_at in (None, ""):
        return translate("MergeDialog", "Kept (edited)")
    moment = parse_utc_iso(str(deleted_at))
    day = moment.astimezone().strftime("%d/%m/%Y") if moment else str(deleted_at)
    return translate("MergeDialog", "Deleted on {date}").format(date=day)


class ConflictText:
    """Field names as the detail pane says them, values formatted (dates, money, codes)."""

    def __init__(self, territory: Any = None):
        from municipaless.ui.common.display import Describer

        self.describer = Describer(territory) if territory is not None else None

    def field(self, field: str) -> str:
        if (
            field == DELETED
        ):  # the pseudo-field of a record deleted on one side, edited on the other
            return translate("MergeDialog", "Deletion")
        return field_label(field) or field.replace("_", " ")

    def values(self, conflict: "Conflict") -> list[str]:
        """La mienne, la sienne, l'originale as the officer reads them."""
        sides = (conflict.mine, conflict.theirs, conflict.original)
        if conflict.field != DELETED:
            return [self.value(conflict.table, conflict.field, v) for v in sides]
        # one side deleted the record (its deleted_at), the other kept and edited it (None);
        # the original was alive and unchanged
        return [_deletion_text(conflict.mine), _deletion_text(conflict.theirs)] + [
            translate("MergeDialog", "Kept")
        ]

    def value(self, table: str, field: str, value: Any) -> str:
        if value in (None, "", "[]"):
            return _shown(None)
        typed = _typed(table, field, value)
        if self.describer is not None:
            try:
                return self.describer.value_text(table, field, typed) or _shown(None)
            except Exception:  # a vocabulary or link that cannot be read: the raw value
                return str(value)
        from municipaless.ui.common.display import format_cell  # babel: not at start-up

        return format_cell(typed) if not isinstance(typed, tuple) else ", ".join(typed)


class MergeDialog(QDialog):
    """The dry-run summary and one row per conflict: champ, la mienne, la sienne, l'originale."""

    def __init__(self, plan: "MergePlan", parent: QWidget | None = None, territory: Any = None):
        super().__init__(parent)
        from municipaless.services.file import merge

        self.plan = plan
        self.setWindowTitle(translate("MergeDialog", "Merge a colleague's copy"))
        self.resize(860, 480)
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
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 300)  # « Téléphone — Cœur de Bresse Solidaire (structures) »
        self.table.verticalHeader().hide()
        text = ConflictText(territory)
        self.choices: list[QComboBox] = []
        for row, conflict in enumerate(plan.conflicts):
            kind = merge.TABLE_NAMES.get(conflict.table, conflict.table)
            where = f"{text.field(conflict.field)} — {conflict.label} ({kind})"
            cells = [where, *text.values(conflict)]
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
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


def merge_colleague_copy(territory: "Territory | None", parent: QWidget) -> bool:
    """Pick the copy, read it on a worker, show the dry run, merge on a worker, report; True
    when something was merged (the caller then has every page re-read the file).

    Reading both journals and applying the merge take seconds on a big file: both run on a
    ``Job`` with its own connection (the merge's writable), the window painting meanwhile."""
    if territory is None or territory.read_only:
        return False
    from municipaless.services.file import merge
    from municipaless.services.file.working_copy import shown_path
    from municipaless.services.privacy import merge_erasure  # an erased person stays erased

    chosen = file_dialogs.ask_open(
        parent,
        "copy",
        translate("MergeDialog", "Choose the colleague's copy"),
        dialogs.file_filter(),
        fallback=shown_path(territory).parent,
    )
    if chosen is None:
        return False
    name = str(chosen)
    title = translate("MergeDialog", "Merge a colleague's copy")
    preview = run_and_wait(
        parent,
        Job(territory.path, lambda t, job: merge_erasure.preview(t, name), parent),
        translate("MergeDialog", "Reading the colleague's copy…"),
        cancellable=True,
    )
    outcome, plan, error, message = _read(preview)
    if outcome == "cancelled":
        return False
    force = False
    if isinstance(error, merge.OtherTerritory) and _confirm_other_territory(parent, title, message):
        force = True
        preview = run_and_wait(
            parent,
            Job(
                territory.path,
                lambda t, job: merge_erasure.preview(t, name, force=True),
                parent,
            ),
            translate("MergeDialog", "Reading the colleague's copy…"),
            cancellable=True,
        )
        outcome, plan, error, message = _read(preview)
        if outcome == "cancelled":
            return False
    if outcome != "succeeded":
        dialogs.error(parent, title, message)
        return False
    if plan.is_empty:
        QMessageBox.information(parent, title, "\n".join(merge.summary_lines(plan)))
        return False
    dialog = MergeDialog(plan, parent, territory)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    resolutions = dialog.resolutions()
    dialog.deleteLater()  # parented to the window: it would otherwise live as long
    if not accepted:
        return False
    done = run_and_wait(
        parent,
        Job(
            territory.path,
            lambda t, job: merge_erasure.merge(
                t, plan, resolutions, progress=job.report, force=force
            ),
            parent,
            writable=True,
        ),
        translate("MergeDialog", "Merging…"),
    )
    outcome, report, error, message = _read(done)
    if outcome != "succeeded":
        from municipaless.storage.backup import BackupFailed

        if isinstance(error, OSError | BackupFailed):  # the backup before the merge failed
            message = translate(
                "MergeDialog", "The backup before merging failed ({error}): nothing was merged."
            ).format(error=error)
        dialogs.error(parent, title, message)
        return False
    QMessageBox.information(parent, title, merge.report_text(report))
    return True


def _read(job: Job) -> tuple[str, Any, Exception | None, str]:
    """What a finished job gave (outcome, result, error, message), the job then freed: a job
    parented to the window would otherwise keep its thread and its plan alive with it."""
    read = (job.outcome, job.result, job.error, job.message)
    release(job)
    return read


def _confirm_other_territory(parent: QWidget, title: str, message: str) -> bool:
    """A file that shares no record with this one is refused unless the officer says so
    twice: merging it pours a whole other territory into theirs."""
    first = QMessageBox.warning(
        parent,
        title,
        message
        + "\n\n"
        + translate("MergeDialog", "Merge it anyway? Every record of that file would be added."),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    if first != QMessageBox.StandardButton.Yes:
        return False
    second = QMessageBox.warning(
        parent,
        title,
        translate(
            "MergeDialog",
            "Really add every record of another territory to this file? A backup is made "
            "first, and restoring it undoes the merge.",
        ),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return second == QMessageBox.StandardButton.Yes
