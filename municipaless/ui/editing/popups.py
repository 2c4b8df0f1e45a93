"""One click on a form's button while a popup is open (a completer's list, a calendar, a
drop-down): Qt only closes the popup and, on most platforms, swallows the click, so the
officer clicked « Enregistrer » twice. ``ClickThrough`` watches the application while its
form is shown and, when a press outside the open popup lands on one of the form's buttons
and the button did not get it, clicks the button once the mouse is released.
"""

from PySide6.QtCore import QEvent, QObject, QPoint
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget


class ClickThrough(QObject):
    """Install with ``start()`` when the form shows, ``stop()`` when it closes."""

    def __init__(self, form: QWidget):
        super().__init__(form)  # the form is parent(): no Python reference keeping it alive
        self._pending: QAbstractButton | None = None
        self._on = False

    def start(self) -> None:
        app = QApplication.instance()
        if app is not None and not self._on:
            app.installEventFilter(self)
            self._on = True

    def stop(self) -> None:
        app = QApplication.instance()
        if app is not None and self._on:
            app.removeEventFilter(self)
            self._on = False
        self._pending = None

    def _button_at(self, where: QPoint) -> QAbstractButton | None:
        form = self.parent()
        for button in form.findChildren(QAbstractButton):
            if (
                button.isVisible()
                and button.isEnabled()
                and button.window() is form
                and button.rect().contains(button.mapFromGlobal(where))
            ):
                return button
        return None

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        kind = event.type()
        if kind == QEvent.Type.MouseButtonPress and isinstance(event, QMouseEvent):
            popup = QApplication.activePopupWidget()
            if popup is None:
                return False
            where = event.globalPosition().toPoint()
            if popup.rect().contains(popup.mapFromGlobal(where)):
                return False
            self._pending = self._button_at(where)
        elif kind == QEvent.Type.MouseButtonRelease and self._pending is not None:
            button, self._pending = self._pending, None
            if not button.isDown() and QApplication.activePopupWidget() is None:
                button.click()  # the popup took the press: the officer's click, once
        return False
