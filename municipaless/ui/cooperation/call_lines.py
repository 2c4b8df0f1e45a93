"""The short lists a call's form edits in place: categories (with their minimum of partners),
the checklist of documents, the criteria (weight, maximum score) and the jury.

Each is a small table typed into directly, as in a spreadsheet, with its buttons under it: the
lines are saved with the call in one transaction (services/cooperation/calls.py), so
« Annuler » leaves everything as it was. Each editor answers the editing kit's field protocol
(``value``, ``set_value``, ``error``, ``edited``), so the form places the service's messages
under it like under any field.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from municipaless.ui.common.action_bar import ActionBar
from municipaless.ui.editing import RecordPicker

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_DATA = Qt.ItemDataRole.UserRole  # on a line's first cell: what the line keeps unseen (id, rev…)


class _NamedEditor(QStyledItemDelegate):
    """The cell being typed in is named after its column, for screen readers."""

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:  # noqa: N802
        editor = super().createEditor(parent, option, index)
        header = index.model().headerData(index.column(), Qt.Orientation.Horizontal)
        editor.setAccessibleName(str(header or ""))
        return editor


@dataclass(frozen=True)
class LineColumn:
    key: str
    header: str
    kind: str = "text"  # text, int, float
    default: Any = ""
    stretch: bool = False


class EditableLines(QWidget):
    """A table of lines typed in place, with « Ajouter », « Retirer » (and « Monter » /
    « Descendre » when the order counts)."""

    edited = Signal()

    def __init__(
        self,
        name: str,
        columns: Sequence[LineColumn],
        add_text: str,
        *,
        ordered: bool = False,
        single: bool = False,
        rows_shown: int = 4,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.columns = list(columns)
        self.single = single  # value() is a tuple of the first column's texts
        self._filling = False
        self.table = QTableWidget(0, len(self.columns))
        self.table.setObjectName(name)
        self.table.setHorizontalHeaderLabels([c.header for c in self.columns])
        self.table.verticalHeader().hide()
        self.table.setItemDelegate(_NamedEditor(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.columns):
            header.setSectionResizeMode(
                number,
                QHeaderView.ResizeMode.Stretch
                if column.stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        row_height = self.table.fontMetrics().height() + 10
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setFixedHeight(row_height * (rows_shown + 1) + 6)
        self.table.setMinimumWidth(220)  # narrow dialogs scroll the table, not the form
        self.table.itemChanged.connect(self._changed)
        self.table.itemSelectionChanged.connect(self._sync)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName(f"{name}Add")
        self.add_button.clicked.connect(lambda: self.add_line({}, edit=True))
        self.remove_button = QPushButton(translate("EditableLines", "Remove"))
        self.remove_button.setObjectName(f"{name}Remove")
        self.remove_button.clicked.connect(self.remove_selected)
        self.bar = ActionBar()  # what a narrow form has no room for goes into « ⋯ »
        self.bar.add(self.add_button)
        self.bar.add(self.remove_button)
        self.up_button = self.down_button = None
        if ordered:
            self.up_button = QPushButton(translate("EditableLines", "Move up"))
            self.down_button = QPushButton(translate("EditableLines", "Move down"))
            self.up_button.clicked.connect(lambda: self._move(-1))
            self.down_button.clicked.connect(lambda: self._move(1))
            self.bar.add(self.up_button)
            self.bar.add(self.down_button)
        self.bar.add_stretch()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addWidget(self.bar)
        self._sync()

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        """Tab follows what is shown, top to bottom (Qt's chain follows the order widgets were
        parented: the bar's « ⋯ » first); set once the form holds us."""
        super().showEvent(event)
        anchor = self.table.previousInFocusChain()
        for _ in range(200):  # the last widget before ours
            if anchor is not self and not self.isAncestorOf(anchor):
                break
            anchor = anchor.previousInFocusChain()
        for widget in self._tab_sequence():
            QWidget.setTabOrder(anchor, widget)
            anchor = widget

    def _tab_sequence(self) -> list[QWidget]:
        buttons = [self.add_button, self.remove_button, self.up_button, self.down_button]
        return [self.table, *(b for b in buttons if b is not None), self.bar.more_button]

    # the field protocol ----------------------------------------------------------------
    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - Qt's name
        super().setAccessibleName(name)
        self.table.setAccessibleName(name)

    def setFocus(self, *args: Any) -> None:  # noqa: N802 - Qt's name
        self.table.setFocus()

    def value(self) -> Any:
        lines = self.lines()
        if self.single:
            return tuple(str(line[self.columns[0].key]) for line in lines)
        return tuple(lines)

    def set_value(self, value: Any) -> None:
        self._filling = True
        self.table.setRowCount(0)
        for line in value or ():
            self.add_line({self.columns[0].key: line} if isinstance(line, str) else dict(line))
        self._filling = False
        self._sync()

    def error(self) -> str | None:
        for number in range(self.table.rowCount()):
            for column_number, column in enumerate(self.columns):
                if column.kind == "text":
                    continue
                text = self._text(number, column_number)
                if text and _number(text, column.kind) is None:
                    return translate(
                        "EditableLines", "Line {n}: « {text} » is not a number."
                    ).format(n=number + 1, text=text)
        return None

    # lines -------------------------------------------------------------------------------
    def _text(self, row: int, column: int) -> str:
        item = self.table.item(row, column)
        return item.text().strip() if item is not None else ""

    def lines(self) -> list[dict[str, Any]]:
        """Typed lines (empty ones left out): each column's value, plus what it kept unseen."""
        found = []
        for number in range(self.table.rowCount()):
            texts = [self._text(number, c) for c in range(len(self.columns))]
            first = self.table.item(number, 0)
            kept = dict(first.data(_DATA) or {}) if first is not None else {}
            if not any(texts) and not kept.get("person_id"):
                continue
            line = dict(kept)
            for column, text in zip(self.columns, texts, strict=True):
                if column.kind == "text":
                    line[column.key] = text
                else:
                    parsed = _number(text, column.kind) if text else column.default
                    line[column.key] = parsed if parsed is not None else text
            found.append(line)
        return found

    def add_line(self, values: dict[str, Any], *, edit: bool = False, locked: Sequence[str] = ()):
        """Append a line; ``values`` may carry unseen keys (id, rev, person_id) kept with it;
        ``locked`` columns are shown but not typed into (a person's name from the annuaire)."""
        row = self.table.rowCount()
        was = self._filling
        self._filling = True
        self.table.insertRow(row)
        shown = {c.key for c in self.columns}
        for number, column in enumerate(self.columns):
            value = values.get(column.key, column.default)
            text = _shown(value, column.kind)
            item = QTableWidgetItem(text)
            if column.key in locked:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if number == 0:
                item.setData(_DATA, {k: v for k, v in values.items() if k not in shown})
            self.table.setItem(row, number, item)
        self._filling = was
        self.table.selectRow(row)
        if edit:
            self.table.setFocus()
            first_editable = next(
                (n for n, c in enumerate(self.columns) if c.key not in locked), None
            )
            if first_editable is not None:
                self.table.editItem(self.table.item(row, first_editable))
        if not self._filling:
            self.edited.emit()
        self._sync()

    def remove_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True)
        for row in rows:
            self.table.removeRow(row)
        if rows:
            self.edited.emit()
        self._sync()

    def _move(self, step: int) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        row, target = rows[0], rows[0] + step
        if not 0 <= target < self.table.rowCount():
            return
        self._filling = True
        for column in range(self.table.columnCount()):
            a, b = self.table.takeItem(row, column), self.table.takeItem(target, column)
            self.table.setItem(row, column, b)
            self.table.setItem(target, column, a)
        self._filling = False
        self.table.selectRow(target)
        self.edited.emit()

    def _changed(self, _item: QTableWidgetItem) -> None:
        if not self._filling:
            self.edited.emit()

    def _sync(self) -> None:
        selected = bool(self.table.selectedIndexes()) and self.isEnabled()
        self.remove_button.setEnabled(selected)
        for button in (self.up_button, self.down_button):
            if button is not None:
                button.setEnabled(selected)
        self._sync_more()

    def _sync_more(self) -> None:
        """« ⋯ » usable only when something in it is (else Tab would stop on nothing)."""
        hidden = self.bar.overflowed()
        self.bar.more_button.setEnabled(any(b.isEnabled() for b in hidden))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._sync_more()  # what overflows changed with the width


