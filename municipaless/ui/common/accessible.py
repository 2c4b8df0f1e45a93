"""Accessible names for inputs, from what the officer already reads next to them (RGAA 11.1).

A screen reader announces an input by its accessible name. Qt finds one only for a label whose
buddy is the input itself and a sibling of it; a form row holding the field in a wrapper, a
filter with only a placeholder or a list under a caption stay silent. ``name_inputs(root)``
gives every unnamed input under ``root`` the text it is shown with: its form row's label, a
buddy label, its placeholder, its tooltip, the caption just before it in its layout, its group
box title or its tab's title, without « * » and colon. ``install(app)`` runs it on every page and
dialog as it is shown, so a screen built later is named too; an explicit ``setAccessibleName``
always wins.
"""

import re
from collections.abc import Callable
from functools import cache

import shiboken6
from PySide6 import QtWidgets as W  # classes made on first use: ~10 ms kept off the start
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget, QWidget

_TAGS = re.compile(r"<[^>]+>")


@cache
def _inputs() -> tuple[type[QWidget], ...]:
    """The kinds of input named (PySide makes a class on first use: not at import)."""
    return (
        W.QLineEdit,
        W.QTextEdit,
        W.QPlainTextEdit,
        W.QComboBox,
        W.QAbstractSpinBox,
        W.QAbstractItemView,
    )


def clean(text: str) -> str:
    """A label's text as a name: no markup, no « & » mnemonic, no « * » or trailing colon."""
    text = _TAGS.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.replace("*", "").strip().rstrip(":").strip()


def name(widget: QWidget, text: str, tooltip: bool = False) -> None:
    """Name ``widget`` (and give an icon-only button its tooltip)."""
    widget.setAccessibleName(clean(text))
    if tooltip and not widget.toolTip():
        widget.setToolTip(clean(text))


def _widgets_of(item) -> list[QWidget]:
    """Every widget a layout item holds (its widget and descendants, or its layout's)."""
    widget = item.widget()
    if widget is not None:
        return [widget, *widget.findChildren(QWidget)]
    layout = item.layout()
    found: list[QWidget] = []
    if layout is not None:
        for i in range(layout.count()):
            found += _widgets_of(layout.itemAt(i))
    return found


def _name_form_rows(root: QWidget) -> None:
    """The inputs of a form row take the row's label; a row spanning the form (a table of
    lines under a section heading) takes the heading above it."""
    for form in root.findChildren(W.QFormLayout):
        heading = ""
        for row in range(form.rowCount()):
            span = form.itemAt(row, W.QFormLayout.ItemRole.SpanningRole)
            if span is not None:
                if isinstance(span.widget(), W.QLabel):
                    heading = clean(span.widget().text())
                    continue
                label_text, field = heading, span
            else:
                label = form.itemAt(row, W.QFormLayout.ItemRole.LabelRole)
                field = form.itemAt(row, W.QFormLayout.ItemRole.FieldRole)
                if label is None or field is None or not isinstance(label.widget(), W.QLabel):
                    continue
                label_text = clean(label.widget().text())
            inputs = [w for w in _widgets_of(field) if _is_input(w) and not w.accessibleName()]
            for number, widget in enumerate(inputs):
                if not label_text:
                    break
                own = clean(derived_name(widget, row_label=False)) if number else ""
                widget.setAccessibleName(f"{label_text} : {own}" if own else label_text)


