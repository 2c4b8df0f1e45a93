"""The annuaire's SQL: JSON lists read with json_each, fits of an offer, current jobs."""

import pytest

from municipaless.core.domain import Affiliation, Organisation, Person, ServiceOffer, Tag, Tagging
from municipaless.storage import directory_queries as q
from municipaless.storage import territory_file
from municipaless.storage.listing import SPECS, ListSource, Where
from municipaless.storage.records import Records

TODAY = "2026-03-15"


@pytest.fixture
def db(tmp_path):
    tdb = territory_file.create(tmp_path / "q.municipaless", "Test")
    records = {
        name: Records(tdb, name, kind)
        for name, kind in (
            ("organisation", Organisation),
            ("service_offer", ServiceOffer),
            ("person", Person),
            ("affiliation", Affiliation),
            ("tag", Tag),
            ("tagging", Tagging),
        )
    }
    yield tdb, records
    tdb.close()


def ids_of(tdb, name, where: Where) -> list[str]:
    source = ListSource(tdb.db, SPECS[name], where)
    return [r[1] for r in source.fetch(0, 100)]


def test_territory_is_read_on_the_structure_and_on_its_offers(db):
    tdb, r = db
    r["organisation"].insert(Organisation(name="A", territory=("dep:07", "reg:84")))
    via_offer = r["organisation"].insert(Organisation(name="B"))
    r["service_offer"].insert(
        ServiceOffer(organisation_id=via_offer.id, service="accueil", territory=("commune:07186",))
    )
    gone = r["organisation"].insert(Organisation(name="C"))
    offer = r["service_offer"].insert(
        ServiceOffer(organisation_id=gone.id, service="accueil", territory=("dep:07",))
    )
    r["service_offer"].delete(offer.id, offer.rev)  # a deleted offer covers nothing
    r["organisation"].insert(Organisation(name="D"))  # nothing stated: not in a filter
    assert ids_of(tdb, "organisation", q.org_territory(["commune:07186", "dep:07"])) == ["A", "B"]
    assert ids_of(tdb, "organisation", q.org_territory(["reg:84"])) == ["A"]
    assert ids_of(tdb, "organisation", q.org_territory([])) == ["A", "B", "C", "D"]
    assert ids_of(tdb, "organisation", q.org_kind([])) == ["A", "B", "C", "D"]


def test_offer_fits_grade_each_criterion(db):
    tdb, r = db
    org = r["organisation"].insert(Organisation(name="A", territory=("dep:07",)))
    open_offer = r["service_offer"].insert(ServiceOffer(organisation_id=org.id, service="creation"))
    narrow = r["service_offer"].insert(
        ServiceOffer(
            organisation_id=org.id,
            service="creation",
            stages=("idee",),
            sectors=("culture",),
            territory=("commune:07186",),
        )
    )
    area = ["commune:07186", "dep:07", "reg:84"]
    fits = {f.offer.id: f for f in q.offer_fits(tdb.db, "creation", "idee", "culture", area)}
    assert (
        fits[narrow.id].stage_fit,
        fits[narrow.id].sector_fit,
        fits[narrow.id].territory_fit,
    ) == (
        2,
        2,
        5,
    )
    # no restriction: fits, one notch lower; territory inherited from the structure
    assert (fits[open_offer.id].stage_fit, fits[open_offer.id].territory_fit) == (1, 3)
    other = q.offer_fits(tdb.db, "creation", "developpement", None, ["commune:07072", "dep:07"])
    assert [f.offer.id for f in other] == [open_offer.id]
    assert q.offer_fits(tdb.db, "formation", None, None, None) == []
    assert [f.stage_fit for f in q.offer_fits(tdb.db, "creation", None, None, None)] == [0, 0]


def test_epcis_are_declared_in_meta(db):
    tdb, _ = db
    tdb.db["meta"].insert_all(
        [
            {"key": "epci:200071413", "value": '["07186", "07072"]'},
            {"key": "epci:broken", "value": "not json"},
        ]
    )
    assert q.epcis_of(tdb.db, "07186") == ["epci:200071413"]
    assert q.epcis_of(tdb.db, "69123") == []


def test_current_and_past_affiliations(db):
    tdb, r = db
    org = r["organisation"].insert(Organisation(name="BGE"))
    anne = r["person"].insert(Person(first_name="Anne", last_name="Roux"))
    paul = r["person"].insert(Person(first_name="Paul", last_name="Abel"))
    for person, role, start, end in (
        (anne, "chargée de mission", "2020-01-01", "2023-12-31"),
        (anne, "directrice", "2024-01-01", None),
        (paul, "stagiaire", "2026-01-01", "2026-06-30"),  # ends later: still current today
    ):
        r["affiliation"].insert(
            Affiliation(
                person_id=person.id, organisation_id=org.id, role=role, start_on=start, end_on=end
            )
        )
    rows = q.people_of_organisation(tdb.db, org.id, TODAY)
    assert [(x.person_name, x.affiliation.role, x.current) for x in rows] == [
        ("Anne Roux", "directrice", True),
        ("Paul Abel", "stagiaire", True),
        ("Anne Roux", "chargée de mission", False),
    ]
    assert [x.affiliation.role for x in q.affiliation_history(tdb.db, anne.id, TODAY)] == [
        "directrice",
        "chargée de mission",
    ]
    assert ids_of(tdb, "person", q.person_roles(["chargée de mission"], TODAY)) == []
    assert ids_of(tdb, "person", q.person_roles(["stagiaire"], TODAY)) == ["Abel"]
    assert ids_of(tdb, "person", q.person_organisation(org.id, "2027-01-01")) == ["Roux"]
    assert q.distinct_roles(tdb.db) == [
        ("chargée de mission", 1),
        ("directrice", 1),
        ("stagiaire", 1),
    ]


def test_tags_count_live_uses(db):
    tdb, r = db
    org = r["organisation"].insert(Organisation(name="BGE"))
    tag = r["tag"].insert(Tag(name="Réseau"))
    r["tag"].insert(Tag(name="archivé"))
    tagging = r["tagging"].insert(
        Tagging(tag_id=tag.id, target_table="organisation", target_id=org.id)
    )
    assert [(t.name, n) for t, n in q.all_tags(tdb.db)] == [("archivé", 0), ("Réseau", 1)]
    assert [t.name for _, _, t in q.taggings_of(tdb.db, "organisation", org.id)] == ["Réseau"]
    assert ids_of(tdb, "organisation", q.tagged("organisation", tag.id)) == ["BGE"]
    r["tagging"].delete(tagging.id, tagging.rev)
    assert ids_of(tdb, "organisation", q.tagged("organisation", tag.id)) == []
