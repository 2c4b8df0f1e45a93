"""Data entry as officers expect it, through real widgets: dates typed any French way or
picked in a calendar, pickers where Enter takes the first match and never loses the text,
one click on « Enregistrer » whatever popup is open, multi-choice lists that stay open, the
territory found without its accents."""

import datetime as dt

import pytest
from PySide6.QtCore import QDate, QEvent, QPointF, Qt, QTimer
from PySide6.QtGui import QFocusEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from municipaless.core import domain
from municipaless.services.file.territory import Territory
from municipaless.ui.editing import DateField, RecordForm, TextField
from tests.ui.driving import save, type_text


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    for first, last in (("Léa", "Dubois"), ("Lucas", "Dubosc"), ("Inès", "Garnier")):
        t.records["person"].insert(domain.Person(first_name=first, last_name=last))
    t.records["organisation"].insert(domain.Organisation(name="Initiative Ardèche"))
    yield t
    t.close()


@pytest.fixture
def project(territory):
    return territory.records["project"].insert(
        domain.Project(reference="P-2026-0001", name="Épicerie solidaire")
    )


def _case_event_form(qtbot, territory, project):
    from municipaless.ui.casework.case_event_form import CaseEventForm

    form = CaseEventForm(territory, project.id)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    return form


def _leave(field):
    """Focus moving on (Tab, a click elsewhere): offscreen windows never get the focus."""
    QApplication.sendEvent(field, QFocusEvent(QEvent.Type.FocusOut, Qt.FocusReason.TabFocusReason))


def _events(territory):
    return territory.records["case_event"].where()


# dates ---------------------------------------------------------------------------------------
def test_a_date_typed_as_digits_is_saved_as_iso(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    field = form.occurred_on
    field.clear()
    type_text(qtbot, field, "01092026")
    assert field.note_label.isVisible()
    assert field.note_label.text() == "mardi 1er septembre 2026"
    _leave(field)  # leaving the field tidies what was typed
    assert field.text() == "01/09/2026"
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert [e.occurred_on for e in _events(territory)] == ["2026-09-01"]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("1/9/26", dt.date(2026, 9, 1)),
        ("1 sept 2026", dt.date(2026, 9, 1)),
        ("1er septembre 2026", dt.date(2026, 9, 1)),
        ("aujourd'hui", dt.date.today()),
        ("demain", dt.date.today() + dt.timedelta(days=1)),
    ],
)
def test_each_spelling_through_the_field(qtbot, typed, expected):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    type_text(qtbot, field, typed)
    assert field.value() == expected.isoformat() and field.error() is None
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == expected.strftime("%d/%m/%Y")


