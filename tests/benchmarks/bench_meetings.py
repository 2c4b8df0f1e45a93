"""Meetings on the large file, each beside the raw library doing the same work in the same run.

Targets (issue 6): opening a meeting with 40 attendees and 15 agenda items < 100 ms; the compte
rendu DOCX < 1 s; the actions workbook of all 2,000 meetings < 3 s. The large demo has no
meeting that big, so one is added to a copy of the file (the shared file is never written).
"""

import sqlite3
import statistics
import time
from datetime import date

import pytest
from benchlib import report

from municipaless.services import meetings
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.meetings import documents as md
from municipaless.services.meetings import series as meeting_series

TODAY = date(2026, 3, 25)


@pytest.fixture(scope="module")
def big_meeting(large_file, tmp_path_factory):
    """A copy of the large file with a COPIL of 40 attendees, 15 items, notes, 10 decisions
    and 12 actions, after the series' other meetings (so it has points en suspens)."""
    path = tmp_path_factory.mktemp("bench") / "large-copy.municipaless"
    src = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    dst = sqlite3.connect(path)
    src.backup(dst)
    src.close()
    dst.close()
    t = open_territory(path, "Bench", OpenMode.UNLOCKED, verify=False)
    people = t.records["person"].where("erased_at IS NULL", limit=40)
    series = next(s for s in meeting_series.list_series(t) if s.kind == "copil")
    with t.tdb.write():
        m = meetings.create_meeting(t, series.id, "2030-01-15 14:00", from_template=False)
        for p in people:
            meetings.add_invitee(t, m.id, person_id=p.id, status="present")
        for i in range(15):
            item = meetings.add_agenda_item(t, m.id, f"Point {i + 1}", presenter="Claire Martin")
            meetings.save_notes(t, item.id, item.rev, "Échanges nourris sur le sujet. " * 8)
            if i < 10:
                meetings.add_decision(
                    t, m.id, f"Décision sur le point {i + 1}.", agenda_item_id=item.id
                )
        for i in range(12):
            meetings.add_action(
                t, m.id, f"Action {i + 1}", owner_person_id=people[i].id, due_on="2030-02-15"
            )
    yield t, m.id, path
    t.close()


def _median(fn, runs: int = 15) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _best(fn, runs: int = 3) -> float:
    return min(_median(fn, 1) for _ in range(runs))


RAW_OPEN = [
    "SELECT * FROM meeting WHERE id = ?",
    "SELECT t.*, p.first_name, p.last_name, o.name FROM attendance t "
    "LEFT JOIN person p ON p.id = t.person_id LEFT JOIN organisation o ON o.id = t.organisation_id "
    "WHERE t.meeting_id = ? AND t.deleted_at IS NULL",
    "SELECT * FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position",
    "SELECT * FROM decision WHERE meeting_id = ? AND deleted_at IS NULL",
    "SELECT * FROM action_item WHERE meeting_id = ? AND deleted_at IS NULL",
    "SELECT * FROM meeting_project WHERE meeting_id = ? AND deleted_at IS NULL",
]
RAW_PENDING = (
    "SELECT a.*, p.first_name, p.last_name, o.name, m.title FROM action_item a "
    "JOIN meeting m ON m.id = a.meeting_id LEFT JOIN person p ON p.id = a.owner_person_id "
    "LEFT JOIN organisation o ON o.id = a.owner_organisation_id "
    "WHERE m.series_id = ? AND m.starts_at < ? AND a.status IN ('a_faire', 'en_cours')"
)


