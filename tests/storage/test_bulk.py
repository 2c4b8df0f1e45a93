"""Bulk inserts leave the file as one-by-one inserts would: rows, journal, search index."""

import pytest

from municipaless.core.domain import CaseEvent, Organisation, Project, Vocabulary
from municipaless.storage import search
from municipaless.storage.bulk import insert_many, write_meta
from municipaless.storage.records import Records


def orgs(n):
    return [
        Organisation(
            name=f"Ressourcerie L'Œuvre n°{i}",
            acronym="RLO",
            sectors=("insertion",),
            territory=("dep:07",),
        )
        for i in range(n)
    ]


def journal_rows(tdb, table):
    return tdb.db.execute(
        "SELECT row_id, field, old, new, at, by, copy_id FROM journal WHERE table_name = ?",
        [table],
    ).fetchall()


def test_rows_round_trip_and_are_stamped(tdb):
    records = orgs(7)
    assert insert_many(tdb, "organisation", records, batch_size=3) == 7
    repo = Records(tdb, "organisation", Organisation)
    stored = repo.where(order_by="name")
    assert len(stored) == 7
    one = stored[0]
    assert one.id and one.rev == 1 and one.updated_by == "Marie Dupont"
    assert one.created_at == one.updated_at
    assert one.sectors == ("insertion",) and one.territory == ("dep:07",)
    assert repo.get(one.id).name == one.name
    # The records passed in are not modified.
    assert all(r.id == "" for r in records)


def test_given_bookkeeping_is_kept(tdb):
    project = Project(
        id="p-1",
        name="Épicerie solidaire",
        created_at="2024-01-02T09:00:00.000+00:00",
        updated_by="Paul",
        rev=3,
        challenges=("c1",),
    )
    insert_many(tdb, "project", [project])
    got = Records(tdb, "project", Project).get("p-1")
    assert got.created_at == got.updated_at == "2024-01-02T09:00:00.000+00:00"
    assert (got.updated_by, got.rev, got.challenges) == ("Paul", 3, ("c1",))
    assert journal_rows(tdb, "project") == [
        ("p-1", "+", None, None, "2024-01-02T09:00:00.000+00:00", "Paul", tdb.copy_id)
    ]


def test_bools_and_vocabulary_table(tdb):
    insert_many(
        tdb, "vocabulary", [Vocabulary(vocab="sector", code="peche", label="Pêche", archived=True)]
    )
    row = tdb.db.execute("SELECT archived FROM vocabulary WHERE code = 'peche'").fetchone()
    assert row == (1,)


def test_one_journal_row_per_record(tdb):
    insert_many(tdb, "organisation", orgs(4))
    rows = journal_rows(tdb, "organisation")
    assert len(rows) == 4
    assert {r[1] for r in rows} == {"+"}
    assert {r[5] for r in rows} == {"Marie Dupont"}


def test_journal_can_be_skipped(tdb):
    insert_many(tdb, "organisation", orgs(2), journal=False)
    assert journal_rows(tdb, "organisation") == []


def test_search_finds_bulk_rows_and_one_by_one_rows(tdb):
    Records(tdb, "organisation", Organisation).insert(Organisation(name="Garage solidaire"))
    insert_many(tdb, "organisation", orgs(3))
    insert_many(tdb, "case_event", [], journal=True)  # nothing: no error
    hits = search.search(tdb.db, "oeuvre", per_kind=10)
    assert len(hits["organisation"]) == 3
    assert len(search.search(tdb.db, "garage")["organisation"]) == 1
    docids = [r[0] for r in tdb.db.execute("SELECT docid FROM search_doc")]
    assert len(docids) == len(set(docids)) == 4


def test_deleted_records_are_not_indexed(tdb):
    insert_many(tdb, "organisation", [Organisation(name="Ancienne régie", deleted_at="2024-01-01")])
    assert search.search(tdb.db, "regie") == {}


def test_failure_mid_way_rolls_back_everything(tdb):
    project = Project(id="p-1", name="Tiers-lieu")
    insert_many(tdb, "project", [project])
    events = [
        CaseEvent(
            project_id="p-1", kind="accueil", occurred_on="2025-01-01", subject=f"Accueil {i}"
        )
        for i in range(10)
    ]
    events.append(CaseEvent(project_id="missing", kind="appel", occurred_on="2025-01-02"))
    before = tdb.db.execute("SELECT count(*) FROM journal").fetchone()[0]
    with pytest.raises(Exception, match="FOREIGN KEY"):
        insert_many(tdb, "case_event", events, batch_size=4)
    assert tdb.db.execute("SELECT count(*) FROM case_event").fetchone()[0] == 0
    assert tdb.db.execute("SELECT count(*) FROM journal").fetchone()[0] == before
    assert search.search(tdb.db, "accueil") == {}
    assert not tdb.db.conn.in_transaction


def test_caller_transaction_rolls_back_several_calls(tdb):
    with pytest.raises(RuntimeError), tdb.write():
        insert_many(tdb, "organisation", orgs(3))
        insert_many(tdb, "project", [Project(name="Cœur de Ville")])
        raise RuntimeError("stop")
    assert tdb.db.execute("SELECT count(*) FROM organisation").fetchone()[0] == 0
    assert tdb.db.execute("SELECT count(*) FROM search_doc").fetchone()[0] == 0


def test_wrong_record_type_is_refused(tdb):
    with pytest.raises(TypeError):
        insert_many(tdb, "organisation", [Project(name="x")])
    assert tdb.db.execute("SELECT count(*) FROM project").fetchone()[0] == 0


def test_write_meta_sets_and_adds_keys(tdb):
    write_meta(tdb, {"commune_name": "Privas", "demo": "{}"})
    rows = dict(tdb.db.execute("SELECT key, value FROM meta WHERE key IN ('commune_name', 'demo')"))
    assert rows == {"commune_name": "Privas", "demo": "{}"}
