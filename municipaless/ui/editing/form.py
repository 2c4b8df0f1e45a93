"""``RecordForm``: the dialog every "Nouveau…/Modifier…" opens.

What it guarantees, so each section does not redo it:
- every field is checked before saving; messages show under their field, the first wrong
  field gets the focus, and nothing typed is lost;
- an update sends only the fields the officer changed, with the rev the form was filled from:
  a colleague's write in between is refused (ConflictError) and the dialog stays open with the
  typed values, offering to reload;
- on a read-only file every field is disabled and a banner says why;
- closing a form holding changes (Escape, Annuler, its close button, or the window under it
  closing) asks « Enregistrer les modifications ? » — Enregistrer / Ne pas enregistrer /
  Annuler (unsaved.py); a form as it opened closes at once.
Sections with multi-record use cases override ``save(values)`` to call their service.
"""

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from municipaless.storage.errors import ConflictError, ReadOnlyError, StorageError
from municipaless.ui.common import accessible, theme
from municipaless.ui.common.dialogs import fit_to_content
from municipaless.ui.common.read_only import read_only_text
from municipaless.ui.common.storage_errors import run_guarded
from municipaless.ui.editing import unsaved
from municipaless.ui.editing.popups import ClickThrough

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def show_storage_error(parent: QWidget | None, exc: StorageError) -> None:
    """A refused write, in the officer's words (the message is French already)."""
    QMessageBox.warning(parent, translate("RecordForm", "Not saved"), exc.message)


