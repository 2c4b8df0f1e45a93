"""The demo territory: deterministic, consistent, searchable, and never half-written."""

import re
import sqlite3
from datetime import date

import pytest

from municipaless.services import demo
from municipaless.services.demo import meetings as demo_meetings
from municipaless.services.file import open_territory
from municipaless.storage.errors import FileProblem

TODAY = date(2026, 3, 15)

# Columns holding vocabulary codes: (table, column, vocab, is a JSON list)
VOCAB_COLUMNS = [
    ("organisation", "kind", "organisation_kind", False),
    ("organisation", "legal_status", "legal_status", False),
    ("organisation", "sectors", "sector", True),
    ("service_offer", "service", "service", False),
    ("service_offer", "instrument", "instrument", False),
    ("service_offer", "stages", "stage", True),
    ("service_offer", "sectors", "sector", True),
    ("project", "sector", "sector", False),
    ("project", "legal_status", "legal_status", False),
    ("project", "stage", "stage", False),
    ("project", "status", "project_status", False),
    ("case_event", "kind", "case_event_kind", False),
    ("referral", "need", "service", False),
    ("referral", "status", "referral_status", False),
    ("funding_request", "instrument", "instrument", False),
    ("funding_request", "status", "funding_status", False),
    ("meeting_series", "kind", "meeting_kind", False),
    ("meeting", "sectors", "sector", True),
    ("attendance", "status", "attendance_status", False),
    ("action_item", "status", "action_status", False),
]


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.municipaless"
    counts = demo.generate(path, "small", seed=1, today=TODAY)
    conn = sqlite3.connect(path)
    yield path, counts, conn
    conn.close()


def dump(path):
    """Every generated row, minus the challenge ids the schema migration draws per file."""
    per_file = ("challenges", "challenge_id")
    conn = sqlite3.connect(path)
    content = {}
    for table in demo.INSERT_ORDER:
        cursor = conn.execute(f"SELECT * FROM {table} ORDER BY id")
        names = [c[0] for c in cursor.description]
        content[table] = [
            {k: v for k, v in zip(names, row, strict=True) if k not in per_file} for row in cursor
        ]
    conn.close()
    return content


def test_small_has_the_advertised_size(small):
    _path, counts, _conn = small
    assert counts["organisation"] == 60
    assert counts["person"] == 250
    assert counts["project"] == 300
    assert counts["case_event"] == 3000
    assert counts["meeting"] == 40 + 1  # and the jury of the call for projects
    for table in (
        "affiliation",
        "project_holder",
        "referral",
        "funding_request",
        "follow_up",
        "attendance",
        "agenda_item",
        "decision",
        "action_item",
        "service_offer",
    ):
        assert counts[table] > 0, table


def test_same_seed_same_content_other_seed_other_content(tmp_path):
    a = demo.generate(tmp_path / "a.municipaless", "tiny", seed=7, today=TODAY)
    b = demo.generate(tmp_path / "b.municipaless", "tiny", seed=7, today=TODAY)
    c = demo.generate(tmp_path / "c.municipaless", "tiny", seed=8, today=TODAY)
    assert a == b
    dump_a, dump_c = dump(tmp_path / "a.municipaless"), dump(tmp_path / "c.municipaless")
    assert dump_a == dump(tmp_path / "b.municipaless")
    names = {(r["first_name"], r["last_name"]) for r in dump_a["person"]}
    assert names != {(r["first_name"], r["last_name"]) for r in dump_c["person"]}
    assert [r["name"] for r in dump_a["project"]] != [r["name"] for r in dump_c["project"]]
    assert c["project"] == a["project"]  # same scale, same sizes


def test_file_is_consistent(small):
    _path, _counts, conn = small
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    # project.challenges holds ids of challenge rows
    known = {r[0] for r in conn.execute("SELECT id FROM challenge")}
    used = {
        r[0]
        for r in conn.execute(
            "SELECT j.value FROM project, json_each(project.challenges) j "
            "UNION SELECT j.value FROM meeting, json_each(meeting.challenges) j"
        )
    }
    assert used and used <= known


def test_every_vocabulary_code_exists(small):
    _path, _counts, conn = small
    for table, column, vocab, is_list in VOCAB_COLUMNS:
        if is_list:
            sql = f"SELECT DISTINCT j.value FROM {table}, json_each({table}.{column}) j"
        else:
            sql = f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL"
        codes = {r[0] for r in conn.execute(sql)}
        known = {r[0] for r in conn.execute("SELECT code FROM vocabulary WHERE vocab = ?", [vocab])}
        assert codes, (table, column)
        assert codes <= known, (table, column, codes - known)


