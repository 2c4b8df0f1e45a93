"""Exports on the large file, each beside the raw library writing the same cells in the same run.

Targets (issue 3): XLSX bilan within 1.5x of raw openpyxl, a 20,000-row list within 1.3x of
openpyxl write_only, DOCX and PDF bilan under 3 s end to end, peak memory under 300 MB.
"""

import datetime as dt
import subprocess
import sys
import time

import pytest
from benchlib import report

from municipaless import documents
from municipaless.documents.model import Column, Document, Section, Table
from municipaless.services import activity_report as ar
from municipaless.services.territory import Territory

YEAR = ar.Period.year(2025)


@pytest.fixture(scope="module")
def territory(large_file):
    t = Territory.open(large_file, read_only=True)
    yield t
    t.close()


def _best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def _raw_xlsx(tables, path, write_only: bool, charts=()) -> None:
    """The same cells with no style, no Excel table and no chart object."""
    from openpyxl import Workbook

    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    for chart in charts:
        ws = wb.create_sheet()
        ws.append([chart.title])
        ws.append([])
        ws.append(["Catégorie", *(s.name for s in chart.series)])
        for i, cat in enumerate(chart.categories):
            ws.append([cat, *(s.values[i] for s in chart.series)])
    for n, table in enumerate(tables):
        ws = wb.create_sheet(f"T{n}")
        ws.append([table.title])
        ws.append([])
        ws.append([c.header for c in table.columns])
        dates = [i for i, c in enumerate(table.columns) if c.kind == "date"]
        for row in table.rows:
            row = list(row)
            for i in dates:  # the same cells: real dates, as ours writes them
                row[i] = row[i] and dt.date.fromisoformat(row[i])
            ws.append(row)
    wb.save(path)


def test_compute_bilan(territory):
    seconds = _best(lambda: ar.compute(territory, YEAR))
    report("compute bilan 2025 (+ 2024) on large file", seconds, None, "SQL aggregates")


def test_xlsx_bilan_against_raw_openpyxl(territory, tmp_path):
    doc = ar.build_document(ar.compute(territory, YEAR))
    ours = _best(lambda: documents.write(doc, tmp_path / "bilan.xlsx"))
    raw = _best(
        lambda: _raw_xlsx(doc.tables(), tmp_path / "raw.xlsx", write_only=True, charts=doc.charts())
    )
    report("XLSX bilan (writer only)", ours, raw, "vs raw write_only; target <= 1.5x")


def _project_list(territory) -> Document:
    source = territory.list_source("project")
    rows = [list(r[1:]) for r in source.fetch(0, source.count())]
    kinds = ["code", "text", "text", "text", "text", "date", "text"]
    columns = [Column(c.header, k) for c, k in zip(source.columns, kinds, strict=True)]
    table = Table("Projets", columns, rows, name="Projets")
    return Document("Liste des projets", sections=[Section([table], "landscape")])


def test_20000_row_list_to_xlsx(territory, tmp_path):
    doc = _project_list(territory)
    assert len(doc.tables()[0].rows) == 20_000
    ours = _best(lambda: documents.write(doc, tmp_path / "list.xlsx"), runs=2)
    raw = _best(lambda: _raw_xlsx(doc.tables(), tmp_path / "raw.xlsx", write_only=True), runs=2)
    report("20,000-row project list to XLSX", ours, raw, "vs write_only; target <= 1.3x")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "odt"])
def test_bilan_end_to_end(territory, tmp_path, fmt):
    def run():
        doc = ar.build_document(ar.compute(territory, YEAR))
        documents.write(doc, tmp_path / f"bilan.{fmt}")

    seconds = _best(run, runs=2)
    report(f"{fmt.upper()} bilan end to end (compute+write)", seconds, None, "target < 3 s")
    if fmt in ("docx", "pdf"):
        assert seconds < 3


PEAK = """
import resource, sys
from municipaless import documents
from municipaless.services import activity_report as ar
from municipaless.services.territory import Territory
sys.path.insert(0, {bench!r})
from bench_reports import _project_list
t = Territory.open({path!r}, read_only=True)
doc = ar.build_document(ar.compute(t, ar.Period.year(2025)))
for fmt in ("docx", "xlsx", "pdf", "odt", "ods"):
    documents.write(doc, {out!r} + "/bilan." + fmt)
documents.write(_project_list(t), {out!r} + "/list.xlsx")
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def test_peak_memory(large_file, tmp_path):
    from pathlib import Path

    code = PEAK.format(bench=str(Path(__file__).parent), path=str(large_file), out=str(tmp_path))
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    peak_mb = int(out.stdout.split()[-1]) / 1024
    report(
        "bilan in 5 formats + 20k list, one process",
        time.perf_counter() - started,
        None,
        f"peak memory {peak_mb:.0f} MB (target < 300 MB)",
    )
    assert peak_mb < 300


def test_nominative_annex_of_13000_projects(territory, tmp_path):
    """The annex lists every project followed in 2025 on the large file (13,452): slow in page
    formats, so reported, not targeted; the officer asks for it by name, rarely."""
    report_ = ar.compute(territory, YEAR, nominative=True)
    doc = ar.build_document(report_, nominative=True)
    for fmt in ("xlsx", "pdf", "docx"):
        seconds = _best(lambda f=fmt: documents.write(doc, tmp_path / f"annexe.{f}"), runs=1)
        report(f"nominative bilan {fmt.upper()} (13,452-row annex)", seconds, None)


def test_dashboard_opening_on_the_gui_thread(territory, qtbot):
    """What the Tableau de bord costs the GUI thread on the large file: the table counts and
    starting the worker; the year's figures arrive later from the worker."""
    from municipaless.ui.views.dashboard import Dashboard

    board = Dashboard()
    qtbot.addWidget(board)
    board.show()
    ours, base = [], []
    for _ in range(5):
        started = time.perf_counter()
        board.set_territory(territory)
        board.repaint()
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        territory.counts()
        base.append(time.perf_counter() - started)
    qtbot.waitUntil(lambda: board.report is not None, timeout=30_000)
    board.shutdown()
    report("dashboard opening (GUI thread)", min(ours), min(base), "vs counts; budget 100 ms")
    assert min(ours) < 0.1
