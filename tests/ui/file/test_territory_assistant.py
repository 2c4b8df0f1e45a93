"""Nouveau fichier → the territory assistant, driven through its widgets: an EPCI chosen by
name gives the file its communes, the officer's name then signs a new project and is its
référent; the bilan offers the territory's communes."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard

from municipaless.services.file import officer, territory_scope
from municipaless.services.file import settings as territory_settings
from municipaless.services.geography import epci
from municipaless.ui.shell.file_menu import FileAction
from municipaless.ui.shell.main_window import DASHBOARD, REPORTS, MainWindow
from tests.ui.driving import save, type_text

PRIVAS_CA = "200071413"


@pytest.fixture
def profile(tmp_path, monkeypatch):
    """The officer's profile in the test's folder, never the developer's."""
    path = tmp_path / "config" / "agent.json"
    monkeypatch.setattr(officer, "profile_path", lambda: path)
    return path


@pytest.fixture
def empty_window(qtbot):
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 600)
    window.show()
    yield window
    window.close()


def _click(qtbot, wizard, which):
    qtbot.mouseClick(wizard.button(which), Qt.MouseButton.LeftButton)


def _new_file(qtbot, window, dialogs, tmp_path):
    dialogs.file_answers = [str(tmp_path / "privas")]
    window.menus.action(FileAction.NEW).trigger()
    assistant = window.session.assistant
    assert assistant is not None and assistant.isVisible()
    return assistant


def _choose_epci(qtbot, assistant):
    page = assistant.territory_page
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    type_text(qtbot, page.search, "privas centre ardèche")
    qtbot.waitUntil(lambda: page.results.count() > 0, timeout=5000)
    first = page.results.item(0)
    assert first.text().startswith("CA Privas Centre Ardèche — Communauté d'agglomération")
    rect = page.results.visualItemRect(first)
    qtbot.mouseClick(page.results.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    return page


def test_the_assistant_sets_up_a_new_file_and_its_officer(
    qtbot, empty_window, dialogs, tmp_path, profile
):
    window = empty_window
    assistant = _new_file(qtbot, window, dialogs, tmp_path)
    page = _choose_epci(qtbot, assistant)
    members = epci.members(PRIVAS_CA)
    assert page.communes.count() == len(members) == 42
    assert page.ticked() == members  # every commune of the EPCI, ticked
    assert page.name.text() == "CA Privas Centre Ardèche"
    coux = next(
        page.communes.item(i) for i in range(42) if "(07072)" in page.communes.item(i).text()
    )
    coux.setCheckState(Qt.CheckState.Unchecked)  # the mission leaves one commune out
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)

    fields = assistant.officer_page.fields
    assert assistant.currentPage() is assistant.officer_page
    type_text(qtbot, fields.name, "Marie Durand")
    type_text(qtbot, fields.role, "Chargée de mission ESS")
    type_text(qtbot, fields.email, "marie.durand@")
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    assert assistant.currentPage() is assistant.officer_page  # refused, said why in place
    assert fields.errors["email"].isVisible() and fields.errors["email"].text()
    type_text(qtbot, fields.email, "privas.fr")
    type_text(qtbot, fields.phone, "04 75 64 07 07")
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    assert assistant.currentPage() is assistant.letterhead_page
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    summary = assistant.summary_page.text.text()
    assert "CA Privas Centre Ardèche" in summary and "41\u00a0communes" in summary
    assert "Marie Durand" in summary
    _click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    assert not assistant.isVisible()

    territory = window.territory
    scope = territory_scope.load(territory)
    assert (scope.kind, scope.code) == ("epci", PRIVAS_CA)
    assert scope.communes == [c for c in members if c != "07072"]
    assert territory_settings.load(territory).commune_name == "CA Privas Centre Ardèche"
    saved = officer.load_profile()
    assert (saved.name, saved.email, saved.phone) == (
        "Marie Durand",
        "marie.durand@privas.fr",
        "+33475640707",
    )
    assert territory.officer == "Marie Durand"

    # The first step « Accueillir un porteur » opens the real project form.
    window.show_section(DASHBOARD)
    steps = window.dashboard.first_steps
    assert steps.isVisible() and not steps.territory_line.isVisible()
    qtbot.mouseClick(steps.findChild(type(steps.buttons[0]), "stepProject"), Qt.LeftButton)
    form = window.projects.project_detail.form
    assert form.isVisible()
    assert form.referent.text() == "Marie Durand"  # the officer, not the login
    type_text(qtbot, form.name, "Recyclerie du Coiron")
    with qtbot.waitSignal(form.saved):
        save(qtbot, form)
    shown = window.projects.current_id()
    project = territory.records["project"].get(shown)
    assert project.referent == "Marie Durand" and project.updated_by == "Marie Durand"
    assert window.projects.project_detail.isVisible()

    # Rapports: the territory's communes to choose from, by name.
    window.show_section(REPORTS)
    reports = window.reports
    names = [reports.communes.item(i).text() for i in range(reports.communes.count())]
    assert len(names) == 41 and "Privas (07186)" in names and "Coux (07072)" not in names
    assert names == sorted(names)
    assert not reports.no_communes.isVisible()


