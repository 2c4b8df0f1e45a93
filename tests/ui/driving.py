"""Driving the window like the officer does: clicks, typing, picking — one helper per gesture.

Every UI test uses these (imported as ``from tests.ui.driving import …``) rather than calling
the widget's slots, so a test walks the same path as a click. Helpers that need to wait or
type take ``qtbot`` first, like pytest-qt's own API.
"""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox


def save(qtbot, form) -> None:
    """Click the form's Save button (the officer's click, not a call). To wait for the
    record to be written: ``with qtbot.waitSignal(form.saved): save(qtbot, form)``."""
    qtbot.mouseClick(form.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` key by key, accents included (QTest's keyClicks only knows ASCII)."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def replace_text(qtbot, field, text: str) -> None:
    """Select-all-and-type: the field ends up holding exactly ``text``."""
    field.clear()
    type_text(qtbot, field, text)


def choose(combo, code) -> None:
    """Pick a combo entry the way a click in the popup does (activated, then the index)."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def pick(picker, text: str, row_id: str) -> None:
    """Choose a record in an editing-kit picker as typing and clicking would."""
    picker.search_now(text)
    picker.hidePopup()
    picker.setCurrentIndex(picker.findData(row_id))
    picker.activated.emit(picker.currentIndex())


def select_row(table, predicate) -> None:
    """Select the first row of a small-table view whose record matches ``predicate``."""
    model = table.model()
    for number, row in enumerate(model.rows):
        if predicate(row):
            table.selectRow(number)
            return
    raise AssertionError("no such row")


def cell(table, row: int, column: int) -> str:
    """The text a table view (or table widget) shows in one cell."""
    return table.model().index(row, column).data() or ""


def row_count(table) -> int:
    return table.model().rowCount()


def texts_of(table) -> list[list[str]]:
    """What a table view (or table widget) shows, row by row."""
    model = table.model()
    return [
        [cell(table, r, c) for c in range(model.columnCount())] for r in range(model.rowCount())
    ]


def new_meeting(qtbot, page, when: str, *, kind: str | None = None, series_id=None):
    """Réunions ▸ Nouvelle réunion…: of a new instance from ``kind``'s template, or of
    ``series_id``; returns the saved meeting."""
    from municipaless.ui.meetings.series_dialog import NEW

    if series_id is None:
        qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.form
    assert form is not None and form.isVisible()
    if kind is not None:
        series = form.fields["series_id"]
        series.setCurrentIndex(series.findData(NEW))
        series.edited.emit()
        kind_field = form.fields["kind"]
        kind_field.setCurrentIndex(kind_field.findData(kind))
        kind_field.edited.emit()
    replace_text(qtbot, form.fields["starts_at"], when)
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    return form.result_record
