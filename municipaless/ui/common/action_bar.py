"""A row of buttons that never needs a horizontal scroll: what does not fit moves, from the
end, into a « ⋯ » menu.

A 1024×600 laptop left the meeting's « Exporter », « Planifier la suivante » and « ⋯ » past a
scroll bar. Here the buttons stay real widgets (sections keep connecting ``clicked``, guarding
them with ``setEnabled`` and a tooltip); the menu is rebuilt each time it opens from what is
hidden, so an entry there is as enabled, named and explained as its button, and triggering it
clicks the button. A button with a menu of its own (Exporter) becomes a submenu. Permanent
entries (``add_menu_action``) always sit in the menu, after the overflowed ones.
"""

from PySide6.QtCore import QCoreApplication, QEvent, QSize
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
_STRETCH = None  # a place in the row where free room goes (what follows sits at the end)


class ActionBar(QWidget):
    def __init__(self, parent: QWidget | None = None, *, spacing: int = 6):
        super().__init__(parent)
        self._items: list[QAbstractButton | None] = []
        self._wanted: dict[QAbstractButton, bool] = {}  # the section's own show/hide
        self._overflow: list[QAbstractButton] = []
        self._permanent: list[QAction] = []
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(spacing)
        self.more_button = QToolButton(self)
        self.more_button.setText("⋯")
        self.more_button.setObjectName("moreActions")
        tip = translate("ActionBar", "More actions")
        self.more_button.setToolTip(tip)
        self.more_button.setAccessibleName(tip)
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.more_menu = QMenu(self.more_button)
        self.more_menu.aboutToShow.connect(self.fill_menu)
        self.more_button.setMenu(self.more_menu)
        self.more_button.hide()
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    # building ----------------------------------------------------------------------------
    def add(self, button: QAbstractButton) -> QAbstractButton:
        self._items.append(button)
        self._wanted[button] = True
        self._layout.addWidget(button)
        self._relayout()
        return button

    def add_stretch(self) -> None:
        self._items.append(_STRETCH)
        self._layout.addStretch(1)

    def add_menu_action(self, text: str) -> QAction:
        """An entry that lives in the « ⋯ » menu at every width (delete, settings…)."""
        action = QAction(text, self)
        self._permanent.append(action)
        self._relayout()
        return action

    def set_wanted(self, button: QAbstractButton, shown: bool) -> None:
        """Show or hide a button for the section's own reasons (not for lack of room)."""
        self._wanted[button] = shown
        self._relayout()

    def is_wanted(self, button: QAbstractButton) -> bool:
        return self._wanted.get(button, False)

    # room --------------------------------------------------------------------------------
    def _buttons(self) -> list[QAbstractButton]:
        return [b for b in self._items if b is not None and self._wanted[b]]

    def _natural_width(self) -> int:
        buttons = self._buttons()
        spacing = self._layout.spacing()
        return sum(b.sizeHint().width() for b in buttons) + spacing * max(len(buttons) - 1, 0)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().sizeHint()
        width = self._natural_width()
        if self._permanent:
            width += self._layout.spacing() + self.more_button.sizeHint().width()
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), hint.height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self.more_button.sizeHint().width(), super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._relayout()

    def event(self, event: QEvent) -> bool:
        # a button's text or polish changes its size without resizing the bar
        if event.type() in (QEvent.Type.LayoutRequest, QEvent.Type.Show):
            self._relayout()
        return super().event(event)

    def _relayout(self) -> None:
        if not hasattr(self, "more_button"):
            return  # an event during construction
        buttons = self._buttons()
        spacing = self._layout.spacing()
        room = self.contentsRect().width()
        more = self.more_button.sizeHint().width() + spacing
        overflow: list[QAbstractButton] = []
        if self._natural_width() + (more if self._permanent else 0) > room:
            used = more
            for index, button in enumerate(buttons):
                width = button.sizeHint().width() + (spacing if index else 0)
                if overflow or used + width > room:
                    overflow.append(button)
                else:
                    used += width
        self._overflow = overflow
        for button in self._items:
            if button is not None:
                button.setVisible(self._wanted[button] and button not in overflow)
        show_more = bool(overflow or self._permanent)
        if show_more and self._layout.indexOf(self.more_button) < 0:
            self._layout.addWidget(self.more_button)
        self.more_button.setVisible(show_more)

    def overflowed(self) -> list[QAbstractButton]:
        """The buttons in the « ⋯ » menu for want of room (tests, accessibility)."""
        return list(self._overflow)

    # the menu ----------------------------------------------------------------------------
    def fill_menu(self) -> None:
        """The hidden buttons as entries, as they are now (text, enabled, tooltip)."""
        menu = self.more_menu
        menu.clear()
        for button in self._overflow:
            text = button.text() or button.toolTip()
            own = getattr(button, "menu", lambda: None)()  # QToolButton and QPushButton
            if isinstance(own, QMenu):
                own.setTitle(text)
                action = menu.addMenu(own)
            else:
                action = menu.addAction(button.icon(), text)
                action.triggered.connect(lambda _c=False, b=button: b.click())
            action.setEnabled(button.isEnabled())
            action.setToolTip(button.toolTip())
            action.setStatusTip(button.toolTip())
        menu.setToolTipsVisible(True)
        if self._overflow and self._permanent:
            menu.addSeparator()
        for action in self._permanent:
            menu.addAction(action)

    def menu_actions(self) -> list[QAction]:
        """The entries the « ⋯ » menu shows now (filled as when it opens)."""
        self.fill_menu()
        return [a for a in self.more_menu.actions() if not a.isSeparator()]