def test_open_meeting_40_attendees_15_items(big_meeting):
    t, meeting_id, path = big_meeting
    view = meetings.open_meeting(t, meeting_id)
    assert len(view.attendance) == 40 and len(view.agenda) == 15
    ours = _median(lambda: meetings.open_meeting(t, meeting_id))
    conn = sqlite3.connect(path)

    def raw(pending=True):
        for sql in RAW_OPEN:
            conn.execute(sql, [meeting_id]).fetchall()
        if pending:
            conn.execute(RAW_PENDING, [view.meeting.series_id, view.meeting.starts_at]).fetchall()

    baseline = _median(raw)
    report(
        "open meeting (40 attendees, 15 items)",
        ours,
        baseline,
        f"with its {len(view.pending)} points en suspens; target < 100 ms",
    )
    without = _median(lambda: meetings.open_meeting(t, meeting_id, with_pending=False))
    report("open meeting, without points en suspens", without, _median(lambda: raw(False)), "")
    conn.close()


def test_minutes_docx(big_meeting, tmp_path):
    t, meeting_id, _ = big_meeting
    out = tmp_path / "cr.docx"
    ours = _best(lambda: md.export_minutes(t, meeting_id, out, today=TODAY))
    doc = md.minutes_document(t, meeting_id, today=TODAY)

    def raw():
        import docx

        word = docx.Document()
        word.add_paragraph(doc.title, style="Title")
        for block in doc.blocks():
            kind = type(block).__name__
            if kind == "Heading":
                word.add_heading(block.text, block.level)
            elif kind == "Paragraph":
                word.add_paragraph(block.text)
            elif kind == "BulletList":
                for item in block.items:
                    word.add_paragraph(item, style="List Bullet")
            elif kind == "Table":
                table = word.add_table(rows=0, cols=len(block.columns))
                for values in ([c.header for c in block.columns], *block.rows):
                    for cell, v in zip(table.add_row().cells, values, strict=True):
                        cell.text = "" if v is None else str(v)  # row by row: cell() is O(n)
        word.save(tmp_path / "raw.docx")

    baseline = _best(raw)
    report("compte rendu DOCX (40 attendees, 15 items)", ours, baseline, "end to end; target < 1 s")
    pdf = _best(lambda: md.export_minutes(t, meeting_id, tmp_path / "cr.pdf", today=TODAY), 2)
    report("compte rendu PDF", pdf, None, "end to end")


def test_actions_workbook_all_meetings(big_meeting, tmp_path):
    t, _, path = big_meeting
    out = tmp_path / "actions.xlsx"
    ours = _best(lambda: md.export_action_items_workbook(t, out, today=TODAY), 2)
    conn = sqlite3.connect(path)

    def raw():
        from openpyxl import Workbook

        rows = conn.execute(
            "SELECT coalesce(s.name, 'Hors instance'), m.starts_at, a.what, "
            "trim(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')), a.due_on, "
            "a.status, a.done_on FROM action_item a JOIN meeting m ON m.id = a.meeting_id "
            "LEFT JOIN meeting_series s ON s.id = m.series_id "
            "LEFT JOIN person p ON p.id = a.owner_person_id WHERE a.deleted_at IS NULL "
            "ORDER BY 1, 2"
        ).fetchall()
        wb = Workbook(write_only=True)
        sheets = {}
        for name, start, what, who, due, status, done in rows:
            if name not in sheets:
                sheets[name] = wb.create_sheet(name[:31])
                sheets[name].append(["Réunion", "Quoi", "Qui", "Pour quand", "Statut", "Fait le"])
            day = lambda iso: iso and date.fromisoformat(iso[:10])  # noqa: E731
            sheets[name].append([day(start), what, who, day(due), status, day(done)])
        wb.save(tmp_path / "raw.xlsx")

    baseline = _best(raw, 2)
    conn.close()
    n = t.records["action_item"].count()
    report(f"actions workbook XLSX ({n} actions)", ours, baseline, "target < 3 s")


def test_registers(big_meeting):
    t, _, _ = big_meeting
    overview = _median(lambda: meetings.action_items_overview(t, today=TODAY), 5)
    report("global Actions view (open, overdue first)", overview, None, "")
    register = _median(lambda: meetings.decision_register(t), 5)
    report("decision register, all instances", register, None, "")
    found = _median(lambda: meetings.decision_register(t, text="appel projets"), 5)
    report("decision register, text filter", found, None, "search index")
