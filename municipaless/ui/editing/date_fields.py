"""Date (and meeting date-time) fields: typed the way officers type, or picked in a calendar.

« 01092026 », « 1/9/26 », « 1 sept », « aujourd'hui », « demain » are read by
``core.date_input``; leaving the field (or Enter) rewrites what was typed as « 01/09/2026 »,
and a grey line under it confirms « mardi 1er septembre 2026 » (``note_label``, placed by the
form). The button inside the field, Alt+Down or F4 open a French calendar (Monday first, ISO
week numbers). The value stored is ISO, as before; empty is None.
"""

import datetime as dt
from typing import Any

from PySide6.QtCore import QDate, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from municipaless.core import formats
from municipaless.core.date_input import describe, parse_french_date, parse_french_datetime
from municipaless.core.validation import Checked
from municipaless.ui.common import theme
from municipaless.ui.common.display import format_cell
from municipaless.ui.common.icons import icon
from municipaless.ui.editing.fields import TextField

FRENCH = QLocale(QLocale.Language.French, QLocale.Country.France)


class CalendarPopup(QFrame):
    """A month calendar in French under a date field; a click, Enter or « Aujourd'hui »
    chooses, Escape or a click elsewhere closes without changing anything."""

    chosen = Signal(QDate)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = QCalendarWidget()
        self.calendar.setLocale(FRENCH)
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.ISOWeekNumbers)
        self.calendar.setAccessibleName(self.tr("Calendar"))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.calendar)
        layout.addWidget(self.today_button)
        self.calendar.clicked.connect(self._choose)
        self.calendar.activated.connect(self._choose)
        self.today_button.clicked.connect(lambda: self._choose(QDate.currentDate()))

    def _choose(self, day: QDate) -> None:
        self.chosen.emit(day)
        self.close()

    def open_under(self, field: QWidget, day: dt.date | None) -> None:
        self.calendar.setSelectedDate(QDate(day) if day else QDate.currentDate())
        self.adjustSize()
        where = field.mapToGlobal(QPoint(0, field.height()))
        screen = QGuiApplication.screenAt(where) or QGuiApplication.primaryScreen()
        room = screen.availableGeometry()
        x = min(where.x(), room.right() - self.width())
        y = (
            where.y()
            if where.y() + self.height() <= room.bottom()
            else (field.mapToGlobal(QPoint(0, 0)).y() - self.height())
        )
        self.move(max(x, room.left()), max(y, room.top()))
        self.show()
        self.calendar.setFocus()


class DateField(TextField):
    """A date typed the French way or picked in the calendar; stores ISO ``YYYY-MM-DD``."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(
            display=self._display_value, placeholder=self._placeholder(), parent=parent
        )
        self.popup: CalendarPopup | None = None
        self.note_label = QLabel(self)  # the form puts it under the field
        self.note_label.setObjectName("dateNote")
        theme.set_tone(self.note_label, "muted")
        self.note_label.hide()
        self.calendar_action = self.addAction(
            icon("calendar"), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(self.tr("Open the calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.open_calendar)
        self.setToolTip(
            self.tr("For example 01/09/2026, 01092026, 1/9/26, 1 sept, today, tomorrow")
        )
        self.editingFinished.connect(self.tidy)
        self.edited.connect(self._update_note)
        self.setMaximumWidth(self._width())

    # what each kind of field reads and writes ----------------------------------------------
    def _placeholder(self) -> str:
        return "jj/mm/aaaa"

    def _width(self) -> int:
        return 170

    def _display_value(self, value: Any) -> str:
        return formats.format_date(value) if value else ""

    def _read(self, text: str) -> tuple[dt.date, str, str] | None:
        """(day, ISO value, tidy text) for ``text``, or None when it cannot be read."""
        day = parse_french_date(text, dt.date.today())
        if day is None:
            return None
        return day, day.isoformat(), formats.format_date(day.isoformat())

    def _invalid(self) -> str:
        return self.tr(
            "Unreadable date: type for example 01/09/2026, 1/9/26, 1 sept or tomorrow "
            "(or pick it in the calendar)."
        )

    # the field protocol --------------------------------------------------------------------
    def checked(self) -> Checked:
        text = self.text().strip()
        if not text:
            return Checked(None)
        read = self._read(text)
        if read is None:
            return Checked(None, self._invalid())
        return Checked(read[1])

    def set_value(self, value: Any) -> None:
        super().set_value(value)
        self.note_label.hide()

    # tidying and confirming ----------------------------------------------------------------
    def tidy(self) -> None:
        """What was typed, written back the one way (« 1 sept » → « 01/09/2026 »)."""
        read = self._read(self.text().strip())
        if read is not None and self.text() != read[2]:
            self.setText(read[2])

    def _update_note(self) -> None:
        read = self._read(self.text().strip())
        self.note_label.setText(describe(read[0]) if read else "")
        self.note_label.setVisible(read is not None and self.note_label.parent() is not self)

    # the calendar --------------------------------------------------------------------------
    def open_calendar(self) -> None:
        if not self.isEnabled() or self.isReadOnly():
            return
        read = self._read(self.text().strip())
        self.popup = CalendarPopup(self)
        self.popup.chosen.connect(self._picked)
        self.popup.destroyed.connect(self._popup_gone)
        self.popup.open_under(self, read[0] if read else None)

    def _popup_gone(self) -> None:
        self.popup = None

    def _picked(self, day: QDate) -> None:
        self.setText(self._with_picked(day.toPython()))
        self.setFocus()
        self.edited.emit()

    def _with_picked(self, day: dt.date) -> str:
        return formats.format_date(day.isoformat())

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        alt_down = event.key() == Qt.Key.Key_Down and (
            event.modifiers() & Qt.KeyboardModifier.AltModifier
        )
        if alt_down or event.key() == Qt.Key.Key_F4:
            self.open_calendar()
            return
        super().keyPressEvent(event)


class DateTimeField(DateField):
    """A meeting's date and time: « 12/05/2026 14:30 », « demain 9h », « 1 sept à 14h30 »;
    stored as the local ISO date-time the meeting table keeps (« 2026-05-12T14:30 »). Without
    a time, 09:00 (what the meetings service assumes too)."""

    def _placeholder(self) -> str:
        return "jj/mm/aaaa hh:mm"

    def _width(self) -> int:
        return 200

    def _display_value(self, value: Any) -> str:
        return format_cell(value)

    def _read(self, text: str) -> tuple[dt.date, str, str] | None:
        read = parse_french_datetime(text, dt.date.today())
        if read is None:
            return None
        day, moment = read
        clock = f"{moment.hour:02d}:{moment.minute:02d}" if moment else "09:00"
        return day, f"{day.isoformat()}T{clock}", f"{formats.format_date(day.isoformat())} {clock}"

    def _invalid(self) -> str:
        return self.tr(
            "Unreadable date or time: type for example 12/05/2026 14:30, tomorrow 9h "
            "or 1 sept 14h30 (or pick the day in the calendar)."
        )

    def _update_note(self) -> None:
        read = self._read(self.text().strip())
        note = f"{describe(read[0])}, {read[2][-5:].replace(':', ' h ')}" if read else ""
        self.note_label.setText(note)
        self.note_label.setVisible(read is not None and self.note_label.parent() is not self)

    def _with_picked(self, day: dt.date) -> str:
        """The day picked, keeping the time already typed."""
        read = self._read(self.text().strip())
        clock = read[2][-5:] if read else "09:00"
        return f"{formats.format_date(day.isoformat())} {clock}"
