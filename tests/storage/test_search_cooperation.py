"""The global search finds the cooperation records (issue #16): enjeux, calls, candidatures,
collectifs and ateliers, folded like every kind, in step with every write, bulk load, merge
and rebuild."""

import pytest

from municipaless.core.cooperation import Collective, ProjectCall, Submission, Workshop
from municipaless.core.domain import Challenge, Project
from municipaless.storage import recovery, search
from municipaless.storage.bulk import insert_many
from municipaless.storage.records import Records


@pytest.fixture
def filled(tdb):
    project = Records(tdb, "project", Project).insert(
        Project(reference="P-2026-0042", name="Épicerie solidaire du Coiron")
    )
    call = Records(tdb, "project_call", ProjectCall).insert(
        ProjectCall(reference="AAP-2026-01", title="Coopérer en Centre Ardèche", status="ouvert")
    )
    Records(tdb, "submission", Submission).insert(
        Submission(call_id=call.id, project_id=project.id, category="Coopérer pour se développer")
    )
    Records(tdb, "collective", Collective).insert(
        Collective(name="SCIC Légumerie du Centre Ardèche", kind="scic")
    )
    Records(tdb, "workshop", Workshop).insert(
        Workshop(
            title="Tenir la comptabilité d'une petite structure",
            theme="Comptabilité",
            starts_at="2026-09-21T09:00",
            place="Le Moulinage, Chomérac",
        )
    )
    Records(tdb, "challenge", Challenge).insert(
        Challenge(title="Accès aux droits et inclusion numérique", position=9)
    )
    return tdb


def hits(tdb, query, kind):
    return [(h.label, h.detail) for h in search.search(tdb.db, query).get(kind, [])]


@pytest.mark.parametrize(
    "query, kind, label",
    [
        ("cooperer centre", "project_call", "Coopérer en Centre Ardèche"),
        ("AAP-2026", "project_call", "Coopérer en Centre Ardèche"),
        ("epicerie", "submission", "Épicerie solidaire du Coiron — AAP-2026-01"),
        ("aap 2026 01", "submission", "Épicerie solidaire du Coiron — AAP-2026-01"),
        ("p-2026-0042", "submission", "Épicerie solidaire du Coiron — AAP-2026-01"),
        ("legumerie", "collective", "SCIC Légumerie du Centre Ardèche"),
        ("COMPTABILITE", "workshop", "Tenir la comptabilité d'une petite structure"),
        ("moulinage", "workshop", "Tenir la comptabilité d'une petite structure"),
        ("inclusion numérique", "challenge", "Accès aux droits et inclusion numérique"),
        ("acces droits", "challenge", "Accès aux droits et inclusion numérique"),
    ],
)
def test_cooperation_records_are_found_folded(filled, query, kind, label):
    assert label in [h[0] for h in hits(filled, query, kind)]


def test_hits_say_what_they_are(filled):
    assert hits(filled, "cooperer", "project_call") == [
        ("Coopérer en Centre Ardèche", "AAP-2026-01 · Ouvert")
    ]
    assert hits(filled, "epicerie", "submission") == [
        ("Épicerie solidaire du Coiron — AAP-2026-01", "P-2026-0042 · Reçue")
    ]
    assert hits(filled, "legumerie", "collective") == [
        ("SCIC Légumerie du Centre Ardèche", "SCIC")  # the kind's label, not its code
    ]
    assert hits(filled, "comptabilite", "workshop")[0][1].startswith("21/09/2026")


def test_the_enjeux_a_file_was_created_with_are_found_before_and_after_an_edit(tdb):
    """The migration seeds five enjeux without index entries: found all the same, once."""
    assert hits(tdb, "alimentation", "challenge") == [("Alimentation durable", "Actif")]
    records = Records(tdb, "challenge", Challenge)
    seeded = records.where("title = ?", ["Alimentation durable"])[0]
    records.update(seeded.id, seeded.rev, status="atteint")
    assert hits(tdb, "alimentation", "challenge") == [("Alimentation durable", "Atteint")]
    assert hits(tdb, "durable alim", "challenge") == [("Alimentation durable", "Atteint")]
    assert hits(tdb, "velo", "challenge") == []
    records.delete(seeded.id, seeded.rev + 1)
    assert hits(tdb, "alimentation", "challenge") == []


def test_renaming_a_project_or_a_call_renames_its_candidatures(filled):
    projects = Records(filled, "project", Project)
    project = projects.where("reference = ?", ["P-2026-0042"])[0]
    projects.update(project.id, project.rev, name="Épicerie coopérative du Coiron")
    assert hits(filled, "epicerie solidaire", "submission") == []
    assert [h[0] for h in hits(filled, "epicerie coop", "submission")] == [
        "Épicerie coopérative du Coiron — AAP-2026-01"
    ]
    calls = Records(filled, "project_call", ProjectCall)
    call = calls.where()[0]
    calls.update(call.id, call.rev, reference="AAP-2026-07")
    assert [h[0] for h in hits(filled, "aap 2026 07", "submission")] == [
        "Épicerie coopérative du Coiron — AAP-2026-07"
    ]


def test_index_follows_deletes_and_restores(filled):
    subs = Records(filled, "submission", Submission)
    sub = subs.where()[0]
    deleted = subs.delete(sub.id, sub.rev)
    assert hits(filled, "epicerie", "submission") == []
    subs.restore(deleted.id)
    assert len(hits(filled, "epicerie", "submission")) == 1
    workshops = Records(filled, "workshop", Workshop)
    w = workshops.where()[0]
    workshops.update(w.id, w.rev, status="annule")
    assert hits(filled, "comptabilite", "workshop")[0][1].endswith("Annulé")
    docs = filled.db.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    entries = filled.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert docs == entries


def test_bulk_inserts_are_indexed_with_their_project_and_call(tdb):
    project = Records(tdb, "project", Project).insert(
        Project(reference="P-2025-0007", name="Ressourcerie L'Œuvre Commune")
    )
    call = Records(tdb, "project_call", ProjectCall).insert(
        ProjectCall(reference="AAP-2025-02", title="Réemploi et économie circulaire")
    )
    insert_many(tdb, "submission", [Submission(call_id=call.id, project_id=project.id)])
    insert_many(tdb, "collective", [Collective(name="Œuvre commune des ressourceries")])
    assert [h[0] for h in hits(tdb, "oeuvre", "submission")] == [
        "Ressourcerie L'Œuvre Commune — AAP-2025-02"
    ]
    assert [h[0] for h in hits(tdb, "oeuvre", "collective")] == ["Œuvre commune des ressourceries"]


def test_a_recovered_file_indexes_them_again(filled, tmp_path):
    source = filled.path
    filled.close()
    target = tmp_path / "recovered.municipaless"
    recovery.recover(source, target)
    from municipaless.storage import territory_file

    again = territory_file.open_database(target)
    try:
        assert [h[0] for h in hits_db(again.db, "epicerie", "submission")] == [
            "Épicerie solidaire du Coiron — AAP-2026-01"
        ]
        for query, kind in (
            ("legumerie", "collective"),
            ("comptabilite", "workshop"),
            ("cooperer", "project_call"),
            ("numerique", "challenge"),
        ):
            assert hits_db(again.db, query, kind), kind
    finally:
        again.close()


def hits_db(db, query, kind):
    return [(h.label, h.detail) for h in search.search(db, query).get(kind, [])]