def _buddy_label(widget: QWidget) -> str:
    window = widget.window()
    for label in window.findChildren(W.QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def _caption_before(widget: QWidget) -> str:
    """A short label just before ``widget`` in its parent's layout (« Invités », « Points »)."""
    parent = widget.parentWidget()
    layout: W.QLayout | None = parent.layout() if parent is not None else None
    if layout is None:
        return ""
    previous = None
    for i in range(layout.count()):
        item = layout.itemAt(i).widget()
        if item is widget:
            if isinstance(previous, W.QLabel) and previous.buddy() is None:
                text = clean(previous.text())
                return text if 0 < len(text) <= 80 else ""
            if isinstance(previous, W.QAbstractButton):  # « Sans nouvelles depuis » [90 jours]
                return previous.text()
            return ""
        if item is not None:
            previous = item
    return ""


def _container_title(widget: QWidget) -> str:
    parent = widget.parentWidget()
    child = widget
    while parent is not None and not parent.isWindow():
        if isinstance(parent, W.QGroupBox) and parent.title():
            return parent.title()
        if isinstance(parent, QStackedWidget) and isinstance(parent.parentWidget(), W.QTabWidget):
            tabs = parent.parentWidget()
            index = tabs.indexOf(child)
            if index >= 0:
                return tabs.tabText(index)
        child, parent = parent, parent.parentWidget()
    return ""


def _is_input(widget: QWidget) -> bool:
    if isinstance(widget, W.QHeaderView) or widget.objectName().startswith("qt_"):
        return False
    parent = widget.parentWidget()
    if isinstance(parent, (W.QComboBox, W.QAbstractSpinBox)) or (
        parent is not None and isinstance(parent.parentWidget(), W.QComboBox)
    ):
        return False  # a combo's or spin box's own line edit
    if isinstance(widget, _inputs()):
        return True
    return isinstance(widget, W.QAbstractButton) and not widget.text().strip()


def derived_name(widget: QWidget, row_label: bool = True) -> str:
    text = clean(_buddy_label(widget))
    if text:
        return text
    placeholder = getattr(widget, "placeholderText", None)
    if callable(placeholder) and placeholder():
        return clean(placeholder())
    if widget.toolTip():
        return clean(widget.toolTip())
    if not row_label:
        return ""
    return clean(_caption_before(widget) or _container_title(widget))


def name_inputs(root: QWidget) -> None:
    """Name every unnamed input under ``root`` from what is shown with it."""
    _name_form_rows(root)
    # inputs only: an icon-only button is named where it is built (with its tooltip), and
    # wrapping every button from here kept the ones Qt replaces referenced
    candidates = [root] + [w for kind in _inputs() for w in root.findChildren(kind)]
    for widget in candidates:
        try:
            if _is_input(widget) and not widget.accessibleName():
                text = derived_name(widget)
                if text:
                    widget.setAccessibleName(text)
        except RuntimeError:  # deleted meanwhile (a form closed under a problem box): skip it
            continue


def _ours(widget: QWidget) -> bool:
    """A window or page of this app. Qt's own dialogs (progress, messages, files, print
    preview) name their inputs and build their parts in C++: wrapping those parts from Python
    kept them referenced after Qt replaced them, and crashed the print preview."""
    return type(widget).__module__.startswith("municipaless")


class _Namer(QObject):
    """Names a window or a page shown, on the next turn of the event loop: after its
    showEvent filled it, and never inside the Show event itself (naming there crashed a window
    reopening its file under an open form). The widgets waiting are held in a list emptied at
    each pass, never in a closure: a lambda holding a dialog kept it (and its children's
    wrappers) after its deletion."""

    def __init__(self, parent: QObject):
        super().__init__(parent)
        self.waiting: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._name_waiting)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and (watched.isWindow() or isinstance(watched.parentWidget(), QStackedWidget))
            and _ours(watched)
        ):
            self.waiting.append(watched)  # named on the next turn, never inside the event
            self.timer.start()
        return False

    def stop(self) -> None:
        """On quit: the exit destroys every widget, and each event handed to Python made
        PySide wrap objects it had never shown it (~4 ms of every exit)."""
        app = self.parent()
        if app is not None:
            app.removeEventFilter(self)

    def _name_waiting(self) -> None:
        waiting, self.waiting = self.waiting, []
        for widget in waiting:
            try:
                if shiboken6.isValid(widget) and widget.isVisible():
                    name_inputs(widget)
            except RuntimeError:  # deleted while waiting or while named: nothing to name
                continue


_namer: _Namer | None = None


def install(app: QApplication) -> None:
    """Name the inputs of every window, page and tab as it is shown."""
    global _namer
    if _namer is None:
        _namer = _Namer(app)
        app.installEventFilter(_namer)
        app.aboutToQuit.connect(_namer.stop)


class _FirstPaint(QObject):
    """Watches one window (never the whole application) for its first paint."""

    def __init__(self, widget: QWidget, then: Callable[[], None]):
        super().__init__(widget)
        self.then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self.then)  # after this paint reached the screen
        return False


def install_after_first_paint(app: QApplication, widget: QWidget) -> None:
    """``install(app)`` once ``widget`` is first painted, naming what it shows then.

    The application-wide filter sees every event of every object: the first ones about Qt's
    own private objects make PySide create every class it still held back, ~40 ms that the
    officer waited for before the window appeared (issue #17). Naming one event-loop turn
    after the first paint comes before anyone can reach an input; a window never painted
    (started minimised) is named a second later all the same."""

    def start() -> None:
        if _namer is not None or not shiboken6.isValid(widget):
            return
        install(app)
        assert _namer is not None
        _namer.waiting.append(widget)
        _namer.timer.start()

    _FirstPaint(widget, start)
    QTimer.singleShot(1000, start)
