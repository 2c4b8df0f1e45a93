"""The global search's popup names the cooperation kinds in French and opens them in the
Coopérations section."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from municipaless.ui.shell.main_window import COOPERATION


def _rows(qtbot, window, text: str) -> list[str]:
    window.search_field.clear()
    window.activateWindow()
    qtbot.keySequence(window, QKeySequence("Ctrl+K"))
    assert QApplication.focusWidget() is window.search_field
    qtbot.keyClicks(window.search_field, text)
    qtbot.waitUntil(window.search_field.popup_visible, timeout=2000)
    model = window.search_field.results
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_popup_groups_calls_candidatures_collectifs_ateliers_and_enjeux(qtbot, window):
    t = window.territory
    project = t.save("project", {"reference": "P-2026-0099", "name": "Légumerie coopérative"})
    call = t.save(
        "project_call", {"reference": "AAP-2026-01", "title": "Coopérer en Centre Ardèche"}
    )
    t.save("submission", {"call_id": call.id, "project_id": project.id})
    t.save("collective", {"name": "SCIC Légumerie du Centre Ardèche", "kind": "scic"})
    t.save("workshop", {"title": "Légumes et circuits courts", "starts_at": "2026-10-05T09:00"})
    rows = _rows(qtbot, window, "legum")
    for header in ("Projets", "Candidatures", "Collectifs", "Ateliers"):
        assert header in rows
    assert "Légumerie coopérative — AAP-2026-01  —  P-2026-0099 · Reçue" in rows
    assert "SCIC Légumerie du Centre Ardèche  —  SCIC" in rows
    rows = _rows(qtbot, window, "cooperer centre")
    assert rows[rows.index("Appels à projets") + 1].startswith("Coopérer en Centre Ardèche")
    rows = _rows(qtbot, window, "alimentation dur")  # an enjeu the file was created with
    assert rows[rows.index("Enjeux du territoire") + 1] == "Alimentation durable  —  Actif"


def test_enter_on_a_call_opens_the_cooperation_section(qtbot, window):
    window.territory.save(
        "project_call", {"reference": "AAP-2026-02", "title": "Tiers-lieux et lieux partagés"}
    )
    rows = _rows(qtbot, window, "tiers-lieux partages")
    assert rows[0] == "Appels à projets"
    qtbot.keyClick(window.search_field, Qt.Key.Key_Return)
    assert not window.search_field.popup_visible()
    assert window.stack.currentIndex() == COOPERATION
