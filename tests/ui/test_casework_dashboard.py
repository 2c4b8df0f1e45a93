"""The Tableau de bord's follow-up panel opens the project it lists; a colleague's save in
between is refused with the conflict message and the form keeps what was typed."""

import datetime as dt

from PySide6.QtCore import Qt

from municipaless.ui.casework.project_detail import FOLLOW_UPS
from municipaless.ui.shell.main_window import DASHBOARD, PROJECTS
from tests.ui.driving import save, texts_of, type_text


def _project(territory, name: str):
    return next(p for p in territory.records["project"].where() if p.name == name)


def test_dashboard_lists_follow_ups_and_opens_the_project(qtbot, window):
    territory = window.territory
    recyclerie = _project(territory, "Recyclerie du cœur de ville")
    epicerie = _project(territory, "Épicerie solidaire des Bruyères")
    today = dt.date.today().isoformat()
    for project, due, what in (
        (recyclerie, "2020-01-02", "Relancer la mairie pour le local"),
        (epicerie, today, "Envoyer le dossier France Active"),
        (epicerie, "2999-01-01", "Point dans longtemps"),  # neither today nor overdue
    ):
        territory.save("follow_up", {"project_id": project.id, "due_on": due, "what": what})
    window.show_section(DASHBOARD)
    panel = window.dashboard.follow_ups
    panel.refresh()  # read on a worker: the lists fill when it is done
    qtbot.waitUntil(lambda: panel.overdue.caption.text() == "En retard (1)")
    assert panel.overdue.texts() == [
        "02/01/2020 · Relancer la mairie pour le local\nP-2026-0002 — Recyclerie du cœur de ville"
    ]
    assert panel.today.caption.text() == "Aujourd'hui (1)"
    assert panel.today.texts()[0].startswith("Envoyer le dossier France Active\nP-2026-0001")
    # The épicerie's last news is its accueil of 04/03/2026, however many relances it has;
    # the recyclerie, created today without any entry, dates from its creation.
    assert panel.silent.caption.text() == "Sans nouvelles depuis 90 jours (1)"
    assert panel.silent.texts() == [
        "P-2026-0001 — Épicerie solidaire des Bruyères\ndernières nouvelles le 04/03/2026"
    ]

    item = panel.overdue.list.item(0)
    rect = panel.overdue.list.visualItemRect(item)
    qtbot.mouseClick(panel.overdue.list.viewport(), Qt.LeftButton, pos=rect.center())
    assert window.stack.currentWidget() is window.projects
    assert window.nav.currentRow() == PROJECTS
    detail = window.projects.project_detail
    assert detail.title_text() == "Recyclerie du cœur de ville"


def test_a_stale_rev_shows_the_conflict_and_keeps_what_was_typed(qtbot, window, dialogs):
    territory = window.territory
    window.show_section(PROJECTS)
    page = window.projects
    page.view.selectRow(0)
    detail = page.project_detail
    qtbot.mouseClick(detail.edit_button, Qt.LeftButton)
    form = detail.form
    form.name.clear()
    type_text(qtbot, form.name, "Épicerie solidaire et café")
    # A colleague saves the same project meanwhile.
    current = territory.records["project"].get(detail.project.id)
    territory.save("project", {"description": "Vu par Marie"}, row_id=current.id, rev=current.rev)

    save(qtbot, form)
    assert dialogs.messages[-1][0] == "warning"
    assert dialogs.messages[-1][1] == "Modifiée entre-temps"
    assert "modifiée entre-temps" in dialogs.messages[-1][2]
    assert form.isVisible()
    assert form.name.text() == "Épicerie solidaire et café"
    saved = territory.records["project"].get(current.id)
    assert (saved.name, saved.description) == ("Épicerie solidaire des Bruyères", "Vu par Marie")
    form.close()


def test_a_follow_up_marked_done_leaves_the_panel(qtbot, window):
    territory = window.territory
    recyclerie = _project(territory, "Recyclerie du cœur de ville")
    territory.save(
        "follow_up", {"project_id": recyclerie.id, "due_on": "2020-01-02", "what": "Rappeler"}
    )
    window.open_record("project", recyclerie.id)
    window.show_section(DASHBOARD)  # the panel is read each time the dashboard shows
    panel = window.dashboard.follow_ups
    qtbot.waitUntil(lambda: panel.overdue.caption.text() == "En retard (1)")
    qtbot.mouseClick(
        panel.overdue.list.viewport(),
        Qt.LeftButton,
        pos=panel.overdue.list.visualItemRect(panel.overdue.list.item(0)).center(),
    )
    detail = window.projects.project_detail
    detail.show_tab(FOLLOW_UPS)
    view = detail.follow_ups
    assert view.summary.text() == "1 à faire, dont 1 en retard"
    view.table.selectRow(0)
    qtbot.mouseClick(view.done_button, Qt.LeftButton)
    today = dt.date.today().strftime("%d/%m/%Y")
    assert texts_of(view.table) == [["02/01/2020", "Rappeler", "Relance", today]]
    assert view.summary.text() == "0 à faire, dont 0 en retard"
    window.show_section(DASHBOARD)
    qtbot.waitUntil(lambda: panel.overdue.caption.text() == "En retard (0)")
    assert panel.overdue.empty.text() == "Aucune relance en retard."
