"""Enjeux du territoire through real widgets: open Coopérations, add an indicator and a
measure in two clicks, open the coverage matrix, see « Non couvert » on the enjeu nothing
carries, look behind a cell, export the matrix to XLSX and read it back; and the « Enjeu »
filter of the projects and meetings lists."""

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from municipaless.ui.common import export_runner
from municipaless.ui.cooperation.challenge_detail import IndicatorDialog
from municipaless.ui.shell.main_window import COOPERATION, MEETINGS, PROJECTS, MainWindow
from tests.services.challenges_sample import UNCOVERED, UNFUNDED, make_challenge_sample
from tests.ui.driving import type_text


@pytest.fixture
def coop_window(qtbot, tmp_path, monkeypatch):
    sample = make_challenge_sample(tmp_path / "enjeux.municipaless")
    ids = {title: c.id for title, c in sample.enjeux.items()}
    sample.t.close()
    monkeypatch.setattr(export_runner, "ask_after_export", lambda _parent, _path: "")
    win = MainWindow()
    qtbot.addWidget(win)
    win.resize(1024, 600)
    win.show()
    assert win.open_path(tmp_path / "enjeux.municipaless")
    yield win, ids
    win.close()


def _row_of(table, text, column=0):
    return next(r for r in range(table.rowCount()) if table.item(r, column).text() == text)


def test_indicator_measure_matrix_and_export(qtbot, coop_window, monkeypatch, tmp_path, dialogs):
    win, ids = coop_window
    win.show_section(COOPERATION)
    page = win._page(COOPERATION).challenges
    qtbot.waitUntil(lambda: page.table.rowCount() == 5)
    page.show_record(ids["Alimentation durable"])
    detail = page.detail
    assert detail.title.text() == "Alimentation durable"
    assert "Épicerie solidaire" in detail.links.text()

    # a new indicator: its name forgotten first (refused in French, asked again as typed)
    asked = []

    def fill(name):
        def answer():
            dialog = QApplication.activeModalWidget()
            assert isinstance(dialog, IndicatorDialog)
            asked.append(dialog.unit.text())
            dialog.name.setText(name)
            dialog.unit.setText("%")
            dialog.target.setText("40")
            if name:
                dialog.accept()
            else:
                QTimer.singleShot(0, fill("Part du bio en cantine"))
                dialog.accept()

        return answer

    QTimer.singleShot(0, fill(""))
    qtbot.mouseClick(detail.add_indicator_button, Qt.MouseButton.LeftButton)
    assert asked == ["", "%"]  # the second dialog kept what was typed
    assert any("Nommez" in text for _kind, _title, text in dialogs.messages)
    assert detail.indicators.rowCount() == 1
    assert detail.indicators.item(0, 0).text() == "Part du bio en cantine"
    assert detail.indicators.item(0, 3).text() == "40 %"
    # a measure: the value typed, one click (the date is today's)
    type_text(qtbot, detail.measure_value, "24,5")
    qtbot.mouseClick(detail.add_measure_button, Qt.MouseButton.LeftButton)
    assert detail.measures.rowCount() == 1
    assert detail.measures.item(0, 1).text() == "24,5 %"
    assert detail.measures.item(0, 0).text() == dt.date.today().strftime("%d/%m/%Y")
    # a measure without value: refused in French, nothing written
    qtbot.mouseClick(detail.add_measure_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages[-1][0] == "warning" and "valeur" in dialogs.messages[-1][2]
    assert detail.measures.rowCount() == 1
    stored = win.territory.tdb.db.execute("SELECT value FROM indicator_value").fetchall()
    assert stored == [(24.5,)]

    # the coverage matrix, on 2026
    qtbot.mouseClick(page.matrix_button, Qt.MouseButton.LeftButton)
    view = page.coverage
    assert view.isVisible()
    view.set_custom(dt.date(2026, 1, 1), dt.date(2026, 12, 31))
    table = view.table
    uncovered = _row_of(table, UNCOVERED)
    assert table.item(uncovered, 8).text() == "Non couvert"
    assert table.item(_row_of(table, UNFUNDED), 8).text() == "Sans financement"
    assert UNCOVERED in view.summary.text()
    assert table.item(table.rowCount() - 1, 0).text() == "Total"
    # what is behind « Alimentation durable » × Projets
    table.setCurrentCell(_row_of(table, "Alimentation durable"), 1)
    assert view.behind_texts() == [
        "P-2026-0001 « Épicerie solidaire »",
        "P-2026-0002 « Recyclerie des Bruyères »",
    ]
    requested = []
    page.record_requested.connect(lambda kind, row_id: requested.append(kind))
    group = view.behind.topLevelItem(0)
    view.behind.itemActivated.emit(group.child(0), 0)
    assert requested == ["project"]
    win.show_section(COOPERATION)
    qtbot.mouseClick(page.matrix_button, Qt.MouseButton.LeftButton)

    # « Exporter en Excel… », read back
    out = tmp_path / "matrice.xlsx"
    dialogs.file_answers.append(str(out))
    with qtbot.waitSignal(view.runner.finished, timeout=20000):
        qtbot.mouseClick(view.xlsx_button, Qt.MouseButton.LeftButton)
    sheet = openpyxl.load_workbook(out)["Matrice de couverture"]
    rows = {r[0]: r for r in sheet.iter_rows(values_only=True) if r and r[0]}
    assert rows[UNCOVERED][8] == "Non couvert"
    assert rows["Alimentation durable"][7] == 17000
    view.grab().save(str(Path(tmp_path) / "matrix.png"))


def test_projects_and_meetings_filter_by_enjeu(qtbot, coop_window):
    win, ids = coop_window
    win.show_section(PROJECTS)
    projects = win.projects
    qtbot.waitUntil(lambda: projects.model is not None and projects.model.total() == 4)
    combo = projects.challenge_filter
    combo.setCurrentIndex(combo.findData(ids[UNFUNDED]))
    qtbot.waitUntil(lambda: projects.model.total() == 1)
    combo.setCurrentIndex(combo.findData(ids[UNCOVERED]))
    qtbot.waitUntil(lambda: projects.model.total() == 0)

    win.show_section(MEETINGS)
    bar = win.meetings.filters
    meeting_combo = bar.widgets["challenge_id"]
    meeting_combo.setCurrentIndex(meeting_combo.findData(ids["Alimentation durable"]))
    qtbot.waitUntil(lambda: win.meetings.list.model.total() == 1)
    meeting_combo.setCurrentIndex(meeting_combo.findData(ids[UNCOVERED]))
    qtbot.waitUntil(lambda: win.meetings.list.model.total() == 0)