def confirm_remove(
    parent: QWidget | None, territory: Any, table: str, record: Any, what: str
) -> bool:
    """Ask, then soft-delete (the record stays in the journal and can be restored)."""
    answer = QMessageBox.question(
        parent,
        translate("RecordForm", "Delete"),
        translate(
            "RecordForm", "Delete {what}? It stays in the history and can be restored."
        ).format(what=what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    if answer != QMessageBox.StandardButton.Yes:
        return False
    try:
        territory.remove(table, record.id, record.rev)
    except StorageError as exc:
        show_storage_error(parent, exc)
        return False
    return True


class RecordForm(QDialog):
    saved = Signal(object)  # the record as written

    def __init__(
        self,
        territory: Any,
        table: str,
        record: Any = None,
        *,
        title: str = "",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.territory = territory
        self.table = table
        self.record = record  # None: creating
        self._saving = False  # accept() is writing (its problem box may be up)
        self.result_record: Any = None
        self.fields: dict[str, Any] = {}
        self.error_aliases: dict[str, str] = {}  # a service's field name -> this form's
        self._required: dict[str, str] = {}
        self._errors: dict[str, QLabel] = {}
        self._extra: list[QWidget] = []  # add_widget rows: compared when they have value()
        self._shown_state: Any = None  # what the form held when it opened (see is_dirty)
        self._watched: QWidget | None = None  # the window under the form (see eventFilter)
        self._extra_changed = False
        self._click_through = ClickThrough(self)  # one click saves, whatever popup is open
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        # Freed once closed (saved or not): kept, each form and its pop-ups stayed a hidden
        # child of its page (~3 MB each). Read ``result_record`` in ``saved``/``finished``.
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("formBanner")
        self.banner.hide()
        body = QWidget()
        self.form_layout = QFormLayout(body)
        self.form_layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form_layout.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        scroll = QScrollArea()
        self.scroll = scroll  # sized to its content when shown and when messages appear
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)

    # building ------------------------------------------------------------------------------
    def add_field(self, name: str, label: str, widget: Any, *, required: bool = False) -> Any:
        """Add a field bound to the record's ``name`` (filled at once when editing)."""
        self.fields[name] = widget
        widget.setAccessibleName(accessible.clean(label))  # RGAA 11.1: the label, no « * »
        if required:
            self._required[name] = label
            label = f"{label} *"
        error = QLabel()
        theme.set_tone(error, "error")
        error.setWordWrap(True)
        error.setObjectName(f"error_{name}")
        error.hide()
        self._errors[name] = error
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(error)
        note = getattr(widget, "note_label", None)  # a date field's « mardi 1er septembre 2026 »
        if note is not None:
            box.addWidget(note)
        caption = QLabel(label)
        caption.setBuddy(widget)
        self.form_layout.addRow(caption, holder)
        if self.record is not None and hasattr(self.record, name):
            widget.set_value(getattr(self.record, name))
        if hasattr(widget, "editingFinished"):
            widget.editingFinished.connect(lambda n=name: self._show_error(n))
        widget.edited.connect(lambda n=name: self._clear_error(n))
        return widget

    def add_section(self, title: str) -> None:
        heading = QLabel(f"<b>{title}</b>")
        heading.setContentsMargins(0, 8, 0, 0)
        self.form_layout.addRow(heading)

    def add_widget(self, label: str, widget: QWidget) -> QWidget:
        """A row that is not a record field (an editor of linked rows, a hint…)."""
        self.form_layout.addRow(label, widget) if label else self.form_layout.addRow(widget)
        self._extra.append(widget)
        if hasattr(widget, "edited"):  # an editor of linked rows: any change makes it dirty
            widget.edited.connect(self._extra_edited)
        return widget

    def finish(self) -> None:
        """Call after the fields are added: applies read-only and focuses the first field."""
        read_only = read_only_text(self.territory)
        if read_only:
            self.banner.setText(read_only)
            self.banner.show()
            for widget in self.fields.values():
                widget.setEnabled(False)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
        elif self.fields:
            next(iter(self.fields.values())).setFocus()

    # values --------------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {name: widget.value() for name, widget in self.fields.items()}

    def errors(self) -> dict[str, str]:
        problems = {}
        for name, widget in self.fields.items():
            message = widget.error()
            if message:
                problems[name] = message
            elif name in self._required and widget.value() in (None, "", ()):
                problems[name] = translate("RecordForm", "Required.")
        return problems

    def changes(self) -> dict[str, Any]:
        """What differs from the record (all values when creating)."""
        values = self.values()
        if self.record is None:
            return values
        return {k: v for k, v in values.items() if _normal(getattr(self.record, k)) != _normal(v)}

    def show_field_errors(self, errors: dict[str, str]) -> list[str]:
        """Put each message under its field (names through ``error_aliases`` when a service
        calls a field otherwise); focus the first; returns the names placed."""
        placed = []
        for name, message in errors.items():
            field = self.error_aliases.get(name, name)
            label = self._errors.get(field)
            if label is None:
                continue
            label.setText(message)
            label.show()
            self.fields[field].setAccessibleDescription(message)  # read with the field
            if not placed:
                self.fields[field].setFocus()
            placed.append(name)
        self.fit_content()
        return placed

    def _show_error(self, name: str) -> None:
        message = self.fields[name].error()
        label = self._errors[name]
        label.setText(message or "")
        label.setVisible(bool(message))
        self.fields[name].setAccessibleDescription(message or "")
        if message:
            self.fit_content()

    def fit_content(self) -> None:
        """Show the whole form (its messages included) without scroll bars, within the
        screen: the dialog grows rather than scrolls."""
        if self.isVisible():
            fit_to_content(self, self.scroll)

    def _clear_error(self, name: str) -> None:
        if self._errors[name].isVisible() and not self.fields[name].error():
            self._errors[name].hide()
            self.fields[name].setAccessibleDescription("")

    # saving --------------------------------------------------------------------------------
    def save(self, changes: dict[str, Any]) -> Any:
        """Write and return the record; override to call a service for linked rows."""
        if self.record is None:
            return self.territory.save(self.table, changes)
        if not changes:
            return self.record
        return self.territory.save(self.table, changes, row_id=self.record.id, rev=self.record.rev)

    def accept(self) -> None:
        problems = self.errors()
        for name, label in self._errors.items():
            label.setText(problems.get(name, ""))
            label.setVisible(name in problems)
            self.fields[name].setAccessibleDescription(problems.get(name, ""))
        if problems:
            self.fields[next(iter(problems))].setFocus()
            self.fit_content()
            return
        self._saving = True
        try:
            # a busy, full or unreachable file: retried or explained in French (storage_errors)
            saved, record = run_guarded(
                self,
                lambda: self.save(self.changes()),
                path=getattr(self.territory, "path", None),
                title=translate("RecordForm", "Not saved"),
                reopened=self._reopened,
            )
        except ConflictError as exc:
            self._conflict(exc)
            return
        except (ReadOnlyError, StorageError) as exc:
            # A service's refusal names its fields (``exc.errors``): show them in place; what
            # no field of this form holds still gets the message box.
            placed = self.show_field_errors(getattr(exc, "errors", None) or {})
            if not placed or set(placed) != set(getattr(exc, "errors", {})):
                show_storage_error(self, exc)
            return
        finally:
            self._saving = False
        if not saved:
            return  # what was typed stays in the form
        self.result_record = record
        self.saved.emit(self.result_record)
        super().accept()

    def _reopened(self, territory: Any) -> None:
        """The file was replaced under the window and reopened (« Rouvrir »): what was typed
        stays here, and the next « Enregistrer » writes into the reopened file (a record the
        colleague changed meanwhile is then a conflict, as always)."""
        if territory is not None:
            self.territory = territory

    def _conflict(self, exc: ConflictError) -> None:
        """Keep what was typed; offer to reload the colleague's version instead."""
        answer = QMessageBox.warning(
            self,
            translate("RecordForm", "Changed meanwhile"),
            exc.message
            + "\n\n"
            + translate(
                "RecordForm", "Reload the record (your unsaved changes in this form are lost)?"
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes and self.record is not None:
            self.reload()

    def reload(self) -> None:
        self.record = self.territory.records[self.table].get(self.record.id)
        for name, widget in self.fields.items():
            if hasattr(self.record, name):
                widget.set_value(getattr(self.record, name))

    # closing ---------------------------------------------------------------------------------
    def _extra_edited(self) -> None:
        self._extra_changed = True

    def _state(self) -> tuple:
        extra = []
        for widget in self._extra:
            if callable(getattr(widget, "value", None)):
                extra.append(widget.value())
            if isinstance(getattr(widget, "changed", None), bool):  # offers, jobs editors
                extra.append(widget.changed)
        # error() too: text typed but not valid yet (a half e-mail) has no value
        fields = [(w.value(), w.error()) for w in self.fields.values()]
        return (fields, extra)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        if self._shown_state is None:  # as the officer first sees it, defaults included
            self._shown_state = self._state()
            fit_to_content(self, self.scroll)  # every field in sight, within the screen
        self._click_through.start()
        parent = self.parentWidget()
        window = parent.window() if parent is not None else None
        if window is not None and window is not self._watched:
            window.installEventFilter(self)  # its Close comes here first: see eventFilter
            self._watched = window
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        """The window under this form closing closes the form first, through its question;
        « Annuler » there keeps both open."""
        closing = watched is self._watched and event.type() == QEvent.Type.Close
        if closing and self.isVisible() and not self.close():
            event.ignore()
            return True
        return False

    def done(self, result: int) -> None:
        self._click_through.stop()
        if self._watched is not None:
            self._watched.removeEventFilter(self)
            self._watched = None
        super().done(result)

    def discard(self) -> None:
        """Close without saving and without asking (the officer already chose to leave)."""
        QDialog.reject(self)

    def is_dirty(self) -> bool:
        """Something differs from what the form showed when it opened."""
        if self._shown_state is None or read_only_text(self.territory):
            return False
        return self._extra_changed or self._state() != self._shown_state

    def reject(self) -> None:
        """Escape, Annuler and the close button: ask first when something was typed."""
        if self._saving:  # the page closing its forms as « Rouvrir » reopens the file under
            return  # this one's save: what was typed stays, for the reopened file
        if self.isVisible() and self.is_dirty():
            answer = unsaved.ask_save_changes(self)
            if answer == unsaved.Button.Save:
                self.accept()  # stays open with the messages when something is wrong
                return
            if answer != unsaved.Button.Discard:
                return
        super().reject()


def _normal(value: Any) -> Any:
    """Compare "" and None, and lists and tuples, as the same thing."""
    if value in ("", None):
        return None
    if isinstance(value, list):
        return tuple(value)
    return value
