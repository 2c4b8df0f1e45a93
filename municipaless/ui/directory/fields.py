"""Two fields the annuaire needs beyond the editing kit: the territory a structure covers
(communes, départements, régions, as stored codes) and free tags.

Both follow the kit's protocol (``value()``, ``set_value()``, ``error()``, ``edited``) so a
``RecordForm`` treats them like any other field.
"""

from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
CODE_ROLE = Qt.ItemDataRole.UserRole


# The régions of the COG (their names come from services/communes.territory_label).
REGION_CODES = [
    "01",
    "02",
    "03",
    "04",
    "06",
    "11",
    "24",
    "27",
    "28",
    "32",
    "44",
    "52",
    "53",
    "75",
    "76",
    "84",
    "93",
    "94",
]


def _departement(insee: str) -> str:
    """The département of an INSEE code: 2 characters (01…95, 2A, 2B), 3 overseas (971…)."""
    return insee[:3] if insee.startswith("97") else insee[:2]


@lru_cache(maxsize=1)
def territory_choices() -> dict[str, str]:
    """Text shown in the completer -> territory code, for every commune, département and
    région (read once, the first time a form needs it; the département comes from the INSEE
    code itself, so the COG file is not read a second time)."""
    from municipaless.services.geography.communes import commune_choices, territory_label

    commune_word = translate("TerritoryField", "commune")
    dep_word = translate("TerritoryField", "département")
    reg_word = translate("TerritoryField", "région")
    choices: dict[str, str] = {}
    deps: set[str] = set()
    seen: set[str] = set()
    for choice in commune_choices():
        if choice.insee in seen:
            continue
        seen.add(choice.insee)
        dep = _departement(choice.insee)
        deps.add(dep)
        choices[f"{choice.name} ({dep}) — {commune_word}"] = f"commune:{choice.insee}"
    for dep in sorted(deps):
        choices[f"{territory_label('dep:' + dep)} — {dep_word}"] = f"dep:{dep}"
    for reg in REGION_CODES:
        choices[f"{territory_label('reg:' + reg)} — {reg_word}"] = f"reg:{reg}"
    return choices


def territory_text(code: str) -> str:
    from municipaless.services.geography.communes import territory_label

    return territory_label(code)


class TerritoryField(QWidget):
    """The communes, départements and régions a structure (or an offer) covers."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Add a commune, a département or a région"))
        self._model = QStringListModel(self)
        self._loaded = False
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self.choose)
        self.input.setCompleter(completer)
        self.input.textEdited.connect(self._typed)
        self.input.returnPressed.connect(lambda: self.choose(self.input.text()))
        self.list = QListWidget()
        self.list.setMaximumHeight(self.fontMetrics().height() * 4 + 12)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_selected)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.input, 1)
        top.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addWidget(self.list)

    def _typed(self, _text: str) -> None:
        if not self._loaded:
            self._loaded = True
            self._model.setStringList(list(territory_choices()))
        self.edited.emit()

    def choose(self, text: str) -> bool:
        """Add the entry shown as ``text`` (what picking it in the completer does)."""
        code = territory_choices().get(text.strip())
        if code is None:
            return False
        self.add_code(code)
        QTimer.singleShot(0, self.input.clear)  # the completer writes its text after us
        self.input.clear()
        return True

    def add_code(self, code: str) -> None:
        if code in self.value():
            return
        item = QListWidgetItem(territory_text(code))
        item.setData(CODE_ROLE, code)
        self.list.addItem(item)
        self.edited.emit()

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self.edited.emit()

    def value(self) -> tuple[str, ...]:
        return tuple(self.list.item(i).data(CODE_ROLE) for i in range(self.list.count()))

    def error(self) -> str | None:
        if self.input.text().strip():
            return self.tr(
                "Choose the commune, département or région from the list, or clear the text."
            )
        return None

    def set_value(self, codes: Sequence[str] | None) -> None:
        self.list.clear()
        self.input.clear()
        for code in codes or ():
            item = QListWidgetItem(territory_text(code))
            item.setData(CODE_ROLE, code)
            self.list.addItem(item)


class TagsField(QLineEdit):
    """Tags typed as names separated by commas, completed from the file's existing tags."""

    edited = Signal()

    def __init__(self, names: Sequence[str] = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Names separated by commas"))
        self._completer = QCompleter(list(names), self)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self._completer.setWidget(self)
        self._completer.activated[str].connect(self._insert)
        self.textEdited.connect(self._typed)

    def _typed(self, text: str) -> None:
        last = text.split(",")[-1].strip()
        if last:
            self._completer.setCompletionPrefix(last)
            self._completer.complete()
        else:
            self._completer.popup().hide()
        self.edited.emit()

    def _insert(self, name: str) -> None:
        parts = [p.strip() for p in self.text().split(",")][:-1]
        self.setText(", ".join([*[p for p in parts if p], name]) + ", ")
        self.edited.emit()

    def value(self) -> tuple[str, ...]:
        names = [" ".join(p.split()) for p in self.text().split(",")]
        return tuple(dict.fromkeys(n for n in names if n))

    def error(self) -> None:
        return None

    def set_value(self, names: Any) -> None:
        self.setText(", ".join(names or ()))


class ChoiceField(QComboBox):
    """A fixed short list (civility): ``choices`` are (text, stored value)."""

    edited = Signal()

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None):
        super().__init__(parent)
        for text, value in choices:
            self.addItem(text, value)
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> str:
        return self.currentData() or ""

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        index = self.findData(value or "")
        if index < 0 and value:
            self.addItem(str(value), value)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))