class JuryLines(EditableLines):
    """The jury: members of the annuaire (picked, their name from their card) or names typed."""

    def __init__(self, territory: Any, parent: QWidget | None = None):
        super().__init__(
            "juryTable",
            [
                LineColumn("name", translate("JuryLines", "Member"), stretch=True),
                LineColumn("role", translate("JuryLines", "Role in the jury"), stretch=True),
            ],
            translate("JuryLines", "Add a name"),
            ordered=True,
            parent=parent,
        )
        self.picker = RecordPicker(territory, "person")
        self.picker.setObjectName("juryPicker")
        self.picker.setAccessibleName(translate("JuryLines", "Jury member from the directory"))
        self.picker.setMinimumWidth(140)
        self.add_person_button = QPushButton(translate("JuryLines", "Add this person"))
        self.add_person_button.setObjectName("juryAddPerson")
        self.add_person_button.clicked.connect(self.add_picked)
        self.add_person_button.setEnabled(False)  # until someone is picked
        self.picker.edited.connect(self._sync_picked)
        self.picker.activated.connect(lambda _i: self._sync_picked())
        pick_row = QHBoxLayout()
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(self.picker, 1)
        pick_row.addWidget(self.add_person_button)
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.insertLayout(0, pick_row)

    def _tab_sequence(self) -> list[QWidget]:
        return [self.picker, self.add_person_button, *super()._tab_sequence()]

    def _sync_picked(self) -> None:
        self.add_person_button.setEnabled(bool(self.picker.value()) and self.isEnabled())

    def add_picked(self) -> None:
        person_id = self.picker.value()
        if not person_id:
            return
        name = self.picker.currentText()
        self.add_line({"person_id": person_id, "name": name}, locked=("name",))
        self.picker.set_value(None)
        self._sync_picked()

    def set_members(self, rows: Sequence[Any]) -> None:
        """The call's saved jury (``call_queries.JuryRow``s)."""
        self._filling = True
        self.table.setRowCount(0)
        for row in rows:
            member = row.record
            values = {
                "id": member.id,
                "rev": member.rev,
                "person_id": member.person_id,
                "organisation_id": member.organisation_id,
                "name": row.name,
                "role": member.role,
            }
            self.add_line(values, locked=("name",) if member.person_id else ())
        self._filling = False
        self._sync()


def _number(text: str, kind: str) -> float | int | None:
    try:
        number = float(text.replace(",", ".").replace("\u00a0", "").replace(" ", ""))
    except ValueError:
        return None
    if kind == "int":
        return int(number) if number.is_integer() else None
    return number


def _shown(value: Any, kind: str) -> str:
    if value is None or value == "":
        return ""
    if kind == "float" and isinstance(value, float):
        text = f"{value:g}"
        return text.replace(".", ",")
    return str(value)


class ChoiceField(QComboBox):
    """A fixed list of (label, value) choices answering the field protocol (a call's status,
    a candidature's category); ``empty_text`` adds a first « none » entry."""

    edited = Signal()

    def __init__(self, choices: Sequence[tuple[str, Any]], empty_text: str = "", parent=None):
        super().__init__(parent)
        if empty_text:
            self.addItem(empty_text, None)
        for label, value in choices:
            self.addItem(label, value)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> Any:
        return self.currentData()

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        index = self.findData(value)
        if index < 0 and value not in (None, ""):
            self.addItem(str(value), value)  # a value the list lost keeps its text
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