def test_search_demonstrates_folding(small):
    path, _counts, _conn = small
    territory = open_territory(path, "Test")
    try:
        coeur = territory.search("coeur")
        assert any("Cœur" in hit.label for hits in coeur.values() for hit in hits)
        atelier = territory.search("atelier")
        assert any("L'Atelier" in hit.label for hits in atelier.values() for hit in hits)
        etienne = territory.search("saint etienne")
        assert any("Saint-Étienne-de-Serre" in hit.label for hit in etienne["project"])
        assert territory.counts()["case_event"] == 3000
    finally:
        territory.close()


def test_a_journal_row_per_record(small):
    _path, counts, conn = small
    journal = conn.execute("SELECT count(*) FROM journal WHERE field = '+'").fetchone()[0]
    assert journal == sum(counts.values())
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert meta["commune_name"] == "Communauté d'agglomération Privas Centre Ardèche"
    assert meta["demo"] == '{"scale": "small", "seed": 1, "today": "2026-03-15"}'


def test_dates_make_a_living_territory(small):
    _path, _counts, conn = small
    today = TODAY.isoformat()

    def one(sql):
        return conn.execute(sql, {"today": today}).fetchone()[0]

    assert one("SELECT count(*) FROM follow_up WHERE done_on IS NULL AND due_on < :today") > 0
    assert one("SELECT count(*) FROM follow_up WHERE done_on IS NULL AND due_on >= :today") > 0
    assert one("SELECT count(*) FROM meeting WHERE starts_at > :today") > 0
    assert one("SELECT count(*) FROM action_item WHERE status != 'fait' AND due_on < :today") > 0
    assert one("SELECT count(*) FROM affiliation WHERE end_on IS NOT NULL") > 0
    assert one("SELECT min(occurred_on) FROM case_event") >= "2023-03-15"
    assert one("SELECT max(occurred_on) FROM case_event") <= today
    assert one("SELECT max(created_at) FROM case_event") < today
    assert (
        one(
            "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id "
            "WHERE m.starts_at > :today AND a.status != 'invite'"
        )
        == 0
    )


def test_money_is_integer_cents_and_decisions_are_numbered(small):
    _path, _counts, conn = small
    kinds = {
        r[0]
        for r in conn.execute(
            "SELECT typeof(asked_cents) FROM funding_request UNION "
            "SELECT typeof(granted_cents) FROM funding_request WHERE granted_cents IS NOT NULL"
        )
    }
    assert kinds == {"integer"}
    numbers = [r[0] for r in conn.execute("SELECT number FROM decision")]
    assert len(numbers) == len(set(numbers))
    assert all(re.fullmatch(r"[A-Z-]+-20\d\d-\d\d", n) for n in numbers)


def test_refuses_an_existing_file(tmp_path):
    path = tmp_path / "mine.municipaless"
    path.write_bytes(b"precious")
    with pytest.raises(FileProblem, match="existe déjà"):
        demo.generate(path, "tiny")
    assert path.read_bytes() == b"precious"
    assert list(tmp_path.iterdir()) == [path]


def test_unknown_scale(tmp_path):
    with pytest.raises(ValueError, match="huge"):
        demo.generate(tmp_path / "x.municipaless", "huge")


def test_interrupted_generation_leaves_nothing(tmp_path, monkeypatch):
    def fail(self):
        raise KeyboardInterrupt

    monkeypatch.setattr(demo_meetings.Generator, "meetings", fail)
    with pytest.raises(KeyboardInterrupt):
        demo.ensure_demo(tmp_path / "demo.municipaless")
    assert list(tmp_path.iterdir()) == []


def test_ensure_demo_creates_once(tmp_path, monkeypatch):
    path = tmp_path / "sub" / "demo.municipaless"
    # tiny keeps the test fast; ensure_demo itself always asks for "small"
    monkeypatch.setitem(demo.SCALES, "small", demo.SCALES["tiny"])
    assert demo.ensure_demo(path) == path
    stamp = path.stat().st_mtime_ns
    assert demo.ensure_demo(path) == path
    assert path.stat().st_mtime_ns == stamp
    assert [p.name for p in path.parent.iterdir()] == ["demo.municipaless"]
