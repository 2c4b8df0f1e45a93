"""La grille de notation of one jury member: the candidatures of a call × its criteria, a
score box per cell (« — » not scored yet), a conflict-of-interest box per candidature (it
takes the member's scores back and disables them), a comment; « Enregistrer la grille »
saves every line in one transaction (``services/cooperation/scoring.py``), or none with the
service's French message, what was typed kept on screen.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import StorageError
from municipaless.ui.common import accessible
from municipaless.ui.editing import show_storage_error

NOT_SCORED = -1.0  # the spin box's « — »


class ScoreBox(QDoubleSpinBox):
    """A score from 0 to the criterion's maximum by half points; « — » when not given."""

    def __init__(self, maximum: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRange(NOT_SCORED, float(maximum))
        self.setDecimals(1)
        self.setSingleStep(0.5)
        self.setSpecialValueText("—")
        self.setValue(NOT_SCORED)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setFrame(False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Scrolling the grid never changes a score the pointer passes over: only the box
        being edited takes the wheel."""
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()

    def score(self) -> float | None:
        value = self.value()
        return None if value < 0 else value

    def set_score(self, value: float | None) -> None:
        self.setValue(NOT_SCORED if value is None else float(value))


class ScoringTab(QWidget):
    changed = Signal()
    record_requested = Signal(str, str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.territory: Any = None
        self.call_id: str | None = None
        self.criteria: list[Any] = []
        self.lines: list[Any] = []
        self.boxes: list[dict[str, ScoreBox]] = []
        self.conflicts: list[QCheckBox] = []
        self.comments: list[QLineEdit] = []
        self._dirty = False
        self._member_id: str | None = None

        self.member = QComboBox()
        self.member.setObjectName("juryMember")
        member_label = QLabel(self.tr("Jury member"))
        member_label.setBuddy(self.member)
        accessible.name(self.member, self.tr("Jury member"))
        self.member.currentIndexChanged.connect(self._member_changed)
        self.state = QLabel()
        self.state.setObjectName("scoringState")
        self.state.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(member_label)
        top.addWidget(self.member, 1)
        top.addWidget(self.state, 2)

        self.table = QTableWidget()
        self.table.setObjectName("scoringGrid")
        accessible.name(self.table, self.tr("Scoring grid"))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.cellDoubleClicked.connect(self._open_project)

        self.save_button = QPushButton(self.tr("Save the grid"))
        self.save_button.setObjectName("saveScores")
        self.save_button.clicked.connect(self.save)
        self.empty = QLabel()
        self.empty.setObjectName("scoringEmpty")
        self.empty.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(self.empty, 1)
        bottom.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

    # contract -----------------------------------------------------------------------------
    def set_call(self, territory: Any, call_id: str | None) -> None:
        self.territory, self.call_id = territory, call_id
        self.reload()

    def reload(self) -> None:
        """Re-read the jury and the member's grid (keeping the member chosen)."""
        from municipaless.services.cooperation import scoring

        keep = self._member_id
        self.member.blockSignals(True)
        self.member.clear()
        members = (
            scoring.jury_members(self.territory, self.call_id)
            if self.territory is not None and self.call_id
            else []
        )
        for member, name in members:
            role = f" ({member.role})" if member.role else ""
            self.member.addItem(name + role, member.id)
        index = self.member.findData(keep) if keep else 0
        self.member.setCurrentIndex(max(index, 0))
        self.member.blockSignals(False)
        self._member_id = self.member.currentData()
        self._fill()

    # the grid -----------------------------------------------------------------------------
    def _fill(self) -> None:
        from municipaless.services.cooperation import scoring

        self.table.clear()
        self.boxes, self.conflicts, self.comments = [], [], []
        member_id = self._member_id
        if self.territory is None or not self.call_id or not member_id:
            self.criteria, self.lines = [], []
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.empty.setText(self.tr("Add the jury members of the call to fill their grids."))
            self._set_dirty(False)
            self.save_button.setEnabled(False)
            return
        self.criteria = scoring.criteria(self.territory, self.call_id)
        self.lines = scoring.member_grid(self.territory, self.call_id, member_id)
        headers = [self.tr("Candidature")]
        headers += [f"{c.label} (/{c.max_score})" for c in self.criteria]
        headers += [self.tr("Conflict of interest"), self.tr("Comment")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(self.lines))
        last = len(headers) - 1
        for row, line in enumerate(self.lines):
            title = f"{line.reference} « {line.project_name} »"
            if not line.eligible:
                title += " — " + self.tr("not eligible")
            item = QTableWidgetItem(title)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, item)
            boxes = {}
            for column, criterion in enumerate(self.criteria, start=1):
                box = ScoreBox(criterion.max_score)
                box.set_score(line.scores.get(criterion.id))
                accessible.name(
                    box,
                    self.tr("Score « {criterion} », {candidature}").format(
                        criterion=criterion.label, candidature=line.reference
                    ),
                )
                box.valueChanged.connect(lambda _v: self._set_dirty(True))
                self.table.setCellWidget(row, column, box)
                boxes[criterion.id] = box
            conflict = QCheckBox(self.tr("Conflict"))
            conflict.setChecked(line.conflict)
            accessible.name(
                conflict,
                self.tr("Conflict of interest, {candidature}").format(candidature=line.reference),
            )
            conflict.toggled.connect(lambda on, r=row: self._conflict_toggled(r, on))
            self.table.setCellWidget(row, last - 1, conflict)
            comment = QLineEdit(line.comment)
            comment.setFrame(False)
            accessible.name(
                comment, self.tr("Comment, {candidature}").format(candidature=line.reference)
            )
            comment.textEdited.connect(lambda _t: self._set_dirty(True))
            self.table.setCellWidget(row, last, comment)
            self.boxes.append(boxes)
            self.conflicts.append(conflict)
            self.comments.append(comment)
            for box in boxes.values():
                box.setEnabled(not line.conflict)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(last, QHeaderView.ResizeMode.Stretch)
        for column in range(1, last):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        if not self.lines:
            self.empty.setText(self.tr("No candidature to score in this call yet."))
        elif not self.criteria:
            self.empty.setText(self.tr("The call has no criteria yet: add them to score."))
        else:
            self.empty.setText("")
        read_only = bool(getattr(self.territory, "read_only", False))
        self.save_button.setEnabled(bool(self.lines) and not read_only)
        self.save_button.setToolTip(
            self.tr("The file is open read-only: the grid cannot be saved.") if read_only else ""
        )
        self._set_dirty(False)

    def _open_project(self, row: int, column: int) -> None:
        """A double click on a candidature opens its project (where its file is)."""
        if column == 0 and 0 <= row < len(self.lines):
            self.record_requested.emit("project", self.lines[row].project_id)

    def _conflict_toggled(self, row: int, on: bool) -> None:
        for box in self.boxes[row].values():
            if on:
                box.set_score(None)  # a member in conflict does not score it
            box.setEnabled(not on)
        self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.state.setText(self.tr("Changes not saved yet.") if dirty else "")

    @property
    def dirty(self) -> bool:
        return self._dirty

    def _member_changed(self, _index: int) -> None:
        new = self.member.currentData()
        if self._dirty and self._member_id and new != self._member_id:
            answer = QMessageBox.question(
                self,
                self.tr("Scoring grid"),
                self.tr("Save the scores typed for the previous member?"),
                QMessageBox.StandardButton.Save
                | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                if not self.save():
                    self._back_to_member()
                    return
            elif answer != QMessageBox.StandardButton.Discard:
                self._back_to_member()
                return
        self._member_id = new
        self._fill()

    def _back_to_member(self) -> None:
        self.member.blockSignals(True)
        self.member.setCurrentIndex(max(self.member.findData(self._member_id), 0))
        self.member.blockSignals(False)

    def save(self) -> bool:
        """Every line of the grid in one transaction; False (and the message) when refused."""
        from municipaless.services.cooperation import scoring

        if self.territory is None or not self._member_id or not self.lines:
            return False
        try:
            with self.territory.transaction():
                for row, line in enumerate(self.lines):
                    conflict = self.conflicts[row].isChecked()
                    scores = {cid: box.score() for cid, box in self.boxes[row].items()}
                    comment = self.comments[row].text().strip()
                    given = {k: v for k, v in scores.items() if v is not None}
                    if (given, comment, conflict) == (line.scores, line.comment, line.conflict):
                        continue  # untouched: no empty scorecard written
                    scoring.save_scorecard(
                        self.territory,
                        line.submission_id,
                        self._member_id,
                        {} if conflict else scores,
                        comment=comment,
                        conflict=conflict,
                    )
        except StorageError as exc:
            show_storage_error(self, exc)
            return False
        self._fill()
        self.changed.emit()
        return True
