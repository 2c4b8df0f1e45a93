"""Rapports ▸ Bilan d'activité driven like the officer does; the dashboard's year figures."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from municipaless.ui.common import export_runner
from municipaless.ui.reports import page as reports
from municipaless.ui.shell.main_window import REPORTS, MainWindow
from tests.documents.typography_sample import plain
from tests.storage.activity_sample import VOULTE, write_sample


@pytest.fixture
def win(qtbot, tmp_path):
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    assert window.open_path(write_sample(tmp_path / "bilan.municipaless"))
    yield window
    window.close()


@pytest.fixture
def answers(monkeypatch):
    chosen: list[Path] = []

    def answer(_parent, path):
        chosen.append(path)
        return ""  # "Fermer": never opens a real viewer in a test

    monkeypatch.setattr(export_runner, "ask_after_export", answer)
    return chosen


def test_export_a_year_to_xlsx(win, qtbot, dialogs, answers, tmp_path):
    import openpyxl

    win.show_section(REPORTS)
    page = win.reports
    page.period_kind.setCurrentIndex(0)
    page.year.setValue(2025)
    page.format.setCurrentIndex([c for c, _ in reports.FORMATS].index("xlsx"))
    target = tmp_path / "sortie" / "bilan-2025"
    target.parent.mkdir()
    dialogs.file_answers.append(str(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None and page.job is None, timeout=15_000)
    written = target.with_suffix(".xlsx")
    assert answers == [written] and written.exists()
    assert dialogs.file_requests[-1] == ("getSaveFileName", "XLSX (*.xlsx)")
    cover = openpyxl.load_workbook(written)["Couverture"]
    assert plain(cover["A1"].value) == "Bilan d'activité ESS"
    assert "année 2025" in cover["B5"].value
    assert "porteurs accompagnés" in page.preview.text()
    assert not [m for m in dialogs.messages if m[0] == "critical"]


def test_scope_and_custom_period_reach_the_service(win):
    page = win.reports
    page.ensure_communes()
    assert page.communes.count() == 2
    page.some_communes.setChecked(True)
    for i in range(page.communes.count()):
        item = page.communes.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == VOULTE:
            item.setCheckState(Qt.CheckState.Checked)
    assert page.scope() == [VOULTE]
    page.period_kind.setCurrentIndex(3)
    page.date_from.setDate(dt.date(2025, 3, 1))
    page.date_to.setDate(dt.date(2025, 3, 31))
    assert page.period().label() == "du 01/03/2025 au 31/03/2025"
    page.period_kind.setCurrentIndex(2)
    page.year.setValue(2025)
    assert page.period().label() == "2e semestre 2025"


def test_a_cancelled_export_leaves_no_file(win, qtbot, dialogs, answers, tmp_path):
    page = win.reports
    target = tmp_path / "annule.pdf"
    dialogs.file_answers.append(str(target))
    page.format.setCurrentIndex([c for c, _ in reports.FORMATS].index("pdf"))
    page.export_dialog()
    assert page.job is not None
    page.job.cancel()
    qtbot.waitUntil(lambda: page.job is None, timeout=15_000)
    assert not target.exists() and answers == []
    assert not list(tmp_path.glob("*.tmp"))


def test_dashboard_shows_the_year_figures_and_charts(win, qtbot):
    from municipaless.services.reports import activity_report

    board = win.dashboard
    qtbot.waitUntil(lambda: board.report is not None, timeout=15_000)
    assert board.report.period == activity_report.Period.year(dt.date.today().year)
    report = activity_report.compute(
        win.territory, activity_report.Period.year(2025), today=dt.date(2026, 1, 15)
    )
    board.show_report(report)
    assert board.year_title.text() == "Chiffres clés, année 2025"
    assert "<b>3</b> porteurs accompagnés" in board.year_figures.text()
    assert board.stage_chart.categories == ["Émergence", "Création", "Idée"]
    assert board.stage_chart.series[0][1] == [2, 1, 0]
    assert board.meeting_chart.categories == ["COPIL", "Hors instance"]
    board.stage_chart.repaint()


def test_export_to_csv_writes_one_file_per_table(win, qtbot, dialogs, answers, tmp_path):
    import csv

    win.show_section(REPORTS)
    page = win.reports
    page.year.setValue(2025)
    page.format.setCurrentIndex([c for c, _ in reports.FORMATS].index("csv"))
    target = tmp_path / "csv" / "bilan-2025"
    target.parent.mkdir()
    dialogs.file_answers.append(str(target))
    page.export_button.click()
    qtbot.waitUntil(lambda: page.last_export is not None and page.job is None, timeout=15_000)
    files = sorted(target.parent.glob("*.csv"))
    assert target.with_suffix(".csv") in files and len(files) > 1
    with target.with_suffix(".csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f, delimiter=";"))
    assert rows[0] and rows[1]
    assert not [m for m in dialogs.messages if m[0] == "critical"]
