"""Exports on the large file, each beside the raw library writing the same cells in the same run.

Targets (issue 3): XLSX bilan within 1.5x of raw openpyxl, a 20,000-row list within 1.3x of
raw openpyxl (write-only, the same typed values with the same number formats: see _raw_xlsx),
DOCX and PDF bilan under 3 s end to end, peak memory under 300 MB.
"""

import datetime as dt
import subprocess
import sys
import time

import pytest
from benchlib import report

from municipaless import documents
from municipaless.documents.model import Column, Document, Section, Table
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.reports import activity_document as ad
from municipaless.services.reports import activity_report as ar

YEAR = ar.Period.year(2025)


@pytest.fixture(scope="module")
def territory(large_file):
    t = open_territory(large_file, mode=OpenMode.READ_ONLY)
    yield t
    t.close()


def _best_pair(ours, raw, runs: int) -> tuple[float, float]:
    """Best times of two writers run in turn, so a busy moment of the machine hits both."""
    times: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        for fn, out in ((ours, times[0]), (raw, times[1])):
            started = time.perf_counter()
            fn()
            out.append(time.perf_counter() - started)
    return min(times[0]), min(times[1])


def _best(fn, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


RAW_FORMATS = {  # the same number formats as the writer's, spelled out independently
    "money": '#,##0 "€"',
    "money_cents": '#,##0.00 "€"',
    "count": "#,##0",
    "percent": "0 %",
    "percent_1": "0.0 %",
    "change": "+0 %;-0 %;0 %",
    "decimal": "#,##0.0",
    "date": "dd/mm/yyyy",
    "code": "@",
}


def _raw_value(value, kind):
    """The typed value and number format a plain openpyxl user would give the same cell."""
    numeric = ("money", "count", "percent", "change", "decimal")
    if value is None or (isinstance(value, str) and kind in numeric):
        return value, None
    if kind == "money":
        return value / 100, RAW_FORMATS["money" if value % 100 == 0 else "money_cents"]
    if kind == "percent":
        whole = round(value * 100, 6) % 1 == 0
        return float(value), RAW_FORMATS["percent" if whole else "percent_1"]
    if kind in ("change", "decimal"):
        return float(value), RAW_FORMATS[kind]
    if kind == "date":
        return (dt.date.fromisoformat(value) if isinstance(value, str) else value), "dd/mm/yyyy"
    if kind == "count":
        return value, RAW_FORMATS["count"]
    if kind == "code":
        return str(value), "@"
    return value, None


def _raw_row(ws, values, kinds):
    from openpyxl.cell import WriteOnlyCell

    row = []
    for value, kind in zip(values, kinds, strict=True):
        value, fmt = _raw_value(value, kind)
        if fmt is None:
            row.append(value)
        else:
            cell = WriteOnlyCell(ws, value)
            cell.number_format = fmt
            row.append(cell)
    ws.append(row)


def _raw_xlsx(doc, path, write_only: bool = True) -> None:
    """The same cells with the same values and number formats (cover, tables with their
    totals, chart data), written the plain openpyxl way: no fonts or fills, no Excel table,
    no chart object, no print setup. Those are what our writer adds (issue 3's features)."""
    from openpyxl import Workbook

    from municipaless.documents.model import KeyFigures

    wb = Workbook(write_only=write_only)
    if not write_only:
        wb.remove(wb.active)
    cover = wb.create_sheet("Couverture")
    cover.append([doc.title])
    cover.append([doc.subtitle])
    cover.append([])
    meta = doc.meta
    for label, value, kind in (
        ("Commune", meta.commune, "text"),
        ("Période", meta.period, "text"),
        ("Filtres", meta.filters, "text"),
        ("Date d'export", meta.generated, "date"),
    ):
        _raw_row(cover, [label, value], ["text", kind])
    for block in doc.blocks():
        if isinstance(block, KeyFigures):
            cover.append([])
            cover.append(["Chiffres clés"])
            for fig in block.items:
                _raw_row(cover, [fig.label, fig.value], ["text", fig.kind])
    for n, chart in enumerate(doc.charts()):
        ws = wb.create_sheet(f"G{n}")
        ws.append([chart.title])
        ws.append([])
        ws.append(["Catégorie", *(s.name for s in chart.series)])
        kinds = ["text"] + [chart.value_kind] * len(chart.series)
        for i, cat in enumerate(chart.categories):
            _raw_row(ws, [cat, *(s.values[i] for s in chart.series)], kinds)
    for n, table in enumerate(doc.tables()):
        ws = wb.create_sheet(f"T{n}")
        ws.append([table.title])
        ws.append([])
        ws.append([c.header for c in table.columns])
        kinds = [c.kind for c in table.columns]
        for row in table.rows:
            _raw_row(ws, row, kinds)
        if table.totals is not None:
            _raw_row(ws, table.totals, kinds)
        if table.note:
            ws.append([])
            ws.append([table.note])
    wb.save(path)


def test_compute_bilan(territory):
    seconds = _best(lambda: ar.compute(territory, YEAR))
    report("compute bilan 2025 (+ 2024) on large file", seconds, None, "SQL aggregates")


def test_xlsx_bilan_against_raw_openpyxl(territory, tmp_path):
    doc = ad.build(ar.compute(territory, YEAR))
    ours, raw = _best_pair(
        lambda: documents.write(doc, tmp_path / "bilan.xlsx"),
        lambda: _raw_xlsx(doc, tmp_path / "raw.xlsx"),
        runs=15,
    )
    report("XLSX bilan (writer only)", ours, raw, "vs raw, same cells+formats; target <= 1.5x")


def _project_list(territory) -> Document:
    source = territory.list_source("project")
    kinds = ["code", "text", "text", "text", "text", "date", "text"]  # the first 7 columns,
    n = len(kinds)  # as measured since issue 3 (the list has grown more since)
    rows = [list(r[1 : 1 + n]) for r in source.fetch(0, source.count())]
    columns = [Column(c.header, k) for c, k in zip(source.columns[:n], kinds, strict=True)]
    table = Table("Projets", columns, rows, name="Projets")
    return Document("Liste des projets", sections=[Section([table], "landscape")])


def test_20000_row_list_to_xlsx(territory, tmp_path):
    doc = _project_list(territory)
    assert len(doc.tables()[0].rows) == 20_000
    ours, raw = _best_pair(
        lambda: documents.write(doc, tmp_path / "list.xlsx"),
        lambda: _raw_xlsx(doc, tmp_path / "raw.xlsx"),
        runs=3,
    )
    report("20,000-row project list to XLSX", ours, raw, "vs raw, same cells+formats; <= 1.3x")


@pytest.mark.parametrize("fmt", ["docx", "pdf", "odt"])
def test_bilan_end_to_end(territory, tmp_path, fmt):
    def run():
        doc = ad.build(ar.compute(territory, YEAR))
        documents.write(doc, tmp_path / f"bilan.{fmt}")

    seconds = _best(run, runs=2)
    report(f"{fmt.upper()} bilan end to end (compute+write)", seconds, None, "target < 3 s")
    if fmt in ("docx", "pdf"):
        assert seconds < 3


PEAK = """
import json, resource, sys
from municipaless import documents
from municipaless.services.reports import activity_document as ad
from municipaless.services.reports import activity_report as ar
from municipaless.services.reports import list_export
from municipaless.services.file import OpenMode, open_territory
sys.path.insert(0, {bench!r})
from bench_reports import _project_list

def peak_mb():
    # VmHWM: the peak of this process image only, then reset to the current size (clear_refs
    # 5) so the next step's peak is its own. Not ru_maxrss: see test_peak_memory.
    try:
        with open("/proc/self/status") as fh:
            kb = next(int(line.split()[1]) for line in fh if line.startswith("VmHWM:"))
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")
        return kb / 1024
    except (OSError, StopIteration):  # not Linux: cumulative, and may count the parent's
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

steps = {{"imports": peak_mb()}}
t = open_territory({path!r}, mode=OpenMode.READ_ONLY)
steps["open (quick_check)"] = peak_mb()
doc = ad.build(ar.compute(t, ar.Period.year(2025)))
steps["compute + build bilan"] = peak_mb()
for fmt in ("docx", "xlsx", "pdf", "odt", "ods"):
    documents.write(doc, {out!r} + "/bilan." + fmt)
    steps["bilan " + fmt] = peak_mb()
documents.write(_project_list(t), {out!r} + "/list.xlsx")
steps["20k list xlsx (7 cols)"] = peak_mb()
for fmt in ("xlsx", "csv"):
    list_export.export_list(t, "project", {out!r} + "/projets." + fmt)
    steps["list_export " + fmt + " (all cols)"] = peak_mb()
print(json.dumps(steps))
"""


def test_peak_memory(large_file, tmp_path):
    """Peak memory of the exports alone, in a fresh process, step by step.

    The child reads its own VmHWM, not ``ru_maxrss``: Linux folds the peak of the image a
    process replaces at exec into ``ru_maxrss``, and subprocess spawns the child from pytest
    (vfork + exec), so ``ru_maxrss`` reported pytest's own peak whenever it was higher: the
    ``large_file`` fixture generating the demo in-process peaks at ~300 MB, earlier bench
    files at ~210 MB."""
    import json
    import resource
    from pathlib import Path

    code = PEAK.format(bench=str(Path(__file__).parent), path=str(large_file), out=str(tmp_path))
    parent_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    steps = json.loads(out.stdout.splitlines()[-1])
    peak_mb = max(steps.values())
    for step, mb in steps.items():
        print(f"  peak during {step:<30} {mb:6.0f} MB")
    report(
        "bilan in 5 formats + 3 list exports, one process",
        time.perf_counter() - started,
        None,
        f"peak memory {peak_mb:.0f} MB (target < 300 MB; pytest itself {parent_mb:.0f} MB)",
    )
    assert peak_mb < 300


def test_nominative_annex_of_13000_projects(territory, tmp_path):
    """The annex lists every project followed in 2025 on the large file (13,452): slow in page
    formats, so reported, not targeted; the officer asks for it by name, rarely."""
    report_ = ar.compute(territory, YEAR, nominative=True)
    doc = ad.build(report_, nominative=True)
    for fmt in ("xlsx", "pdf", "docx"):
        seconds = _best(lambda f=fmt: documents.write(doc, tmp_path / f"annexe.{f}"), runs=1)
        report(f"nominative bilan {fmt.upper()} (13,452-row annex)", seconds, None)


def test_dashboard_opening_on_the_gui_thread(territory, qtbot):
    """What the Tableau de bord costs the GUI thread on the large file: the table counts and
    starting the worker; the year's figures arrive later from the worker."""
    from municipaless.ui.dashboard.page import Dashboard

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