def test_cancelling_leaves_a_valid_empty_file_and_the_bilan_says_why(
    qtbot, empty_window, dialogs, tmp_path, profile
):
    window = empty_window
    assistant = _new_file(qtbot, window, dialogs, tmp_path)
    _choose_epci(qtbot, assistant)
    _click(qtbot, assistant, QWizard.WizardButton.CancelButton)
    assert not assistant.isVisible()
    territory = window.territory
    assert not territory_scope.load(territory).defined
    assert officer.load_profile() == officer.OfficerProfile()  # nothing written
    assert territory.quick_check() == ""  # sound
    steps = window.dashboard.first_steps
    assert steps.isVisible() and steps.territory_line.isVisible()
    window.show_section(REPORTS)
    reports = window.reports
    assert reports.communes.count() == 0 and reports.no_communes.isVisible()
    # « Définir le territoire… » opens the assistant again.
    qtbot.mouseClick(reports.define_territory, Qt.LeftButton)
    again = window.session.assistant
    assert again is not assistant and again.isVisible()
    again.reject()


def test_a_commune_lists_its_neighbours_unticked_and_settings_reach_the_assistant(
    qtbot, window, dialogs, profile, monkeypatch
):
    from municipaless.ui.file.settings_dialog import ASSISTANT, SettingsDialog

    def ask_assistant(dialog):
        qtbot.mouseClick(dialog.assistant_button, Qt.LeftButton)
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", ask_assistant)
    window.menus.action(FileAction.SETTINGS).trigger()
    assistant = window.session.assistant
    assert assistant is not None and assistant.isVisible()
    assert ASSISTANT == 2
    page = assistant.territory_page
    type_text(qtbot, page.search, "privas")
    page.run_search()
    row = next(
        i for i in range(page.results.count()) if page.results.item(i).text().startswith("Privas")
    )
    page.results.setCurrentRow(row)
    assert page.ticked() == ["07186"] and page.communes.count() == 42
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    page.communes.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert not assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    assistant.reject()


def test_reopened_it_shows_the_saved_territory_and_the_printed_name(qtbot, window, profile):
    members = epci.members(PRIVAS_CA)
    scope = territory_scope.TerritoryScope(
        "epci", PRIVAS_CA, "CA Privas Centre Ardèche", members[:-1]
    )
    territory_scope.save(window.territory, scope)
    settings = territory_settings.load(window.territory)
    settings.commune_name = "Agglo Privas"
    territory_settings.save(window.territory, settings)
    assistant = window.session.set_up_territory()
    page = assistant.territory_page
    assert page.communes.count() == 42 and page.ticked() == members[:-1]
    assert page.name.text() == "Agglo Privas"
    assert assistant.button(QWizard.WizardButton.NextButton).isEnabled()
    _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    type_text(qtbot, assistant.officer_page.fields.name, "Léa Martin")
    for _ in range(2):
        _click(qtbot, assistant, QWizard.WizardButton.NextButton)
    _click(qtbot, assistant, QWizard.WizardButton.FinishButton)
    assert territory_scope.load(window.territory).name == "CA Privas Centre Ardèche"
    assert territory_settings.load(window.territory).commune_name == "Agglo Privas"
    assert window.territory.officer == "Léa Martin"
