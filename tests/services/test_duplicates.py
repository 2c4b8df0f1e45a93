"""French-aware duplicate detection: suggestions while creating, the review, dismissed pairs."""

import pytest

from municipaless.services import directory
from municipaless.services.directory import duplicates
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import duplicate_queries


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "dups.municipaless", "Test")
    yield t
    t.close()


def org(t, **values):
    return directory.save_organisation(t, values).id


def person(t, **values):
    return directory.save_person(t, values).id


def test_normalisation():
    assert duplicates.name_words("Asso. Les Œuvres d'Ardèche") == (
        "association",
        "les",
        "oeuvres",
        "d",
        "ardeche",
    )
    assert duplicates.core_name("Assoc. La Ruche") == duplicates.core_name("LA RUCHE") == "ruche"
    assert duplicates.core_name("Sté coopérative du Rhône") == "rhone"
    assert duplicates.core_name("Association") == "association"  # nothing else to keep
    same = {"04 75 64 12 34", "04.75.64.12.34", "+33 4 75 64 12 34", "0033475641234"}
    assert {duplicates.normal_phone(p) for p in same} == {"+33475641234"}
    assert duplicates.normal_email(" Contact@BGE.fr ") == "contact@bge.fr"


def test_suggestions_while_creating_a_structure(territory):
    t = territory
    ruche = org(t, name="Association La Ruche", commune_insee="07186")
    org(t, name="SCOP Le Grenier", commune_insee="07186")
    matches = duplicates.matches_for(t, "organisation", {"name": "Asso. la ruche"})
    assert [m.row_id for m in matches] == [ruche]
    assert matches[0].reasons[0] == "même nom" and matches[0].label == "Association La Ruche"
    typo = duplicates.matches_for(
        t, "organisation", {"name": "La Rucehe", "commune_insee": "07186"}
    )
    assert [m.row_id for m in typo] == [ruche]
    assert "même commune" in typo[0].reasons
    assert duplicates.matches_for(t, "organisation", {"name": "Le Moulin"}) == []


def test_identifiers_find_a_record_whatever_its_name(territory):
    t = territory
    bge = org(t, name="BGE Ardèche", siret="73282932000074", phone="04 75 64 12 34")
    org(t, name="Autre", email="accueil@autre.fr")
    by_siret = duplicates.matches_for(
        t, "organisation", {"name": "Boutique de gestion", "siret": "732 829 320 00074"}
    )
    assert (by_siret[0].row_id, by_siret[0].score, by_siret[0].reasons) == (
        bge,
        100,
        ("même SIRET",),
    )
    by_phone = duplicates.matches_for(
        t, "organisation", {"name": "BGE", "phone": "+33 4 75 64 12 34"}
    )
    assert by_phone[0].row_id == bge and "même téléphone" in by_phone[0].reasons
    by_mail = duplicates.matches_for(t, "organisation", {"name": "x", "email": "ACCUEIL@autre.fr"})
    assert "même adresse e-mail" in by_mail[0].reasons


def test_people_swapped_accents_capitals_and_work_email(territory):
    t = territory
    helene = person(t, first_name="Hélène", last_name="Dupont-Martin")
    paul = person(t, first_name="Paul", last_name="Durand")
    bge = org(t, name="BGE")
    directory.add_affiliation(t, paul, bge, email="p.durand@bge.fr")
    swapped = duplicates.matches_for(
        t, "person", {"first_name": "DUPONT MARTIN", "last_name": "Helene"}
    )
    assert [m.row_id for m in swapped] == [helene]
    assert "nom et prénom inversés" in swapped[0].reasons
    by_work_mail = duplicates.matches_for(
        t, "person", {"first_name": "Paul", "last_name": "Durant", "email": "P.Durand@bge.fr"}
    )
    assert by_work_mail[0].row_id == paul and by_work_mail[0].score >= 90


def test_homonyms_with_their_own_addresses_are_not_duplicates(territory):
    t = territory
    person(t, first_name="Marie", last_name="Martin", email="marie.martin@exemple.fr")
    person(t, first_name="Marie", last_name="Martin", email="m.martin@ailleurs.fr")
    person(t, first_name="Jean", last_name="Roux")
    person(t, first_name="Jean", last_name="Roux")
    assert duplicates.review(t, "person") == []
    # a name alone is a suggestion while typing, not a pair for the review
    typed = duplicates.matches_for(t, "person", {"first_name": "Jean", "last_name": "Roux"})
    assert len(typed) == 2 and all(m.score < duplicates.REVIEW_THRESHOLD for m in typed)