def test_an_impossible_date_is_refused_in_french_and_kept(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    form.occurred_on.clear()
    type_text(qtbot, form.occurred_on, "31/02/2026")
    save(qtbot, form)
    error = form.findChild(type(form.banner), "error_occurred_on")
    assert error.isVisible() and "Date illisible" in error.text()
    assert form.occurred_on.text() == "31/02/2026" and form.isVisible()
    assert not form.occurred_on.note_label.isVisible()
    assert _events(territory) == []


def test_the_calendar_is_french_and_picks_a_date(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    field = form.occurred_on
    field.setFocus()
    qtbot.keyClick(field, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = field.popup
    assert popup is not None and popup.isVisible()
    calendar = popup.calendar
    assert calendar.firstDayOfWeek() == Qt.DayOfWeek.Monday
    assert calendar.locale().monthName(9) == "septembre"
    assert calendar.selectedDate() == QDate.currentDate()  # the form's default: today
    calendar.setSelectedDate(QDate(2026, 9, 14))
    qtbot.keyClick(calendar.focusWidget() or calendar, Qt.Key.Key_Return)
    assert not popup.isVisible()
    assert field.text() == "14/09/2026" and field.note_label.text() == "lundi 14 septembre 2026"
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert [e.occurred_on for e in _events(territory)] == ["2026-09-14"]


def test_the_calendar_button_opens_on_the_typed_date(qtbot):
    field = DateField()
    qtbot.addWidget(field)
    field.show()
    field.setText("3 mars 2027")
    field.calendar_action.trigger()
    assert field.popup.calendar.selectedDate() == QDate(2027, 3, 3)
    qtbot.keyClick(field.popup.calendar.focusWidget(), Qt.Key.Key_Escape)
    assert field.popup is None or not field.popup.isVisible()
    assert field.text() == "3 mars 2027"


def test_a_meeting_time_typed_in_words(qtbot):
    from municipaless.ui.editing import DateTimeField

    field = DateTimeField()
    qtbot.addWidget(field)
    field.show()
    type_text(qtbot, field, "1 sept 2026 à 14h30")
    assert field.value() == "2026-09-01T14:30"
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert field.text() == "01/09/2026 14:30"
    field.clear()
    type_text(qtbot, field, "01092026")
    assert field.value() == "2026-09-01T09:00"
    field.clear()
    type_text(qtbot, field, "01092026 25h")
    assert field.value() is None and "illisible" in field.error()


# pickers -------------------------------------------------------------------------------------
def test_enter_in_people_met_adds_the_first_match(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    picker = form.people.picker
    picker.lineEdit().setFocus()
    type_text(qtbot, picker.lineEdit(), "dubo")
    qtbot.waitUntil(picker.popup_visible)
    popup = picker._matches.popup()
    shown = [popup.model().index(r, 0).data() for r in range(popup.model().rowCount())]
    assert "" not in shown and len(shown) == 2  # no blank row, both Dubo… people
    assert popup.currentIndex().row() == 0  # the first match is highlighted
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.people.labels() == [shown[0]]
    assert picker.lineEdit().text() == ""  # ready for the next person
    # Enter typed faster than the search pause: the first match still comes
    type_text(qtbot, picker.lineEdit(), "garn")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert form.people.labels() == [shown[0], "Inès Garnier"]
    assert form.isVisible()  # Enter picked a person, it did not save the form
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert len(form.people.value()) == 2


def test_enter_with_no_match_keeps_the_text_and_says_so(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    picker = form.people.picker
    picker.lineEdit().setFocus()
    type_text(qtbot, picker.lineEdit(), "Zoé Nulpart")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.lineEdit().text() == "Zoé Nulpart"
    assert form.people.value() == ()
    assert form.people.hint.isVisible()
    assert "Aucune personne ne correspond à « Zoé Nulpart »" in form.people.hint.text()
    assert form.isVisible() and _events(territory) == []


def test_arrows_then_enter_take_the_highlighted_match(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    picker = form.people.picker
    picker.lineEdit().setFocus()
    type_text(qtbot, picker.lineEdit(), "dubo")
    qtbot.waitUntil(picker.popup_visible)
    popup = picker._matches.popup()
    second = popup.model().index(1, 0).data()
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert form.people.labels() == [second]


# one click on Enregistrer ----------------------------------------------------------------------
def _click_past_the_popup(qtbot, button):
    """A click on ``button`` while a popup is open, as the platform delivers it: the press
    goes to the popup (it holds the mouse), the release to what is under the mouse."""
    popup = QApplication.activePopupWidget()
    assert popup is not None
    where = button.mapToGlobal(button.rect().center())
    assert not popup.geometry().contains(where)  # the button is in sight, not under the list
    press = QMouseEvent(
        QEvent.Type.MouseButtonPress,
        QPointF(popup.mapFromGlobal(where)),
        QPointF(where),
        Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(popup, press)
    qtbot.mouseRelease(button, Qt.MouseButton.LeftButton)


def test_save_in_one_click_while_the_picker_popup_is_open(qtbot, territory, project):
    form = _case_event_form(qtbot, territory, project)
    form.resize(620, 760)
    picker = form.people.picker
    picker.lineEdit().setFocus()
    type_text(qtbot, picker.lineEdit(), "dubo")
    qtbot.waitUntil(picker.popup_visible)
    button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
    with qtbot.waitSignal(form.saved, timeout=1000):
        _click_past_the_popup(qtbot, button)
    assert len(_events(territory)) == 1
    assert QApplication.activePopupWidget() is None


def test_save_in_one_click_while_a_completer_or_the_calendar_is_open(qtbot, territory):
    from municipaless.ui.directory.fields import TagsField

    written = []

    class Form(RecordForm):
        def save(self, changes):
            written.append(changes)
            return changes

    for opens in ("completer", "calendar"):
        form = Form(territory, "organisation", title="Structure")
        qtbot.addWidget(form)
        tags = form.add_field("tags", "Étiquettes", TagsField(["Alimentation", "Alimentaire"]))
        day = form.add_field("since", "Depuis", DateField())
        form.finish()
        form.resize(520, 700)
        form.show()
        qtbot.waitExposed(form)
        if opens == "completer":
            type_text(qtbot, tags, "Alim")
            qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None)
        else:
            day.setText("1 sept 2026")
            day.calendar_action.trigger()
        button = form.buttons.button(QDialogButtonBox.StandardButton.Save)
        with qtbot.waitSignal(form.saved, timeout=1000):
            _click_past_the_popup(qtbot, button)
        assert len(written) == 1
        written.clear()


# multi-choice lists ------------------------------------------------------------------------------
def test_the_sectors_list_stays_open_across_three_ticks(qtbot, territory):
    from municipaless.ui.editing import MultiVocabField

    field = MultiVocabField(territory, "sector")
    qtbot.addWidget(field)
    field.show()
    menu = field.menu()
    codes = list(field.actions_by_code)[:4]
    seen = []

    def tick_three_then_escape():
        for code in codes[:3]:
            where = menu.actionGeometry(field.actions_by_code[code]).center()
            qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=where)
            seen.append(menu.isVisible())
        qtbot.keyClick(menu, Qt.Key.Key_Escape)

    QTimer.singleShot(50, tick_three_then_escape)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)  # opens the list until it is closed
    assert seen == [True, True, True]
    assert not menu.isVisible()
    assert field.value() == tuple(codes[:3])
    labels = [field.actions_by_code[c].text() for c in codes[:3]]
    assert field.text() == f"{labels[0]}, {labels[1]} (+1)"
    assert field.toolTip() == ", ".join(labels)


def test_space_ticks_and_enter_closes(qtbot, territory):
    from municipaless.ui.editing import MultiVocabField

    field = MultiVocabField(territory, "sector")
    qtbot.addWidget(field)
    field.show()
    menu = field.menu()
    first = next(iter(field.actions_by_code.values()))

    def keys():
        menu.setActiveAction(first)
        qtbot.keyClick(menu, Qt.Key.Key_Space)
        assert menu.isVisible()
        qtbot.keyClick(menu, Qt.Key.Key_Return)

    QTimer.singleShot(50, keys)
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    assert not menu.isVisible() and first.isChecked() and field.text() == first.text()


# territory ------------------------------------------------------------------------------------
def test_ardech_offers_the_ardeche_first_and_enter_takes_it(qtbot):
    from municipaless.ui.directory.fields import TerritoryField

    field = TerritoryField()
    qtbot.addWidget(field)
    field.show()
    type_text(qtbot, field.input, "ardech")
    qtbot.waitUntil(field.completer.popup().isVisible)
    popup = field.completer.popup()
    assert popup.model().index(0, 0).data() == "Ardèche (07) — département"
    assert popup.currentIndex().row() == 0
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert field.value() == ("dep:07",) and field.input.text() == ""
    # typed fast, Enter before the list shows: the first match still
    type_text(qtbot, field.input, "st agreve")
    qtbot.keyClick(field.input, Qt.Key.Key_Return)
    assert field.value() == ("dep:07", "commune:07204")
    type_text(qtbot, field.input, "Nulle-part")
    qtbot.keyClick(field.input, Qt.Key.Key_Return)
    assert field.input.text() == "Nulle-part" and field.error()


def test_the_address_commune_is_found_without_accents_and_enter_takes_it(qtbot):
    from municipaless.ui.editing import CommuneField

    postcode = TextField()
    field = CommuneField(postcode)
    qtbot.addWidget(field)
    qtbot.addWidget(postcode)
    field.show()
    type_text(qtbot, field, "st agreve")
    qtbot.waitUntil(field.completer().popup().isVisible)
    qtbot.keyClick(field.completer().popup(), Qt.Key.Key_Return)
    assert (field.value(), field.text(), postcode.text()) == (
        "07204",
        "Saint-Agrève (07320)",
        "07320",
    )


def test_a_holder_not_found_is_offered_for_creation_with_the_typed_name(qtbot, territory):
    from municipaless.ui.casework.holders_editor import HoldersEditor, NewPersonDialog

    editor = HoldersEditor(territory)
    qtbot.addWidget(editor)
    editor.show()
    line = editor.picker.lineEdit()
    type_text(qtbot, line, "Zoé Nulpart")
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert line.text() == "Zoé Nulpart"
    assert editor.message.isVisible()
    assert "Aucune personne ne correspond" in editor.message.text()
    assert "créer « Zoé Nulpart »" in editor.message.text()
    prefilled = []

    def accept_the_dialog():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, NewPersonDialog)
        prefilled.append((dialog.first_name.text(), dialog.last_name.text()))
        dialog.accept()

    QTimer.singleShot(0, accept_the_dialog)
    editor.message.linkActivated.emit("new")
    assert prefilled == [("Zoé", "Nulpart")]
    assert editor.names() == ["Zoé Nulpart (nouvelle fiche dans l'annuaire)"]
    assert line.text() == "" and not editor.message.isVisible()


def test_a_picker_field_says_under_itself_when_nothing_matches(qtbot, territory):
    from municipaless.ui.editing import RecordPicker

    form = RecordForm(territory, "action_item", title="Action")
    qtbot.addWidget(form)
    picker = form.add_field("owner_person_id", "Personne", RecordPicker(territory, "person"))
    form.finish()
    form.show()
    qtbot.waitExposed(form)
    type_text(qtbot, picker.lineEdit(), "Zzz")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    error = form.findChild(type(form.banner), "error_owner_person_id")
    assert error.isVisible() and error.text().startswith("Aucune personne ne correspond à « Zzz »")
    assert picker.currentText() == "Zzz" and form.isVisible()
    picker.lineEdit().clear()
    type_text(qtbot, picker.lineEdit(), "ines")
    qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Return)
    assert picker.currentText() == "Inès Garnier" and picker.value() is not None
    assert not error.isVisible()
