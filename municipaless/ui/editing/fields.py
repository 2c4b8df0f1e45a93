"""Field widgets that read and write record values, checked by core.validation.

Every field has the same small protocol, so a form treats them alike:
``value()`` the value to store (None for "no value"), ``set_value(v)`` from a record,
``error()`` a French message or None, and the ``edited`` signal on every user change.
Text is checked as typed but never rewritten under the officer's fingers: the normalised
value (E.164 phone, ISO date, cents) is what ``value()`` returns.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from municipaless.core import formats, validation
from municipaless.core.validation import Checked
from municipaless.core.vocabularies import shown_label
from municipaless.storage.errors import StorageError

Check = Callable[[str], Checked]


class TextField(QLineEdit):
    """One line of text; with ``check`` (e.g. ``validation.check_siret``) the stored value is
    the checked one and the message shows under the field as soon as the officer leaves it."""

    edited = Signal()

    def __init__(
        self,
        check: Check | None = None,
        *,
        display: Callable[[Any], str] | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._check = check
        self._display = display or (lambda v: "" if v is None else str(v))
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.textEdited.connect(lambda _text: self.edited.emit())

    def checked(self) -> Checked:
        text = self.text().strip()
        if self._check is None:
            return Checked(text or None)
        return self._check(text)

    def value(self) -> Any:
        return self.checked().value

    def error(self) -> str | None:
        return self.checked().error

    def set_value(self, value: Any) -> None:
        self.setText(self._display(value))


def _none_as_empty(value: Any) -> Any:
    return "" if value is None else value


class NotesField(QPlainTextEdit):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * lines + 12)
        self.textChanged.connect(self.edited)

    def value(self) -> str:
        return self.toPlainText().strip()

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        self.setPlainText(_none_as_empty(value))


def MoneyField(parent: QWidget | None = None) -> TextField:  # noqa: N802
    """An amount in euros ("12 500", "12 500,50 €"); stored in cents."""
    field = TextField(
        validation.check_money,
        display=lambda cents: "" if cents is None else formats.format_money(cents),
        placeholder="0 €",
        parent=parent,
    )
    field.setMaximumWidth(180)
    field.setAlignment(Qt.AlignmentFlag.AlignRight)
    return field


def _check_count(text: str) -> Checked[int]:
    cleaned = text.replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if not cleaned:
        return Checked(None)
    if not cleaned.isdigit():
        return Checked(None, "Saisissez un nombre entier positif, par exemple 3.")
    return Checked(int(cleaned))


def IntField(parent: QWidget | None = None) -> TextField:  # noqa: N802
    """A whole number (jobs, minutes, quorum); empty means "not known", not zero."""
    field = TextField(_check_count, parent=parent)
    field.setMaximumWidth(100)
    return field


class BoolField(QCheckBox):
    edited = Signal()

    def __init__(self, text: str = "", parent: QWidget | None = None):
        super().__init__(text, parent)
        self.toggled.connect(lambda _on: self.edited.emit())

    def value(self) -> bool:
        return self.isChecked()

    def error(self) -> None:
        return None

    def set_value(self, value: Any) -> None:
        self.setChecked(bool(value))


class VocabField(QComboBox):
    """A choice among a vocabulary of the file (labels the officer may have renamed).

    A code no longer in the vocabulary (archived, or from a colleague's copy) is kept and shown
    as is: opening and saving a form must never drop a value."""

    edited = Signal()

    def __init__(
        self,
        territory: Any,
        vocab: str,
        *,
        allow_empty: bool = True,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        if allow_empty:
            self.addItem("—", None)
        for entry in territory.vocabulary(vocab) if territory is not None else []:
            self.addItem(shown_label(vocab, entry.code, entry.label), entry.code)
        self.kept_labels = _archived_labels(territory, vocab)  # an old record's archived value
        self.activated.connect(lambda _i: self.edited.emit())

    def value(self) -> str | None:
        return self.currentData()

    def error(self) -> None:
        return None

    def set_value(self, code: str | None) -> None:
        index = self.findData(code)
        if index < 0 and code:
            self.addItem(self.kept_labels.get(code, code), code)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))


class StayOpenMenu(QMenu):
    """A menu of check boxes that stays open while the officer ticks: a click or Space ticks
    or unticks, Enter, Escape or a click outside close it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt's name
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        action = self.activeAction()
        if event.key() == Qt.Key.Key_Space and action is not None and action.isCheckable():
            action.trigger()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.close()
            return
        super().keyPressEvent(event)


class MultiChoiceField(QToolButton):
    """Several of a list of (label, value) choices: a button showing the chosen labels
    (« Agriculture, Alimentation (+2) », all of them in the tooltip), with a list of check
    boxes that stays open while ticking. A stored value no longer offered is kept as is."""

    edited = Signal()
    SHOWN = 2  # labels written on the button before « (+n) »

    def __init__(self, choices: Any = (), parent: QWidget | None = None):
        super().__init__(parent)
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._menu = StayOpenMenu(self)
        self.setMenu(self._menu)
        self.actions_by_value: dict[Any, QAction] = {}
        self.kept_labels: dict[Any, str] = {}  # labels of stored values no longer offered
        for label, value in choices:
            self._add(label, value)
        self._refresh_text()

    def _add(self, label: str, value: Any) -> QAction:
        action = self._menu.addAction(label)
        action.setCheckable(True)
        action.toggled.connect(self._on_toggled)
        self.actions_by_value[value] = action
        return action

    def _on_toggled(self, _on: bool) -> None:
        self._refresh_text()
        self.edited.emit()

    def _refresh_text(self) -> None:
        chosen = [a.text() for a in self.actions_by_value.values() if a.isChecked()]
        shown = ", ".join(chosen[: self.SHOWN]) if chosen else "—"
        if len(chosen) > self.SHOWN:
            shown += f" (+{len(chosen) - self.SHOWN})"
        self.setText(shown)
        self.setToolTip(", ".join(chosen) if chosen else self.tr("Nothing chosen"))

    def value(self) -> tuple:
        return tuple(v for v, a in self.actions_by_value.items() if a.isChecked())

    def error(self) -> None:
        return None

    def set_value(self, values: Any) -> None:
        values = tuple(values or ())
        for value in values:
            if value not in self.actions_by_value:
                self._add(self.kept_labels.get(value, str(value)), value)
        for value, action in self.actions_by_value.items():
            action.blockSignals(True)
            action.setChecked(value in values)
            action.blockSignals(False)
        self._refresh_text()


class MultiVocabField(MultiChoiceField):
    """Several codes of a vocabulary (sectors, stages)."""

    def __init__(self, territory: Any, vocab: str, parent: QWidget | None = None):
        entries = territory.vocabulary(vocab) if territory is not None else []
        super().__init__([(shown_label(vocab, e.code, e.label), e.code) for e in entries], parent)
        self.kept_labels = _archived_labels(territory, vocab)

    @property
    def actions_by_code(self) -> dict[Any, QAction]:
        return self.actions_by_value


def ChallengesField(territory: Any, parent: QWidget | None = None) -> MultiChoiceField:  # noqa: N802
    """The territory's enjeux (a project's, a meeting's): stored as challenge ids."""
    rows = territory.challenges() if territory is not None else []
    field = MultiChoiceField([(c.title, c.id) for c in rows], parent)
    if territory is not None:  # an archived enjeu still shows its title on old records
        field.kept_labels = {c.id: c.title for c in territory.challenges(include_archived=True)}
    return field


def _archived_labels(territory: Any, vocab: str) -> dict[str, str]:
    if territory is None:
        return {}
    entries = territory.vocabulary(vocab, include_archived=True)
    return {v.code: shown_label(vocab, v.code, v.label) for v in entries}


class CommuneField(QLineEdit):
    """A commune chosen from the shipped INSEE/La Poste lists by typing its name (accents
    ignored: « saint etienne ») or its postcode; stores the INSEE code and, when linked, fills
    the postcode field. Enter takes the highlighted (first) commune."""

    edited = Signal()

    def __init__(self, postcode_field: TextField | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a name or a postcode"))
        self._postcode_field = postcode_field
        self._insee: str | None = None
        self._by_text: dict[str, Any] | None = None  # loaded on first use (~0.5 s, once)
        self._model = QStringListModel(self)
        self._timer = QTimer(self, singleShot=True, interval=120)
        self._timer.timeout.connect(self.search_now)
        completer = QCompleter(self._model, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(12)
        completer.activated[str].connect(self._chosen)
        completer.setWidget(self)
        self._completer = completer
        completer.popup().installEventFilter(self)
        self.installEventFilter(self)
        self.textEdited.connect(self._typed)

    def completer(self) -> QCompleter:  # the list of communes matching what is typed
        return self._completer

    def _choices(self) -> dict[str, Any]:
        if self._by_text is None:
            from municipaless.services.geography.communes import commune_choices

            self._by_text = {c.text: c for c in commune_choices()}
        return self._by_text

    def search_now(self) -> list[str]:
        """List the communes matching what is typed (what a short pause in typing does)."""
        from municipaless.services.geography.territory_search import search_communes

        self._timer.stop()
        found = [c.text for c in search_communes(self.text())] if self.text().strip() else []
        self._model.setStringList(found)
        popup = self._completer.popup()
        if found and self.isVisible():
            self._completer.complete()
            popup.setCurrentIndex(self._completer.completionModel().index(0, 0))
        else:
            popup.hide()
        return found

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if not enter or watched not in (self, self._completer.popup()):
            return super().eventFilter(watched, event)
        if not self.text().strip() or self._insee is not None:
            return False  # nothing to choose: Enter goes on to the dialog
        popup = self._completer.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._chosen(popup.currentIndex().data())
        else:
            found = self.search_now() if self._timer.isActive() else self._model.stringList()
            if found:
                self._chosen(found[0])
        popup.hide()
        return True

    def _typed(self, text: str) -> None:
        choice = self._choices().get(text.strip())
        self._insee = choice.insee if choice else None
        self._timer.start()
        self.edited.emit()

    def _chosen(self, text: str) -> None:
        choice = self._choices().get(text)
        if choice is None:
            return
        self._insee = choice.insee
        if self._postcode_field is not None:
            self._postcode_field.setText(choice.postcode)
        self._completer.popup().hide()
        self.setText(choice.text)
        self.edited.emit()

    def value(self) -> str | None:
        return self._insee

    def error(self) -> str | None:
        if self.text().strip() and self._insee is None:
            return self.tr("Choose the commune from the list (type its name or its postcode).")
        return None

    def set_value(self, insee: str | None, postcode: str | None = None) -> None:
        from municipaless.services.geography.communes import commune_choices, commune_name

        self._insee = insee or None
        if not insee:
            self.setText("")
            return
        matches = [c for c in commune_choices() if c.insee == insee]
        chosen = next(
            (c for c in matches if c.postcode == postcode), matches[0] if matches else None
        )
        self.setText(chosen.text if chosen else commune_name(insee))


class RecordPicker(QComboBox):
    """A structure, a person or a project of the file, found by typing (the global search index).

    The matches drop down under the field while typing goes on (a completer popup, not the
    combo's list, which would take the keys), without the combo's blank "nothing" row 0.
    Enter takes the highlighted match, the first one unless the arrows moved; a click takes
    the one clicked. The picker never clears what was typed: when nothing matches, the text
    stays, ``error()`` says so and ``hint_changed`` carries the sentence for a picker outside
    a form."""

    edited = Signal()
    editingFinished = Signal()  # noqa: N815 - as QLineEdit's: the form shows error() on it
    hint_changed = Signal(str)

    def __init__(self, territory: Any, kind: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._territory = territory
        self._kind = kind  # "organisation", "person" or "project"
        self._searched: str | None = None  # the text the items were found for
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setCompleter(None)  # the combo's inline completion rewrote the typed text
        edit = self.lineEdit()
        edit.setPlaceholderText(self.tr("Type to search…"))
        self._rows = _WithoutFirstRow(self)
        self._rows.setSourceModel(self.model())
        self._matches = QCompleter(self._rows, self)
        self._matches.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._matches.setMaxVisibleItems(12)
        self._matches.setWidget(edit)
        self._matches.activated[QModelIndex].connect(self._clicked)
        self._matches.popup().installEventFilter(self)  # after the completer's: ours runs first
        edit.installEventFilter(self)
        edit.editingFinished.connect(self.editingFinished)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self._refresh)
        edit.textEdited.connect(self._typed)
        self.activated.connect(lambda _i: self.edited.emit())
        self.addItem("", None)

    def search_now(self, text: str) -> None:
        """Fill the choices for ``text`` at once (what typing does after a short pause)."""
        self.lineEdit().setText(text)
        self._refresh()

    def popup_visible(self) -> bool:
        return self._matches.popup().isVisible()

    def showPopup(self) -> None:  # noqa: N802 - Qt's name: the arrow's list, without row 0
        self.view().setRowHidden(0, True)  # type: ignore[attr-defined]
        super().showPopup()

    def hidePopup(self) -> None:  # noqa: N802 - Qt's name
        self._matches.popup().hide()
        super().hidePopup()

    def _typed(self, _text: str) -> None:
        self.hint_changed.emit("")
        self._timer.start()
        self.edited.emit()

    def _refresh(self, *, show: bool = True) -> None:
        self._timer.stop()
        edit = self.lineEdit()
        text, cursor = edit.text(), edit.cursorPosition()
        hits = self._territory.search(text, per_kind=15).get(self._kind, []) if text.strip() else []
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        for hit in hits:
            self.addItem(hit.label, hit.row_id)
            self.setItemData(self.count() - 1, hit.detail, Qt.ItemDataRole.ToolTipRole)
        edit.setText(text)
        edit.setCursorPosition(cursor)
        self.blockSignals(False)
        self._searched = text
        popup = self._matches.popup()
        if hits and show:
            self._matches.complete()
            popup.setCurrentIndex(self._matches.completionModel().index(0, 0))
        else:
            popup.hide()

    def _clicked(self, index: QModelIndex) -> None:
        self.take(index.row() + 1)  # the popup lists rows 1… of the combo, unfiltered

    def take(self, row: int) -> None:
        """Choose the match on ``row`` (what Enter or a click does)."""
        self._matches.popup().hide()
        if not 1 <= row < self.count():
            return
        self.blockSignals(True)
        self.setCurrentIndex(row)
        self.blockSignals(False)
        self.hint_changed.emit("")
        self.activated.emit(row)

    def _enter(self) -> bool:
        """Enter in the field: the highlighted (or first) match; nothing matching keeps the
        text and says so. False when Enter should go on to the dialog (nothing to pick)."""
        text = self.lineEdit().text()
        if not text.strip() or self.value() is not None:
            return False
        popup = self._matches.popup()
        if popup.isVisible() and popup.currentIndex().isValid():
            self._clicked(popup.currentIndex())
            return True
        if self._timer.isActive() or self._searched != text:
            self._refresh(show=False)
        if self.count() > 1:
            self.take(1)
        else:
            popup.hide()
            self.hint_changed.emit(self.error() or "")
            self.editingFinished.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        enter = event.type() == QEvent.Type.KeyPress and event.key() in (  # type: ignore[attr-defined]
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        )
        if enter and watched in (self._matches.popup(), self.lineEdit()):
            return self._enter()
        return super().eventFilter(watched, event)

    def no_match(self) -> bool:
        """Text typed, searched, and nothing of this kind found."""
        text = self.lineEdit().text()
        return bool(text.strip()) and self._searched == text and self.count() <= 1

    def value(self) -> str | None:
        if self.currentIndex() > 0 and self.currentText() == self.itemText(self.currentIndex()):
            return self.currentData()
        return None

    def error(self) -> str | None:
        text = self.currentText().strip()
        if not text or self.value() is not None:
            return None
        if self.no_match():
            messages = {
                "person": self.tr(
                    "No person matches « {text} ». Check the spelling, or add the person to "
                    "the directory first: what you typed is kept."
                ),
                "organisation": self.tr(
                    "No structure matches « {text} ». Check the spelling, or add the structure "
                    "to the directory first: what you typed is kept."
                ),
                "project": self.tr(
                    "No project matches « {text} ». Check the spelling or type its reference "
                    "(P-2026-…): what you typed is kept."
                ),
            }
            return messages.get(self._kind, messages["person"]).format(text=text)
        return self.tr("Choose an entry from the list, or leave the field empty.")

    def set_value(self, row_id: str | None) -> None:
        self.blockSignals(True)
        self.clear()
        self.addItem("", None)
        self._searched = None
        if row_id:
            from municipaless.ui.common.display import record_title

            table = self._kind
            try:
                record = self._territory.records[table].get(row_id, include_deleted=True)
                label = record_title(table, record)
            except StorageError:  # a dangling link still shows its id
                label = row_id
            self.addItem(label, row_id)
            self.setCurrentIndex(1)
        else:
            self.setCurrentIndex(0)
        self.blockSignals(False)


class _WithoutFirstRow(QSortFilterProxyModel):
    """A picker's choices without its blank row 0 (what its popup lists)."""

    def filterAcceptsRow(self, row: int, _parent: QModelIndex) -> bool:  # noqa: N802 - Qt's name
        return row > 0
