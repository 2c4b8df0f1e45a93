"""The global index: folded, prefix, grouped, in step with every write."""

import pytest

from municipaless.core.domain import Decision, Meeting, Organisation, Person, Project
from municipaless.storage import search
from municipaless.storage.records import Records


@pytest.fixture
def filled(tdb):
    orgs = Records(tdb, "organisation", Organisation)
    for name in [
        "Cœur de Ville",
        "Économie Solidaire 42",
        "L'Atelier",
        "Saint-Étienne Métropole",
        "Œuvre des Tricoteuses",
    ]:
        orgs.insert(Organisation(name=name))
    Records(tdb, "person", Person).insert(Person(first_name="Zoé", last_name="Lefèvre"))
    meeting = Records(tdb, "meeting", Meeting).insert(
        Meeting(title="COPIL ESS", starts_at="2026-03-02T10:00")
    )
    Records(tdb, "decision", Decision).insert(
        Decision(meeting_id=meeting.id, number="COPIL-2026-01", text="Lancer l'appel à projets")
    )
    return tdb


def labels(tdb, query):
    return {hit.label for hits in search.search(tdb.db, query).values() for hit in hits}


@pytest.mark.parametrize(
    "query, expected",
    [
        ("coeur", "Cœur de Ville"),
        ("CŒUR", "Cœur de Ville"),
        ("oeuvre", "Œuvre des Tricoteuses"),
        ("econ", "Économie Solidaire 42"),
        ("atelier", "L'Atelier"),
        ("l’atelier", "L'Atelier"),
        ("saint etienne", "Saint-Étienne Métropole"),
        ("saint-étienne", "Saint-Étienne Métropole"),
        ("zoe lef", "Zoé Lefèvre"),
        ("copil 2026", "COPIL-2026-01 · Lancer l'appel à projets"),
    ],
)
def test_folded_prefix_search(filled, query, expected):
    assert expected in labels(filled, query)


def test_results_are_grouped_by_kind(filled):
    results = search.search(filled.db, "copil")
    assert set(results) == {"meeting", "decision"}


def test_empty_or_punctuation_query_finds_nothing(filled):
    assert search.search(filled.db, "") == {}
    assert search.search(filled.db, " ' - ") == {}
    assert search.search(filled.db, 'a"b*') == {}


def test_index_follows_updates_deletes_and_restores(filled):
    projects = Records(filled, "project", Project)
    project = projects.insert(Project(name="Recyclerie du Diois", reference="P-1"))
    assert "Recyclerie du Diois" in labels(filled, "recycl")
    renamed = projects.update(project.id, project.rev, name="Ressourcerie du Diois")
    assert "Recyclerie du Diois" not in labels(filled, "recycl")
    assert "Ressourcerie du Diois" in labels(filled, "ressour")
    deleted = projects.delete(renamed.id, renamed.rev)
    assert labels(filled, "ressour") == set()
    projects.restore(deleted.id)
    assert "Ressourcerie du Diois" in labels(filled, "ressour")
    docs = filled.db.execute("SELECT count(*) FROM search_doc").fetchone()[0]
    entries = filled.db.execute("SELECT count(*) FROM search_index").fetchone()[0]
    assert docs == entries


def test_erased_person_leaves_the_index(filled):
    people = Records(filled, "person", Person)
    person = people.where("last_name = ?", ["Lefèvre"])[0]
    people.update(person.id, person.rev, erased_at="2026-11-26T10:00:00Z")
    assert labels(filled, "zoe") == set()


def test_project_hits_show_the_stage_label(tdb):
    Records(tdb, "project", Project).insert(
        Project(name="Épicerie du Coiron", reference="P-7", stage="emergence")
    )
    hits = search.search(tdb.db, "coiron")["project"]
    assert hits[0].detail == "P-7 · Émergence"


def test_hits_show_french_dates_national_phones_and_the_project_of_an_entry(tdb):
    from municipaless.core.domain import CaseEvent

    Records(tdb, "person", Person).insert(
        Person(first_name="Zoé", last_name="Lefèvre", email="zoe@example.org", phone="+33475641234")
    )
    Records(tdb, "person", Person).insert(
        Person(first_name="Zoltan", last_name="Lefèvre", phone="+3221234567")
    )
    Records(tdb, "meeting", Meeting).insert(
        Meeting(title="COPIL ESS", starts_at="2024-01-04T09:00", place="Mairie")
    )
    project = Records(tdb, "project", Project).insert(
        Project(reference="P-2024-0007", name="Épicerie des Bruyères")
    )
    Records(tdb, "case_event", CaseEvent).insert(
        CaseEvent(
            project_id=project.id, kind="accueil", occurred_on="2024-01-05", subject="Accueil"
        )
    )
    details = {
        hit.label: hit.detail
        for query in ("lefevre", "copil", "accueil")
        for hits in search.search(tdb.db, query).values()
        for hit in hits
    }
    assert details["Zoé Lefèvre"] == "zoe@example.org · 04 75 64 12 34"
    assert details["Zoltan Lefèvre"] == "+32 2 123 45 67"
    assert details["COPIL ESS"] == "04/01/2024 09:00 · Mairie"
    assert details["Accueil"] == "05/01/2024 · P-2024-0007 · Épicerie des Bruyères"
    # a file indexed before (its detail stored raw) shows the same: read again at query time
    tdb.db.conn.execute("UPDATE search_index SET detail = 'brut' WHERE kind = 'meeting'")
    hit = search.search(tdb.db, "copil")["meeting"][0]
    assert hit.detail == "04/01/2024 09:00 · Mairie"
