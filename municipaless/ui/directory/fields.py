"""Two fields the annuaire needs beyond the editing kit: the territory a structure covers
(communes, intercommunalités, départements, régions, as stored codes) and free tags.

Both follow the kit's protocol (``value()``, ``set_value()``, ``error()``, ``edited``) so a
``RecordForm`` treats them like any other field.
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QStringListModel, Qt, QTimer, Signal
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


def territory_text(code: str) -> str:
    from municipaless.services.geography.communes import territory_label

    return territory_label(code)


def choice_text(choice: Any) -> str:
    """How a ``TerritoryChoice`` reads in the list: « Ardèche (07) — département »."""
    words = {
        "dep": translate("TerritoryField", "département"),
        "reg": translate("TerritoryField", "région"),
        "epci": translate("TerritoryField", "intercommunality"),
        "commune": translate("TerritoryField", "commune"),
    }
    name = f"{choice.name} ({choice.detail})" if choice.detail else choice.name
    return f"{name} — {words.get(choice.kind, choice.kind)}"


class TerritoryField(QWidget):
    """The communes, intercommunalités, départements and régions a structure (or an offer)
    covers. Typing searches without accents, départements first (``territory_search``);
    Enter takes the highlighted entry, the first one unless the arrows moved."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Add a commune, a département or a région"))
        self._model = QStringListModel(self)
        self._by_text: dict[str, str] = {}  # the entries listed now -> their codes
        self.completer = QCompleter(self._model, self)
        self.completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.completer.setMaxVisibleItems(12)
        self.completer.setWidget(self.input)
        self.completer.activated[str].connect(self.choose)
        self.completer.popup().installEventFilter(self)
        self.input.installEventFilter(self)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search_now)
        self.input.textEdited.connect(self._typed)
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
        self._timer.start()
        self.edited.emit()

    def search_now(self) -> list[str]:
        """List the entries matching what is typed (what a short pause in typing does)."""
        from municipaless.services.geography.territory_search import search_territories

        self._timer.stop()
        found = search_territories(self.input.text(), limit=40)
        self._by_text = {choice_text(c): c.code for c in found}
        self._model.setStringList(list(self._by_text))
        popup = self.completer.popup()
        if found:
            self.completer.complete()
            popup.setCurrentIndex(self.completer.completionModel().index(0, 0))
        else:
            popup.hide()
        return list(self._by_text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if not enter or watched not in (self.input, self.completer.popup()):
            return super().eventFilter(watched, event)
        if not self.input.text().strip():
            return False  # Enter on an empty field: the dialog's default button
        popup = self.completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self.choose(popup.currentIndex().data())
        else:
            if self._timer.isActive() or not self._by_text:
                self.search_now()
            if self._by_text:  # nothing found: the text stays, error() says so
                self.choose(next(iter(self._by_text)))
        popup.hide()
        return True

    def choose(self, text: str) -> bool:
        """Add the entry shown as ``text`` (what picking it in the list does)."""
        text = text.strip()
        if text not in self._by_text:  # typed out in full: find its name again
            from municipaless.services.geography.territory_search import search_territories

            found = search_territories(text.split(" — ")[0].split(" (")[0])
            self._by_text = {choice_text(c): c.code for c in found}
        code = self._by_text.get(text)
        if code is None:
            return False
        self.add_code(code)
        self.completer.popup().hide()
        self.input.clear()
        self._by_text = {}
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
