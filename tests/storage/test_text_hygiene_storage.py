"""Every write path of storage cleans text the same way (core.cleaning): the one-by-one
records, the bulk loader the imports use, and the settings in meta."""

import pytest

from municipaless.core.domain import Organisation
from municipaless.storage import search
from municipaless.storage.bulk import insert_many, write_meta
from municipaless.storage.errors import InvalidText
from municipaless.storage.records import Records


def test_bulk_insert_cleans_and_indexes_the_clean_text(tdb):
    insert_many(
        tdb,
        "organisation",
        [
            Organisation(
                name="Ressourcerie\x00 \ud800Œuvre\x0bbis", notes="a\r\nb", sectors=("x\x00",)
            )
        ],
    )
    (org,) = Records(tdb, "organisation", Organisation).where()
    assert org.name == "Ressourcerie \ufffdŒuvre\nbis"
    assert org.notes == "a\nb" and org.sectors == ("x",)
    hits = search.search(tdb.db, "oeuvre")
    assert [h.row_id for h in hits["organisation"]] == [org.id]


def test_bulk_insert_refuses_too_long_text_whole(tdb):
    with pytest.raises(InvalidText) as caught:
        insert_many(tdb, "organisation", [Organisation(name="ok"), Organisation(name="n" * 301)])
    assert caught.value.errors.keys() == {"name"}
    assert caught.value.message.startswith("Fiche « nnnnn")
    assert Records(tdb, "organisation", Organisation).count() == 0


def test_update_cleans_and_an_old_long_value_does_not_block_other_fields(tdb):
    repo = Records(tdb, "organisation", Organisation)
    org = repo.insert(Organisation(name="Ancienne"))
    # a value stored before the limits existed
    with tdb.write() as db:
        db.execute("UPDATE organisation SET name = ? WHERE id = ?", ["L" * 400, org.id])
    org = repo.update(org.id, org.rev, notes="note\x0bsuite")
    assert org.notes == "note\nsuite" and len(org.name) == 400
    with pytest.raises(InvalidText):
        repo.update(org.id, org.rev, name="M" * 400)


def test_meta_values_are_cleaned(tdb):
    write_meta(tdb, {"commune_name": "Privas\x00\x0b"})
    assert tdb.db.execute("SELECT value FROM meta WHERE key = 'commune_name'").fetchone()[0] == (
        "Privas\n"
    )
