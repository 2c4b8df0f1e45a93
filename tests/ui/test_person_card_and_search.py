"""What is shown, the same everywhere: a porteur's card lists her projects and meetings (links
that open them in their section), search hits read in French without a sideways scroll."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from municipaless.services import casework, directory
from municipaless.ui.shell.main_window import DIRECTORY, MEETINGS, PROJECTS


def _lea(t):
    return next(p for p in t.records["person"].where() if p.last_name == "Dubois")


def _search(qtbot, window, text: str) -> list[str]:
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(window.search_field.popup_visible, timeout=2000)
    model = window.search_field.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_a_porteurs_card_lists_her_projects_and_meetings_and_opens_them(qtbot, window):
    t = window.territory
    lea = _lea(t)
    project = next(p for p in t.records["project"].where() if p.reference == "P-2026-0001")
    meeting = t.records["meeting"].where()[0]
    with t.transaction():
        t.save("project_holder", {"project_id": project.id, "person_id": lea.id, "role": "gérante"})
        t.save("attendance", {"meeting_id": meeting.id, "person_id": lea.id, "status": "present"})
    window.show_section(DIRECTORY)
    page = window.people
    window.directory.setCurrentWidget(page)
    page.reload()
    page.show_record(lea.id)
    detail = page.detail
    assert "Fonctions actuelles" not in detail.sections  # no « Aucune fonction actuelle » alone
    assert detail.section_text("Projets portés") == (
        "P-2026-0001 — Épicerie solidaire des Bruyères (gérante, Actif)"
    )
    assert detail.section_text("Réunions") == "12/05/2026 14:00 — Comité de pilotage ESS (Présent)"

    detail.sections["Projets portés"].linkActivated.emit(f"project:{project.id}")
    assert window.stack.currentIndex() == PROJECTS
    assert window.projects.detail.title_text() == "Épicerie solidaire des Bruyères"

    window.show_section(DIRECTORY)
    detail.sections["Réunions"].linkActivated.emit(f"meeting:{meeting.id}")
    assert window.stack.currentIndex() == MEETINGS


def test_a_long_list_of_projects_is_cut_with_its_count(qtbot, window):
    t = window.territory
    lea = _lea(t)
    for n in range(directory.CARD_LIMIT + 2):
        casework.create_project(
            t, {"name": f"Projet {n:02d}", "first_contact_on": f"2025-01-{n + 1:02d}"}
        )
    with t.transaction():
        for p in t.records["project"].where():
            t.save("project_holder", {"project_id": p.id, "person_id": lea.id})
    window.show_section(DIRECTORY)
    window.directory.setCurrentWidget(window.people)
    window.people.show_record(lea.id)
    lines = window.people.detail.section_text("Projets portés").splitlines()
    assert len(lines) == directory.CARD_LIMIT + 1
    assert lines[-1] == "… et 4 de plus"  # 12 new + 2 of the sample, 10 shown


def test_search_hits_read_in_french_and_never_scroll_sideways(qtbot, window):
    t = window.territory
    lea = _lea(t)
    t.save("person", {"phone": "+33475641234"}, row_id=lea.id, rev=lea.rev)
    rows = _search(qtbot, window, "comite")
    assert "Comité de pilotage ESS  —  12/05/2026 14:00 · Mairie" in rows
    window.search_field.clear()
    rows = _search(qtbot, window, "dubois")
    assert "Léa Dubois  —  lea@example.org · 04 75 64 12 34" in rows
    window.search_field.clear()
    rows = _search(qtbot, window, "premier accueil")
    assert (
        "Premier accueil épicerie  —  04/03/2026 · P-2026-0001 · Épicerie solidaire des Bruyères"
        in rows
    )
    window.search_field.clear()
    rows = _search(qtbot, window, "soutien")
    assert "COPIL-2026-01 · Soutien au projet d'épicerie solidaire  —  En vigueur" in rows
    view = window.search_field.popup.view
    assert view.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    assert not view.horizontalScrollBar().isVisible()
    model = window.search_field.results
    hit_row = next(r for r in range(model.rowCount()) if model.hit(r))
    index = model.index(hit_row, 0)
    assert index.data(Qt.ItemDataRole.ToolTipRole) == index.data()  # the whole line, if cut