def test_review_finds_the_pairs_and_forgets_dismissed_ones(territory, tmp_path):
    t = territory
    a = org(t, name="Ressourcerie La Bobine", commune_insee="07186", phone="04 75 00 00 01")
    b = org(t, name="RESSOURCERIE LA BOBINE", commune_insee="07186")
    c = org(t, name="Ressourcerie La Bobnie", phone="04.75.00.00.01")
    org(t, name="Ressourcerie Le Grenier", commune_insee="07186")
    org(t, name="Épicerie solidaire La Bobine", commune_insee="07349")
    p1 = person(t, first_name="Léa", last_name="Roux", email="lea@exemple.fr")
    p2 = person(t, first_name="Lea", last_name="ROUX", email="LEA@exemple.fr")
    pairs = duplicates.review(t, "organisation")
    # b and c share neither a phone nor the exact name: close (72), not a pair for review
    assert {frozenset((p.a_id, p.b_id)) for p in pairs} == {frozenset((a, b)), frozenset((a, c))}
    assert all(p.a_id < p.b_id for p in pairs)
    assert pairs == sorted(pairs, key=lambda p: -p.score)
    people = duplicates.review(t, "person")
    assert [(p.score, {p.a_id, p.b_id}) for p in people] == [(95, {p1, p2})]

    duplicates.mark_not_duplicate(t, "organisation", c, a)
    path = t.path
    t.close()
    again = open_territory(path, "Test", OpenMode.UNLOCKED)
    try:
        remaining = {frozenset((p.a_id, p.b_id)) for p in duplicates.review(again, "organisation")}
        assert remaining == {frozenset((a, b))}
        edited = duplicates.matches_for(
            again, "organisation", {"name": "Ressourcerie La Bobine"}, exclude_id=c
        )
        assert [m.row_id for m in edited] == [b]  # not itself, not the dismissed a
        duplicates.unmark_not_duplicate(again, "organisation", a, c)
        assert len(duplicates.review(again, "organisation")) == 2
    finally:
        again.close()


def test_generic_words_do_not_make_a_pair(territory):
    """« Mairie de Privas » and « Mairie de Coux » share a word that many names have."""
    t = territory
    for commune in ("Privas", "Coux", "Flaviac", "Veyras", "Alissas", "Lyas"):
        org(t, name=f"Mairie de {commune}")
        org(t, name=f"Habitat partagé {commune}")
    assert duplicates.review(t, "organisation") == []


def test_a_suggestion_reads_only_the_candidates(territory, monkeypatch):
    t = territory
    for i in range(40):
        org(t, name=f"Association numéro {i} de Privas" if i % 2 else f"Club {i}")
    wanted = org(t, name="Garage solidaire du Pouzin")
    asked = []
    real_rows = duplicate_queries.rows

    def spy(db, table, ids=None):
        asked.append(ids)
        return real_rows(db, table, ids)

    monkeypatch.setattr(duplicate_queries, "rows", spy)
    matches = duplicates.matches_for(t, "organisation", {"name": "Garage solidaire Le Pouzin"})
    assert [m.row_id for m in matches] == [wanted]
    assert asked == [[wanted]]  # one SQL read of the one candidate, never the whole table


def test_the_demo_has_near_duplicates_to_review(tmp_path):
    """The small demo shows the review at work: a few structures and porteurs typed twice."""
    from datetime import date

    from municipaless.services import demo

    path = tmp_path / "demo.municipaless"
    demo.generate(path, "small", seed=1, today=date(2026, 3, 15))
    t = open_territory(path, "Test", OpenMode.READ_ONLY)
    try:
        orgs, people = duplicates.review(t, "organisation"), duplicates.review(t, "person")
        assert len(orgs) >= 2 and len(people) >= 3
        assert all(p.reasons for p in orgs + people)
        tags = {tag.name: uses for tag, uses in directory.all_tags(t)}
        assert tags["Partenaire clé"] > 0 and tags["Réseau ESS"] > 0
        offers = t.records["service_offer"].where()
        assert any(not o.stages for o in offers) and any(o.stages for o in offers)
        assert any(o.territory for o in offers)  # Initiative's loans: the agglomeration only
        ended = [a for a in t.records["affiliation"].where() if a.end_on]
        assert ended
    finally:
        t.close()
