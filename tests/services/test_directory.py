"""The annuaire's use cases: saving structures with offers and tags, jobs with their history,
list filters as the officer uses them, and the orientation matcher."""

import pytest

from municipaless.services import directory
from municipaless.storage.errors import ConflictError
from tests.services.directory_sample import COUX, LYON, PARIS, PRIVAS, TODAY, build


@pytest.fixture
def annuaire(tmp_path):
    t, ids = build(tmp_path / "annuaire.municipaless")
    yield t, ids
    t.close()


def names(t, name, where, sort=0):
    source = t.list_source(name, where)
    rows = source.fetch(0, 100, sort)
    assert source.count() == len(rows)
    return [r[1] for r in rows]


def org_names(t, **criteria):
    return names(t, "organisation", directory.organisation_filter(t, **criteria))


def person_names(t, **criteria):
    where = directory.person_filter(t, today=TODAY.isoformat(), **criteria)
    return names(t, "person", where)


# --- saving -------------------------------------------------------------------------------------


def test_organisation_offers_and_tags_are_saved_together(annuaire):
    t, ids = annuaire
    offers = directory.offers_of(t, ids["bge"])
    assert [(o.service, o.stages, o.conditions) for o in offers] == [
        ("creation", ("idee", "emergence"), "Gratuit"),
        ("formation", (), ""),
    ]
    org = t.records["organisation"].get(ids["bge"])
    assert org.phone == "+33475000001"  # normalised by validation
    # « partenaire cle » found the existing « Partenaire clé »: one tag, two records
    assert [(tag.name, uses) for tag, uses in directory.all_tags(t)] == [("Partenaire clé", 2)]


def test_offers_are_updated_added_and_removed_in_one_save(annuaire):
    t, ids = annuaire
    org = t.records["organisation"].get(ids["bge"])
    creation, formation = directory.offers_of(t, org.id)
    directory.save_organisation(
        t,
        {"notes": "Permanence le mardi"},
        row_id=org.id,
        rev=org.rev,
        offers=[
            {"id": creation.id, "rev": creation.rev, "service": "creation", "stages": ()},
            {"service": "diagnostic", "conditions": "Sur rendez-vous"},
        ],
        tags=[],
    )
    offers = directory.offers_of(t, org.id)
    assert [(o.service, o.stages) for o in offers] == [("creation", ()), ("diagnostic", ())]
    assert t.records["service_offer"].get(formation.id, include_deleted=True).deleted_at
    assert directory.tags_of(t, "organisation", org.id) == []


def test_a_bad_field_saves_nothing_and_says_which(annuaire):
    t, ids = annuaire
    before = t.records["organisation"].count()
    with pytest.raises(directory.InvalidInput) as caught:
        directory.save_organisation(
            t,
            {"name": "  ", "siret": "123", "email": "contact@", "phone": "12"},
            offers=[{"service": ""}],
        )
    errors = caught.value.errors
    assert set(errors) == {"name", "siret", "email", "phone", "offers[0].service"}
    assert "SIRET" in errors["siret"] and "obligatoire" in errors["name"]
    assert "enregistrée" in caught.value.message
    assert t.records["organisation"].count() == before


def test_a_stale_offer_rolls_back_the_whole_save(annuaire):
    t, ids = annuaire
    org = t.records["organisation"].get(ids["bge"])
    creation, _ = directory.offers_of(t, org.id)
    t.save(
        "service_offer",
        {"conditions": "changé par un collègue"},
        row_id=creation.id,
        rev=creation.rev,
    )
    with pytest.raises(ConflictError):
        directory.save_organisation(
            t,
            {"name": "BGE renommée"},
            row_id=org.id,
            rev=org.rev,
            offers=[{"id": creation.id, "rev": creation.rev, "service": "creation"}],
        )
    assert t.records["organisation"].get(org.id).name == "BGE Ardèche Drôme"
    assert len(directory.offers_of(t, org.id)) == 2


