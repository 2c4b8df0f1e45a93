"""The porteurs of a project inside its form: picked from the annuaire, or typed on the fly.

Nothing is written while the officer edits the list: the project form applies it with the
project itself, in one transaction (``apply``), or hands it to ``casework.create_project``
(``inputs``) — cancelling the form leaves the file untouched.
"""

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import validation
from municipaless.ui.common import theme
from municipaless.ui.editing import RecordPicker, TextField


class NewPersonDialog(QDialog):
    """A porteur not yet in the annuaire: name and contact, checked before it is accepted."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New person"))
        self.first_name = TextField()
        self.last_name = TextField()
        self.email = TextField(validation.check_email)
        self.phone = TextField(validation.check_phone)
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("e.g. main holder, co-founder"))
        self.message = QLabel()
        theme.set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        form = QFormLayout()
        form.addRow(self.tr("First name"), self.first_name)
        form.addRow(self.tr("Last name"), self.last_name)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Phone"), self.phone)
        form.addRow(self.tr("Role in the project"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def person(self) -> dict:
        values = {
            "first_name": self.first_name.value() or "",
            "last_name": self.last_name.value() or "",
            "email": self.email.value(),
            "phone": self.phone.value(),
        }
        return {k: v for k, v in values.items() if v not in (None, "")}

    def accept(self) -> None:
        problems = [f.error() for f in (self.email, self.phone) if f.error()]
        if not (self.first_name.value() or self.last_name.value()):
            problems.insert(0, self.tr("Type at least the last name or the first name."))
        if problems:
            self.message.setText("\n".join(problems))
            self.message.show()
            return
        super().accept()


class HoldersEditor(QWidget):
    """The list of porteurs with "add from the annuaire", "new person" and "remove"."""

    edited = Signal()

    def __init__(self, territory: Any, holders: list[Any] = (), parent: QWidget | None = None):  # type: ignore[assignment]
        super().__init__(parent)
        self.territory = territory
        self.existing = list(holders)  # casework.Holder rows already linked
        self.removed: list[Any] = []
        self.added: list[Any] = []  # casework.HolderInput, not written yet
        self._labels: dict[str, str] = {}  # names of the people picked, by id
        self.list = QListWidget()
        self.list.setObjectName("holdersList")
        self.list.setMaximumHeight(110)
        self.picker = RecordPicker(territory, "person")
        self.picker.setMinimumWidth(220)
        self.role = QLineEdit()
        self.role.setPlaceholderText(self.tr("Role (optional)"))
        self.add_button = QPushButton(self.tr("Add"))
        self.new_button = QPushButton(self.tr("New person…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.message = QLabel()
        theme.set_tone(self.message, "error")
        self.message.setWordWrap(True)
        self.message.hide()
        pick = QHBoxLayout()
        pick.addWidget(self.picker, 2)
        pick.addWidget(self.role, 1)
        pick.addWidget(self.add_button)
        actions = QHBoxLayout()
        actions.addWidget(self.new_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(pick)
        layout.addLayout(actions)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self.add_picked)
        self.new_button.clicked.connect(lambda: self.add_new())
        self.picker.hint_changed.connect(self._no_match)
        self.message.linkActivated.connect(lambda _link: self.add_new(self.picker.currentText()))
        self.remove_button.clicked.connect(self.remove_selected)
        self._refresh()

    # editing -----------------------------------------------------------------------------
    def _person_ids(self) -> set[str]:
        ids = {h.person.id for h in self.existing}
        return ids | {h.person_id for h in self.added if h.person_id}

    def add_picked(self) -> None:
        from municipaless.services.casework import HolderInput

        person_id = self.picker.value()
        if person_id is None:
            self._say(self.tr("Choose a person from the list first (type part of the name)."))
            return
        if person_id in self._person_ids():
            self._say(self.tr("This person already holds the project."))
            return
        self.added.append(HolderInput(person_id=person_id, role=self.role.text().strip()))
        self._labels[person_id] = self.picker.currentText()
        self.picker.set_value(None)
        self.role.clear()
        self._changed()

    def _no_match(self, hint: str) -> None:
        """Nothing in the annuaire for what was typed: offer to create that person."""
        typed = self.picker.currentText().strip()
        if not hint or not typed:
            self._say("")
            return
        self._say(
            self.tr("No person matches: <a href='new'>create « {name} »</a>?").format(
                name=html.escape(typed)
            )
        )

    def add_new(self, typed: str = "") -> None:
        from municipaless.services.casework import HolderInput

        dialog = NewPersonDialog(self)
        first, _, last = typed.strip().rpartition(" ")  # « Zoé Nulpart »: Zoé, Nulpart
        dialog.first_name.setText(first)
        dialog.last_name.setText(last)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self.added.append(HolderInput(new_person=dialog.person(), role=dialog.role.text().strip()))
        if typed:
            self.picker.set_value(None)  # the name typed is now the new person's
        self._changed()

    def add_new_person(self, person: dict, role: str = "") -> None:
        """What "New person…" does once its dialog is filled (tests and scripted use)."""
        from municipaless.services.casework import HolderInput

        self.added.append(HolderInput(new_person=dict(person), role=role))
        self._changed()

    def remove_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        kind, index = item.data(Qt.ItemDataRole.UserRole)
        if kind == "existing":
            self.removed.append(self.existing.pop(index))
        else:
            self.added.pop(index)
        self._changed()

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _changed(self) -> None:
        self._say("")
        self._refresh()
        self.edited.emit()

    def _refresh(self) -> None:
        self.list.clear()
        for index, holder in enumerate(self.existing):
            name = holder.person.display_name or self.tr("(erased person)")
            self._item(name, holder.role, ("existing", index))
        for index, holder in enumerate(self.added):
            if holder.person_id:
                name = self._labels.get(holder.person_id, "")
            else:
                person = holder.new_person or {}
                name = f"{person.get('first_name', '')} {person.get('last_name', '')}".strip()
                name = self.tr("{name} (new in the directory)").format(name=name)
            self._item(name, holder.role, ("added", index))
        self.remove_button.setEnabled(self.list.count() > 0)

    def _item(self, name: str, role: str, key: tuple) -> None:
        item = QListWidgetItem(f"{name} — {role}" if role else name)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.list.addItem(item)

    # results -----------------------------------------------------------------------------
    def names(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]

    def is_changed(self) -> bool:
        return bool(self.added or self.removed)

    def inputs(self) -> list[Any]:
        """What ``casework.create_project`` takes."""
        return list(self.added)

    def apply(self, project_id: str) -> None:
        """Write the removals and additions (call inside the form's transaction)."""
        from municipaless.services import casework

        for holder in self.removed:
            casework.remove_holder(self.territory, holder.holder_id, holder.rev)
        for holder in self.added:
            casework.add_holder(self.territory, project_id, holder)

    # editing-kit protocol, so RecordForm can disable it on a read-only file -------------
    def value(self) -> list[Any]:
        return self.inputs()

    def error(self) -> None:
        return None

    def set_value(self, _value: Any) -> None:
        pass
