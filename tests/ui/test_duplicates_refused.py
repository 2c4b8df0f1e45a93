"""Duplicates stopped at the door, through the real forms: a second « Comité de pilotage ESS »
from its template is refused with « Ouvrir l'instance existante », which chooses the first one;
a structure with the SIRET of another is refused with « Ouvrir la fiche existante »."""

from PySide6.QtCore import Qt

from municipaless.services import directory
from municipaless.services.meetings import series as meeting_series
from municipaless.ui.meetings.series_dialog import NEW
from municipaless.ui.shell.main_window import MEETINGS
from tests.ui.driving import new_meeting, replace_text, save

SIRET = "41816609600069"


def _new_from_template(qtbot, page, kind: str, when: str):
    qtbot.mouseClick(page.new_button, Qt.LeftButton)
    form = page.form
    series = form.fields["series_id"]
    series.setCurrentIndex(series.findData(NEW))
    series.edited.emit()
    kind_field = form.fields["kind"]
    kind_field.setCurrentIndex(kind_field.findData(kind))
    kind_field.edited.emit()
    replace_text(qtbot, form.fields["starts_at"], when)
    return form


def test_a_second_copil_from_the_template_is_refused_and_the_first_offered(qtbot, window, dialogs):
    window.show_section(MEETINGS)
    page = window.meetings
    first = new_meeting(qtbot, page, "12/03/2026 14:00", kind="copil")
    t = window.territory
    copil = t.records["meeting"].get(first.id).series_id
    before = t.records["meeting"].count()

    form = _new_from_template(qtbot, page, "copil", "09/04/2026 14:00")
    dialogs.box_answer = "Ouvrir l'instance existante"
    save(qtbot, form)
    assert form.isVisible()  # nothing saved, what was typed kept
    kind, title, text = dialogs.messages[-1]
    assert title == "Instance déjà enregistrée"
    assert "« Comité de pilotage ESS » (COPIL) existe déjà" in text
    assert "existe déjà" in form._errors["series_name"].text()
    assert [s.name for s in meeting_series.list_series(t)] == ["Comité de pilotage ESS"]
    assert t.records["meeting"].count() == before
    # « Ouvrir l'instance existante » chose it: saving now adds the meeting to the first COPIL
    assert form.fields["series_id"].value() == copil and not form.creating_series()
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert form.result_record.series_id == copil
    assert len(meeting_series.list_series(t)) == 1


def test_a_structure_with_an_existing_siret_is_refused_and_the_fiche_offered(win, qtbot, dialogs):
    t = win.territory
    existing = directory.save_organisation(t, {"name": "Ateliers du Rhône", "siret": SIRET})
    page = win.organisations
    page.reload()
    count = t.records["organisation"].count()
    qtbot.mouseClick(page.toolbar.widgetForAction(page.new_action), Qt.LeftButton)
    form = page.form
    qtbot.keyClicks(form.fields["name"], "Les Ateliers")
    qtbot.keyClicks(form.fields["siret"], "418 166 096 00069")

    dialogs.box_answer = "Corriger le SIRET"
    save(qtbot, form)
    assert form.isVisible() and t.records["organisation"].count() == count
    assert form._errors["siret"].isVisible()
    assert (
        form._errors["siret"]
        .text()
        .startswith("Cette structure existe déjà : Ateliers du Rhône (SIRET 418 166 096 00069)")
    )
    assert dialogs.messages[-1][1] == "Structure déjà enregistrée"

    dialogs.box_answer = "Ouvrir la fiche existante"
    save(qtbot, form)
    qtbot.waitUntil(lambda: not form.isVisible())
    assert t.records["organisation"].count() == count
    assert dialogs.unsaved_asked == 0  # leaving for the existing fiche asks nothing more
    assert page.current_id() == existing.id