def test_siret_gives_the_siren_and_they_must_agree(annuaire):
    t, _ = annuaire
    org = directory.save_organisation(t, {"name": "Exemple SA", "siret": "732 829 320 00074"})
    assert (org.siret, org.siren) == ("73282932000074", "732829320")
    with pytest.raises(directory.InvalidInput) as caught:
        directory.save_organisation(
            t, {"name": "X", "siret": "73282932000074", "siren": "552032534"}
        )
    assert set(caught.value.errors) == {"siren"}


def test_change_of_affiliation_keeps_the_history(annuaire):
    t, ids = annuaire
    directory.change_affiliation(
        t, ids["paul"], ids["initiative"], role="chargé d'investissement", start_on="2026-02-01"
    )
    history = directory.history_of(t, ids["paul"], today=TODAY.isoformat())
    assert [(r.organisation_name, r.affiliation.role, r.current) for r in history] == [
        ("Initiative Centre Ardèche", "chargé d'investissement", True),
        ("BGE Ardèche Drôme", "conseiller création", False),
    ]
    assert history[1].affiliation.end_on == "2026-01-31"
    people = directory.people_of(t, ids["bge"], today=TODAY.isoformat())
    assert [(r.person_name, r.current) for r in people] == [
        ("Paul Durand", False),  # ended 2026-01-31
        ("Anne Martin", False),  # ended 2023-12-31
    ]


def test_an_affiliation_cannot_end_before_it_starts(annuaire):
    t, ids = annuaire
    row = directory.history_of(t, ids["anne"], today=TODAY.isoformat())[0]
    with pytest.raises(directory.InvalidInput) as caught:
        directory.end_affiliation(t, row.affiliation.id, row.affiliation.rev, "01/01/2020")
    assert "précède" in caught.value.errors["end_on"]
    ended = directory.end_affiliation(t, row.affiliation.id, row.affiliation.rev, "28/02/2026")
    assert ended.end_on == "2026-02-28"


def test_a_person_needs_a_name(annuaire):
    t, _ = annuaire
    with pytest.raises(directory.InvalidInput) as caught:
        directory.save_person(t, {"email": "x@example.fr"})
    assert set(caught.value.errors) == {"last_name"}


# --- list filters -------------------------------------------------------------------------------


def test_organisation_filters(annuaire):
    t, _ = annuaire
    assert org_names(t, kind="collectivite") == ["Agglo Privas"]
    assert org_names(t, service="creation") == [
        "Agglo Privas",
        "BGE Ardèche Drôme",
        "Incubateur parisien",
        "Structure sans territoire",
    ]
    assert org_names(t, instrument="pret_honneur") == ["Initiative Centre Ardèche"]
    # a sector named by the structure or by one of its offers
    assert org_names(t, sector="agriculture") == ["Agglo Privas"]
    assert org_names(t, sector="numerique") == ["Incubateur parisien"]
    assert org_names(t, tag=directory.tag_named(t, "Partenaire clé").id) == [
        "BGE Ardèche Drôme",
        "Initiative Centre Ardèche",
    ]
    assert org_names(t, text="ardeche") == ["BGE Ardèche Drôme", "Initiative Centre Ardèche"]
    assert org_names(t, kind="accompagnement", text="incub") == ["Incubateur parisien"]


def test_territory_filter_covers_a_commune_through_its_departement_and_region(annuaire):
    t, _ = annuaire
    covering_privas = [
        "Agglo Privas",  # names the commune
        "BGE Ardèche Drôme",  # dep:07
        "Initiative Centre Ardèche",
        "Région AURA",  # reg:84
    ]
    assert org_names(t, commune=PRIVAS) == covering_privas
    assert org_names(t, commune=COUX) == covering_privas
    assert org_names(t, commune=LYON) == ["Région AURA"]
    assert org_names(t, commune=PARIS) == ["Incubateur parisien"]
    assert org_names(t, territory_code="dep:07") == [
        "BGE Ardèche Drôme",
        "Initiative Centre Ardèche",
    ]


