"""Issue 5's walk, driven through the window like the officer does it: a first welcome (project,
two porteurs, the accueil), two orientations (one taken on, one refused with its reason), a
plan de financement with three funders (totals and leverage shown), marked créé, and the four
post-creation check-ins scheduled and visible."""

import datetime as dt

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from municipaless.ui.casework.project_detail import FOLLOW_UPS, FUNDING, REFERRALS, TIMELINE
from municipaless.ui.shell.main_window import PROJECTS
from tests.ui.driving import replace_text, row_count, save, texts_of, type_text
from tests.ui.sample import add_directory


def _months_after(day: dt.date, months: int) -> dt.date:
    index = day.month - 1 + months
    return day.replace(year=day.year + index // 12, month=index % 12 + 1)


def _pick(combo, code) -> None:
    combo.setCurrentIndex(combo.findData(code))
    combo.activated.emit(combo.currentIndex())


def test_a_porteur_from_first_welcome_to_check_ins(qtbot, window, dialogs):
    add_directory(window.territory)
    window.show_section(PROJECTS)
    page = window.projects
    detail = page.project_detail
    before = page.model.total()

    # 1. First welcome: the project, a new porteuse, a porteur from the annuaire, the accueil.
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    form = detail.form
    assert form.windowTitle() == "Nouveau projet"
    replace_text(qtbot, form.name, "Garage solidaire des Bruyères")
    _pick(form.fields["sector"], "mobilite")
    _pick(form.fields["stage"], "emergence")

    def fill_new_person():
        dialog = QApplication.activeModalWidget()
        type_text(qtbot, dialog.first_name, "Inès")
        type_text(qtbot, dialog.last_name, "Garnier")
        type_text(qtbot, dialog.email, "ines.garnier@example.org")
        type_text(qtbot, dialog.role, "porteuse principale")
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, fill_new_person)
    qtbot.mouseClick(form.holders.new_button, Qt.MouseButton.LeftButton)
    form.holders.picker.search_now("Dubois")
    form.holders.picker.hidePopup()
    form.holders.picker.setCurrentIndex(1)
    type_text(qtbot, form.holders.role, "associée")
    qtbot.mouseClick(form.holders.add_button, Qt.MouseButton.LeftButton)
    assert form.holders.names() == [
        "Inès Garnier (nouvelle fiche dans l'annuaire) — porteuse principale",
        "Léa Dubois — associée",
    ]
    assert form.log_welcome.isChecked()
    save(qtbot, form)
    assert not form.isVisible()

    assert page.model.total() == before + 1
    project = detail.project
    assert project.name == "Garage solidaire des Bruyères"
    assert project.reference.startswith(f"P-{dt.date.today().year}-")
    assert detail.title_text() == "Garage solidaire des Bruyères"
    detail.show_tab(TIMELINE)
    head, title, _notes, people = detail.timeline.line(0)
    assert (head, title) == (f"{dt.date.today():%d/%m/%Y}  ·  Accueil", "Premier accueil")
    assert people == "Rencontré·es : Inès Garnier, Léa Dubois"
    assert page.filters.count_label.text() == f"{before + 1} projets"

    # 2. Two orientations: proposed structures best first, then one taken on, one refused.
    detail.show_tab(REFERRALS)
    qtbot.mouseClick(detail.referrals.refer_button, Qt.MouseButton.LeftButton)
    dialog = detail.referrals.form
    _pick(dialog.need, "creation")
    names = dialog.organisation.suggested_names()
    assert names[0] == "Incubateur mobilités Bresse"  # fits stage and sector: best first
    assert "Boutique de gestion de l'Ain" in names
    dialog.organisation.suggestions.setCurrentRow(0)
    replace_text(qtbot, dialog.fields["consent_on"], dt.date.today().strftime("%d/%m/%Y"))
    replace_text(qtbot, dialog.fields["consent_how"], "à l'oral")
    save(qtbot, dialog)
    assert not dialog.isVisible()

    qtbot.mouseClick(detail.referrals.refer_button, Qt.MouseButton.LeftButton)
    dialog = detail.referrals.form
    _pick(dialog.need, "creation")
    row = dialog.organisation.suggested_names().index("Boutique de gestion de l'Ain")
    dialog.organisation.suggestions.setCurrentRow(row)
    save(qtbot, dialog)
    table = detail.referrals.table
    assert row_count(table) == 2

    table.selectRow(0)
    qtbot.mouseClick(detail.referrals.edit_button, Qt.MouseButton.LeftButton)
    follow = detail.referrals.form
    _pick(follow.status, "prise_en_charge")
    replace_text(qtbot, follow.answered_on, dt.date.today().strftime("%d/%m/%Y"))
    save(qtbot, follow)
    table.selectRow(1)
    qtbot.mouseClick(detail.referrals.edit_button, Qt.MouseButton.LeftButton)
    follow = detail.referrals.form
    _pick(follow.status, "refusee")
    save(qtbot, follow)  # no reason: refused by the service, message under the field
    assert follow.isVisible()
    assert follow.findChild(type(follow.banner), "error_refusal_reason").text() == (
        "Indiquez pourquoi la structure a refusé."
    )
    replace_text(qtbot, follow.refusal_reason, "Projet hors de notre territoire")
    save(qtbot, follow)
    assert not follow.isVisible()
    today = f"{dt.date.today():%d/%m/%Y}"
    rows = texts_of(table)
    assert rows[0] == [
        "Incubateur mobilités Bresse",
        "Accompagnement à la création",
        f"Prise en charge\n{today}",
        today,
        "",
    ]
    assert rows[1][2:] == [f"Refusée\n{today}", "non", "Projet hors de notre territoire"]
    assert detail.referrals.summary.text() == "2 orientation(s), 1 prise(s) en charge"

    # 3. A plan de financement with three funders.
    detail.show_tab(FUNDING)
    for funder, commune, instrument, asked, granted in (
        ("Commune de Bourg-en-Bresse", True, "subvention", "5 000", "5 000"),
        ("Région Auvergne-Rhône-Alpes", False, "subvention", "20 000", "15 000"),
        ("France Active AURA", False, "pret_honneur", "8 000", "8 000"),
    ):
        qtbot.mouseClick(detail.funding.add_button, Qt.MouseButton.LeftButton)
        request = detail.funding.form
        replace_text(qtbot, request.funder.lineEdit(), funder)
        request.fields["is_commune"].setChecked(commune)
        _pick(request.fields["instrument"], instrument)
        replace_text(qtbot, request.fields["asked_cents"], asked)
        _pick(request.fields["status"], "accordee")
        save(qtbot, request)  # an accordée needs its date and amount
        assert request.isVisible()
        replace_text(qtbot, request.fields["granted_cents"], granted)
        replace_text(qtbot, request.fields["decided_on"], "15/01/2026")
        save(qtbot, request)
        assert not request.isVisible()
    assert row_count(detail.funding.table) == 3
    totals = detail.funding.totals.text().replace("\u202f", " ").replace("\u00a0", " ")
    assert "Demandé : <b>33 000 €</b>" in totals
    assert "Accordé : <b>28 000 €</b>" in totals
    assert "Argent public : <b>20 000 €</b> (71 % du montant accordé)" in totals
    assert "Effet levier de la commune : <b>4,6 €</b>" in totals
    assert texts_of(detail.funding.table)[0][0] == "Commune de Bourg-en-Bresse (commune)"

    # 4. Marked créé (founded on the 1st of this month): four check-ins, all to come.
    founded = dt.date.today().replace(day=1)
    due = [_months_after(founded, m).strftime("%d/%m/%Y") for m in (6, 12, 24, 36)]
    qtbot.mouseClick(detail.created_button, Qt.MouseButton.LeftButton)
    created = detail.form
    replace_text(qtbot, created.fields["founded_on"], founded.strftime("%d/%m/%Y"))
    replace_text(qtbot, created.fields["jobs_created"], "3")
    save(qtbot, created)
    assert not created.isVisible()
    assert detail.project.status == "cree" and detail.project.jobs_created == 3
    subtitle = detail.subtitle.text()
    assert subtitle.startswith("Créé") and f"créé le {founded:%d/%m/%Y}" in subtitle
    assert detail.project.stage == "creation" and "Création" in subtitle  # the étape follows
    assert not detail.created_button.isEnabled()
    assert detail.tabs.currentIndex() == FOLLOW_UPS
    assert detail.notice.text() == (
        f"Suivis post-création programmés — 6 mois : {due[0]}, 12 mois : {due[1]}, "
        f"24 mois : {due[2]}, 36 mois : {due[3]}."
    )
    checkins = texts_of(detail.follow_ups.table)
    assert [row[0] for row in checkins] == due
    assert {row[2] for row in checkins} == {"Suivi post-création"}
    detail.show_tab(TIMELINE)
    heads = [detail.timeline.line(i)[0] for i in range(4)]
    assert heads == [f"{day}  ·  Suivi post-création  ·  à faire" for day in reversed(due)]
    assert not [m for m in dialogs.messages if m[0] == "critical"]
