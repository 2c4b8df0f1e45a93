"""Porteurs & projets: the list with its "Dernière activité" column and its filters, the
project's tabs, global search, and read-only files (every editing button off, saying why)."""

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from municipaless.services.file import OpenMode, open_territory
from municipaless.ui.casework.project_detail import FICHE, FOLLOW_UPS, FUNDING, REFERRALS, TIMELINE
from municipaless.ui.shell.main_window import PROJECTS
from tests.ui.driving import save


def _project_id(territory, reference: str) -> str:
    found = [
        p
        for p in territory.records["project"].where()
        if p.reference == reference  # a handful of rows: no query needed
    ]
    return found[0].id


def _column(model, header: str) -> int:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    return headers.index(header)


# the list ---------------------------------------------------------------------------------------
def test_list_shows_last_activity_and_the_filters_narrow_it(window, qtbot):
    territory = window.territory
    recyclerie = _project_id(territory, "P-2026-0002")
    territory.save(
        "follow_up", {"project_id": recyclerie, "due_on": "2020-01-02", "what": "Rappeler"}
    )
    window.show_section(PROJECTS)
    page = window.projects
    model = page.model
    last = _column(model, "Dernière activité")
    assert model.index(0, last).data() == "04/03/2026"  # the épicerie's accueil
    assert page.filters.count_label.text() == "2 projets"

    page.stage_filter.setCurrentIndex(page.stage_filter.findText("Émergence"))
    assert page.model.total() == 1
    assert page.model.index(0, 1).data() == "Épicerie solidaire des Bruyères"
    assert page.filters.count_label.text() == "1 projet"
    qtbot.mouseClick(page.filters.clear_button, Qt.LeftButton)
    assert page.model.total() == 2

    page.overdue_filter.setChecked(True)
    page.filters.flush()
    assert [page.model.index(0, 1).data()] == ["Recyclerie du cœur de ville"]
    page.overdue_filter.setChecked(False)

    qtbot.keyClicks(page.text_filter, "epicerie")  # accents and case do not matter
    page.filters.flush()
    assert page.model.total() == 1
    page.text_filter.clear()
    page.filters.flush()

    # "Sans nouvelles depuis N jours": the épicerie's accueil is days_ago old.
    days_ago = (dt.date.today() - dt.date(2026, 3, 4)).days
    page.silent_filter.days.setValue(days_ago + 10)
    page.silent_filter.check.setChecked(True)
    page.filters.flush()
    shown = {page.model.index(r, 1).data() for r in range(page.model.rowCount())}
    assert "Épicerie solidaire des Bruyères" not in shown

    referents = [page.referent_filter.itemText(i) for i in range(page.referent_filter.count())]
    assert referents[0] == "Toutes" and "Camille Martin" in referents


def test_selecting_a_project_shows_its_tabs(window, qtbot):
    window.show_section(PROJECTS)
    page = window.projects
    page.view.selectRow(0)
    detail = page.project_detail
    assert detail.title_text() == "Épicerie solidaire des Bruyères"
    assert detail.subtitle.text().startswith("Actif  ·  Émergence  ·  Alimentation durable")
    assert [detail.tabs.tabText(i) for i in range(5)] == [
        "Fiche",
        "Chronologie",
        "Orientations",
        "Financement",
        "Relances",
    ]
    assert detail.tabs.currentIndex() == TIMELINE
    head, title, _notes, _people = detail.timeline.line(0)
    assert (head, title) == ("04/03/2026  ·  Accueil", "Premier accueil épicerie")
    detail.show_tab(FICHE)
    assert detail.sheet.rows()["Référent·e"] == "Camille Martin"
    detail.show_tab(REFERRALS)
    assert detail.referrals.summary.text() == "Aucune orientation pour l'instant."
    detail.show_tab(FUNDING)
    assert detail.funding.totals.text() == "Aucune demande de financement pour l'instant."
    detail.show_tab(FOLLOW_UPS)
    assert detail.follow_ups.summary.text() == "Aucune relance pour l'instant."


def test_global_search_opens_the_project_in_the_page(window):
    territory = window.territory
    hit = territory.search("recyclerie")["project"][0]
    window.search_field.result_chosen.emit(hit.kind, hit.row_id)
    assert window.stack.currentWidget() is window.projects
    assert window.projects.project_detail.title_text() == "Recyclerie du cœur de ville"
    # An entry of the case log opens on its project's timeline, its line selected.
    hit = territory.search("premier accueil")["case_event"][0]
    window.search_field.result_chosen.emit(hit.kind, hit.row_id)
    detail = window.projects.project_detail
    assert detail.title_text() == "Épicerie solidaire des Bruyères"
    assert detail.tabs.currentIndex() == TIMELINE
    assert detail.timeline.currentItem().text() == "Premier accueil épicerie"


def test_a_new_entry_appears_at_the_top_of_the_timeline(window, qtbot):
    window.show_section(PROJECTS)
    page = window.projects
    page.view.selectRow(0)
    detail = page.project_detail
    qtbot.mouseClick(detail.event_button, Qt.LeftButton)
    form = detail.form
    form.kind.setCurrentIndex(form.kind.findData("appel"))
    form.occurred_on.clear()
    qtbot.keyClicks(form.occurred_on, "12/03/2026")
    qtbot.keyClicks(form.fields["duration_min"], "20")
    qtbot.keyClicks(form.fields["subject"], "Point sur le local")
    form.organisations.picker.search_now("coeur")
    form.organisations.picker.hidePopup()
    form.organisations.picker.setCurrentIndex(1)
    qtbot.mouseClick(form.organisations.add_button, Qt.LeftButton)
    save(qtbot, form)
    assert not form.isVisible()
    assert detail.timeline.line(0) == (
        "12/03/2026  ·  Appel  ·  20 min",
        "Point sur le local",
        "",
        "Structures : Cœur de Bresse Solidaire",
    )
    last = _column(page.model, "Dernière activité")
    assert page.model.index(0, last).data() == "12/03/2026"


# read-only ----------------------------------------------------------------------------------
def test_read_only_file_disables_every_editing_button_with_its_reason(window, small_file):
    window.set_territory(open_territory(small_file, mode=OpenMode.READ_ONLY))
    window.show_section(PROJECTS)
    page = window.projects
    page.view.selectRow(0)
    detail = page.project_detail
    assert not page.new_button.isEnabled()
    assert page.new_button.toolTip().startswith("Lecture seule : ")
    for button in (detail.edit_button, detail.event_button, detail.created_button):
        assert not button.isEnabled() and button.toolTip().startswith("Lecture seule : ")
    for tab, view, buttons in (
        (REFERRALS, detail.referrals, ("refer_button", "edit_button")),
        (FUNDING, detail.funding, ("add_button", "edit_button", "remove_button")),
        (FOLLOW_UPS, detail.follow_ups, ("add_button", "done_button", "edit_button")),
    ):
        detail.show_tab(tab)
        for name in buttons:
            button = getattr(view, name)
            assert not button.isEnabled(), name
            assert button.toolTip().startswith("Lecture seule : "), name
    # A timeline line still opens, to read: its form is disabled with a banner.
    detail.show_tab(TIMELINE)
    detail.timeline.entry_activated.emit("case_event", detail.timeline.entries[0].row_id)
    form = detail.form
    assert form.banner.isVisible() and form.banner.text().startswith("Lecture seule")
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    form.close()