def test_person_filters(annuaire):
    t, ids = annuaire
    assert person_names(t, organisation=ids["bge"]) == ["Durand"]
    assert person_names(t, organisation=ids["bge"], past=True) == ["Durand", "Martin"]
    assert person_names(t, role="CHARGEE") == []  # Anne's chargée de mission job has ended
    assert person_names(t, role="directrice") == ["Martin"]
    assert person_names(t, role="conseiller creation") == ["Durand"]
    assert person_names(t, has_email=True) == ["Martin"]
    assert person_names(t, has_email=False) == ["Durand", "Roux"]
    assert person_names(t, contact=False) == ["Roux"]
    assert person_names(t, text="lea") == ["Roux"]


def test_person_list_shows_the_current_affiliation(annuaire):
    t, _ = annuaire
    source = t.list_source("person")
    keys = [c.key for c in source.columns]
    rows = {r[1]: dict(zip(keys, r[1:], strict=True)) for r in source.fetch(0, 10)}
    assert (rows["Martin"]["organisation"], rows["Martin"]["role"]) == (
        "Initiative Centre Ardèche",
        "directrice",
    )
    assert rows["Roux"]["organisation"] is None


# --- orientation --------------------------------------------------------------------------------


def fit_names(t, *args):
    return [(f.organisation.name, f.score) for f in directory.organisations_for(t, *args)]


def test_organisations_for_ranks_the_closest_first(annuaire):
    t, _ = annuaire
    fits = directory.organisations_for(t, "creation", "emergence", "agriculture", PRIVAS)
    assert [f.organisation.name for f in fits] == [
        "Agglo Privas",  # stage, sector and commune named
        "BGE Ardèche Drôme",  # stage named, all sectors, département
        "Structure sans territoire",  # no restriction at all, territory unknown
    ]
    assert fits[0].score == 100
    assert fits[0].score > fits[1].score > fits[2].score
    assert "intervient sur le département" in fits[1].reasons
    assert "territoire d'intervention non précisé" in fits[2].reasons
    # Paris's incubator serves the stage but not Privas; none serves the « idee » of Coux here
    assert "Incubateur parisien" not in [f.organisation.name for f in fits]


def test_stage_and_territory_exclude(annuaire):
    t, _ = annuaire
    assert [n for n, _ in fit_names(t, "creation", "developpement", None, PRIVAS)] == [
        "Structure sans territoire"
    ]
    # the offer's own territory (Privas only) wins over its structure's (dep:07)
    assert [n for n, _ in fit_names(t, "pret_honneur", "creation", None, PRIVAS)] == [
        "Initiative Centre Ardèche"
    ]
    assert fit_names(t, "pret_honneur", "creation", None, COUX) == []


def test_a_financing_need_finds_every_instrument_and_an_instrument_its_generic_offers(annuaire):
    t, _ = annuaire
    assert [n for n, _ in fit_names(t, "financement", None, None, PRIVAS)] == [
        "Initiative Centre Ardèche",
        "Région AURA",
    ]
    t2 = directory.save_organisation(
        t, {"name": "Fonds local", "territory": ("dep:07",)}, offers=[{"service": "financement"}]
    )
    fits = directory.organisations_for(t, "pret_honneur", "creation", None, PRIVAS)
    assert [f.organisation.id for f in fits][-1] == t2.id
    assert fits[0].score > fits[-1].score


def test_area_codes_of_a_commune(annuaire):
    t, _ = annuaire
    assert directory.area_codes(t, PRIVAS) == (
        "commune:07186",
        "dep:07",
        "reg:84",
        "pays:FR",
    )
    t.tdb.db["meta"].insert({"key": "epci:200071413", "value": f'["{PRIVAS}"]'}, replace=True)
    assert "epci:200071413" in directory.area_codes(t, PRIVAS)
    assert directory.area_codes(t, "99999") == ()


def test_blank_text_fields_from_a_form_are_stored_as_empty_text(tmp_path):
    from municipaless.services import directory
    from municipaless.services.file.territory import Territory

    t = Territory.create(tmp_path / "t.municipaless")
    try:
        org = directory.save_organisation(
            t, {"name": "Les Cigales", "acronym": None, "address": None, "notes": None}
        )
        stored = t.records["organisation"].get(org.id)
        assert (stored.acronym, stored.address, stored.notes) == ("", "", "")
    finally:
        t.close()
