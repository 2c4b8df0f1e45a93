"""Annuaire ▸ Personnes: jobs with their history, the person form's jobs editor, filters, and
links between a structure and its people."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.driving import cell, row_count, save


def names(page) -> list[str]:
    model = page.model
    return [
        f"{model.index(r, 1).data()} {model.index(r, 0).data()}" for r in range(model.rowCount())
    ]


def org_id(win, name: str) -> str:
    return next(o.id for o in win.territory.records["organisation"].where() if o.name == name)


def open_people(win):
    win.directory.setCurrentWidget(win.people)
    return win.people


def test_a_person_shows_current_and_past_affiliations(win):
    page = open_people(win)
    assert names(page) == ["Léa Dubois", "Marc Fabre"]
    assert page.filters.count_label.text() == "2 personnes"
    page.view.selectRow(0)
    detail = page.detail
    assert detail.title_text() == "Léa Dubois"
    assert detail.section_text("Fonctions actuelles") == (
        "chargée de mission à France Active Ardèche (depuis 2021)"
    )
    assert detail.section_text("Fonctions passées") == (
        "conseillère création à BGE Ardèche Drôme (2019–2020)"
    )


def test_a_structure_shows_its_current_and_former_people_and_links_to_them(win, qtbot):
    page = win.organisations
    page.show_record(org_id(win, "BGE Ardèche Drôme"))
    assert page.detail.section_text("Personnes") == "Aucune personne enregistrée."
    assert page.detail.section_text("Anciens interlocuteurs") == (
        "Léa Dubois — conseillère création (2019–2020)"
    )
    body = page.detail.sections["Anciens interlocuteurs"]
    person_link = body.text().split('href="')[1].split('"')[0]
    body.linkActivated.emit(person_link)
    assert win.directory.currentWidget() is win.people
    assert win.people.detail.title_text() == "Léa Dubois"


def test_create_a_person_with_two_affiliations_then_end_one(win, qtbot):
    page = open_people(win)
    form = page.new_record()
    assert form.windowTitle() == "Nouvelle personne"
    qtbot.keyClicks(form.fields["first_name"], "Sophie")
    qtbot.keyClicks(form.fields["last_name"], "Martin")
    qtbot.keyClicks(form.fields["email"], "sophie.martin@example.org")
    jobs = form.jobs
    for structure, role, start, end in (
        ("BGE", "conseillere", "01/09/2018", "30/06/2022"),
        ("France Active", "chargee de mission", "01/07/2022", ""),
    ):
        job = jobs.add()
        job.picker.search_now(structure)
        job.picker.hidePopup()
        job.picker.setCurrentIndex(1)
        qtbot.keyClicks(job.fields["role"], role)
        qtbot.keyClicks(job.fields["start_on"], start)
        qtbot.keyClicks(job.fields["end_on"], end)
        with qtbot.waitSignal(job.saved):
            save(qtbot, job)
    assert row_count(jobs.table) == 2
    assert cell(jobs.table, 0, 0) == "France Active Ardèche"
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    detail = page.detail
    assert detail.title_text() == "Sophie Martin"
    assert detail.section_text("Fonctions actuelles") == (
        "chargee de mission à France Active Ardèche (depuis 2022)"
    )
    assert detail.section_text("Fonctions passées") == (
        "conseillere à BGE Ardèche Drôme (2018–2022)"
    )

    # She leaves France Active: the job is ended, never rewritten; the history keeps it.
    form = page.edit_current()
    form.jobs.table.selectRow(0)
    end = form.jobs.end_selected()
    end.fields["end_on"].setText("31/12/2024")
    with qtbot.waitSignal(end.saved):
        save(qtbot, end)
    assert cell(form.jobs.table, 0, 3) == "31/12/2024"
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    assert detail.section_text("Fonctions actuelles") == "Aucune fonction actuelle."
    assert detail.section_text("Fonctions passées").splitlines() == [
        "chargee de mission à France Active Ardèche (2022–2024)",
        "conseillere à BGE Ardèche Drôme (2018–2022)",
    ]
    from municipaless.services import directory

    history = directory.history_of(win.territory, page.current_id())
    assert [(r.affiliation.role, r.affiliation.end_on) for r in history] == [
        ("chargee de mission", "2024-12-31"),
        ("conseillere", "2022-06-30"),
    ]


def test_an_affiliation_ending_before_it_starts_is_refused_in_the_dialog(win, qtbot):
    page = open_people(win)
    page.view.selectRow(1)
    form = page.edit_current()
    job = form.jobs.add()
    job.picker.search_now("CRESS")
    job.picker.hidePopup()
    job.picker.setCurrentIndex(1)
    qtbot.keyClicks(job.fields["start_on"], "01/03/2024")
    qtbot.keyClicks(job.fields["end_on"], "01/02/2024")
    qtbot.mouseClick(job.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.LeftButton)
    error = job.findChild(type(job.banner), "error_end_on")
    assert error.isVisible() and error.text() == "La date de fin précède la date de début."
    assert job.isVisible() and row_count(form.jobs.table) == 0


def test_filter_people_by_structure_role_and_kind(win, qtbot):
    page = open_people(win)
    bar = page.filters
    picker = bar.widgets["organisation"]
    picker.search_now("BGE")
    picker.hidePopup()
    picker.setCurrentIndex(1)
    picker.activated.emit(1)
    bar.flush()
    assert names(page) == []  # Léa left BGE in 2020
    bar.widgets["past"].setChecked(True)
    bar.flush()
    assert names(page) == ["Léa Dubois"]
    bar.reset()
    assert len(names(page)) == 2
    qtbot.keyClicks(bar.widgets["role"], "charge")  # accents ignored: « chargée »
    bar.flush()
    assert names(page) == ["Léa Dubois"]
    assert bar.describe() == "Fonction : « charge »"
    bar.reset()
    contact = bar.widgets["contact"]
    contact.setCurrentIndex(contact.findData(False))
    assert names(page) == ["Marc Fabre"]
