"""The accessibility walk, reusable by any UI test: ``offenders(widget, where)`` lists the inputs
without an accessible name and ``literal_colours(widget, where)`` the widget stylesheets holding
a colour literal, in a page or a dialog and all its visible descendants.

An input is named when assistive technologies read a name for it: its ``accessibleName``, its
buddy label, its text (a button, a check box) or, for an icon-only button, its tooltip, as Qt's
accessibility interface reports it (``QAccessible.Name``).
"""

import re
from dataclasses import dataclass

from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QTabBar,
    QTextEdit,
    QWidget,
)

_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView)
_COLOUR_LITERAL = re.compile(r"#[0-9a-fA-F]{3,8}\b|rgba?\(|\b(?:red|green|blue|grey|gray)\b")


@dataclass(frozen=True)
class Offender:
    where: str
    cls: str
    name: str  # objectName
    hint: str  # placeholder or tooltip, to find it

    def __str__(self) -> str:
        return f"{self.where}: {self.cls} '{self.name}' {self.hint}".rstrip()


def accessible_name(widget: QWidget) -> str:
    if widget.accessibleName().strip():
        return widget.accessibleName().strip()
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) or "").strip() if iface is not None else ""


def _internal(widget: QWidget) -> bool:
    """Parts Qt builds inside a composite widget (a combo's line edit, a table's corner
    button, a tab bar's scroll arrows, a calendar's own grid): named by their owner."""
    if widget.objectName().startswith("qt_"):
        return True
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, (QComboBox, QAbstractSpinBox, QTabBar, QCalendarWidget, QLineEdit)):
            return True
        if isinstance(parent, QAbstractItemView) and not isinstance(widget, QAbstractItemView):
            return isinstance(widget, QAbstractButton)  # corner button; cell editors are walked
        parent = parent.parentWidget()
    return False


def needs_name(widget: QWidget) -> bool:
    if not widget.isVisible() or _internal(widget) or isinstance(widget, QHeaderView):
        return False
    if isinstance(widget, _INPUTS):
        return True
    if isinstance(widget, (QCheckBox, QRadioButton)):
        return not widget.text().strip()
    if isinstance(widget, QAbstractButton):
        return not _has_words(widget.text())  # none, or a symbol only (« ↑ », « ⋯ »)
    return False


def _has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def offenders(root: QWidget, where: str) -> list[Offender]:
    """Every visible input under ``root`` (itself included) that has no accessible name."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if needs_name(widget) and not _has_words(accessible_name(widget)):
            hint = getattr(widget, "placeholderText", lambda: "")() or widget.toolTip()
            found.append(Offender(where, type(widget).__name__, widget.objectName(), hint))
    return found


def literal_colours(root: QWidget, where: str) -> list[str]:
    """Widgets under ``root`` whose own stylesheet writes a colour literally (the theme's
    roles only: a literal ignores the dark palette)."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        sheet = widget.styleSheet()
        if sheet and _COLOUR_LITERAL.search(sheet):
            found.append(f"{where}: {type(widget).__name__} '{widget.objectName()}': {sheet}")
    return found


def rich_text_colours(root: QWidget, where: str) -> list[str]:
    """Labels whose rich text forces a colour (``style="color:…"``, ``<font color>``)."""
    from PySide6.QtWidgets import QLabel

    found = []
    for label in [w for w in [root, *root.findChildren(QLabel)] if isinstance(w, QLabel)]:
        if re.search(r"color\s*[:=]", label.text()):
            found.append(f"{where}: QLabel '{label.objectName()}': {label.text()[:80]}")
    return found


def tab_order_jumps(dialog: QWidget, where: str) -> list[str]:
    """Places where Tab goes back up the dialog (its focus chain against reading order).

    One pass of the focus chain over the visible widgets that take Tab; a step to a widget
    higher up by more than half a line (or the same line further left) is a jump, except the
    one wrap around the cycle (from the last widget back to the first, wherever Qt starts it:
    a form's buttons are built before its fields, so Tab goes fields, buttons, fields…)."""
    from PySide6.QtCore import QPoint, Qt

    chain: list[QWidget] = []
    start = dialog.nextInFocusChain()
    widget = start
    for _ in range(2000):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and dialog.isAncestorOf(widget)
            and not _internal(widget)
            and not isinstance(widget, QScrollArea)  # the form's frame: Tab scrolls it
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    jumps = []
    line = 8

    def place(widget: QWidget) -> QPoint:
        """Where the widget sits in the dialog; inside a scrolled area, clamped to the area
        (a field scrolled out of view is still above the buttons under the area)."""
        point = widget.mapTo(dialog, QPoint(0, 0))
        area = widget.parentWidget()
        while area is not None and area is not dialog:
            if isinstance(area, QScrollArea):
                top = area.mapTo(dialog, QPoint(0, 0)).y()
                point.setY(max(top, min(point.y(), top + area.height() - 1)))
            area = area.parentWidget()
        return point

    for before, after in zip(chain, chain[1:] + chain[:1], strict=False):
        a, b = place(before), place(after)
        if b.y() < a.y() - line or (abs(b.y() - a.y()) <= line and b.x() < a.x() - line):
            jumps.append(
                f"{where}: {type(before).__name__} '{accessible_name(before)}' → "
                f"{type(after).__name__} '{accessible_name(after)}'"
            )
    return jumps if len(jumps) > 1 else []
