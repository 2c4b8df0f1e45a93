"""Names sort in French everywhere SQL sorts them: « Département » before « DREETS », accents
and case folded, the same order as core.text.sort_key, on every connection opened."""

from municipaless.core.domain import MeetingSeries, Organisation, Person
from municipaless.core.text import sort_key
from municipaless.storage import meeting_queries, territory_file
from municipaless.storage.listing import SPECS, ListSource
from municipaless.storage.records import Records

NAMES = ["DREETS", "Département", "Église Verte", "eglise verte", "adie", "Zèbre", "Ébène"]


def test_the_big_lists_sort_names_in_french_both_ways(tdb):
    orgs = Records(tdb, "organisation", Organisation)
    for name in NAMES:
        orgs.insert(Organisation(name=name))
    source = ListSource(tdb.db, SPECS["organisation"])
    shown = [row[1] for row in source.fetch(0, 50, 0)]
    assert shown == sorted(NAMES, key=sort_key)
    assert shown.index("Département") < shown.index("DREETS")
    assert [row[1] for row in source.fetch(0, 50, 0, descending=True)] == shown[::-1]
    # paging keeps the order
    pages = [row[1] for offset in range(0, 7, 3) for row in source.fetch(offset, 3, 0)]
    assert pages == shown


def test_people_and_null_names_and_short_lists(tdb):
    people = Records(tdb, "person", Person)
    for last in ["Étienne", "EVRARD", "esnault", ""]:
        people.insert(Person(first_name="X", last_name=last))
    source = ListSource(tdb.db, SPECS["person"])
    assert [row[1] for row in source.fetch(0, 10, 0)] == ["", "esnault", "Étienne", "EVRARD"]
    series = Records(tdb, "meeting_series", MeetingSeries)
    for name, code in [("Jury", "J"), ("Comité technique", "CT"), ("COPIL élargi", "CE")]:
        series.insert(MeetingSeries(name=name, code=code, kind="libre"))
    names = [s.name for s in meeting_queries.all_series(tdb.db)]
    assert names == ["Comité technique", "COPIL élargi", "Jury"]


def test_every_connection_knows_the_french_order(tmp_path):
    path = tmp_path / "t.municipaless"
    territory_file.create(path, officer="Marie").close()
    for read_only in (False, True):
        tdb = territory_file.open_database(path, read_only=read_only)
        try:
            rows = tdb.db.execute(
                'SELECT value FROM json_each(\'["DREETS","Département"]\') '
                "ORDER BY value COLLATE FR"
            ).fetchall()
            assert [r[0] for r in rows] == ["Département", "DREETS"]
            assert tdb.db.execute("SELECT fr_key('Écoles d''ici')").fetchone()[0] == "ecoles d ici"
        finally:
            tdb.close()
