"""The territory a file covers (commune or EPCI) and the shipped EPCI list behind it."""

import csv
import getpass

import pytest

from municipaless.core.paths import epci_csv
from municipaless.services.file import officer, places, territory_scope
from municipaless.services.file import settings as territory_settings
from municipaless.services.file.territory import Territory
from municipaless.services.geography import communes, epci
from municipaless.services.geography.territory_search import search_territories


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Camille")
    yield t
    t.close()


def _rows():
    with epci_csv().open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _epcis(text):
    """The intercommunalités the assistant offers for ``text`` (the annuaire's search)."""
    return [c.name for c in search_territories(text, limit=200) if c.kind == "epci"]


def test_epci_search_is_accent_insensitive_and_finds_real_epcis():
    names = _epcis("ardeche")
    assert "CA Privas Centre Ardèche" in names
    assert _epcis("MONTAGNE D'ARDECHE") == ["CC Montagne d'Ardèche"]
    assert _epcis("val d'eyrieux") == ["CC Val Eyrieux"]
    assert all("ardeche" in name.lower().replace("è", "e") for name in _epcis("ardeche"))
    assert _epcis("") == []
    assert _epcis("zzzz-no-such-epci") == []


def test_epci_members_are_the_file_rows_most_populated_first():
    rows = [r for r in _rows() if r["siren_epci"] == "200071413"]
    found = epci.get("200071413")
    assert found is not None and found.name == "CA Privas Centre Ardèche"
    assert sorted(epci.members("200071413")) == sorted(r["insee_commune"] for r in rows)
    assert epci.members("200071413")[0] == "07186"  # Privas, the most populated
    assert epci.of_commune("07186") == found
    assert epci.members("000000000") == []


def test_every_epci_member_is_a_known_commune_and_belongs_to_one_epci():
    rows = _rows()
    codes = [r["insee_commune"] for r in rows]
    assert len(codes) == len(set(codes))
    assert len({r["siren_epci"] for r in rows}) == len(epci.all_epcis()) > 1000
    unknown = [c for c in codes if communes.commune_name(c) == c]
    assert unknown == []


def _communes(text):
    return [(c.code.removeprefix("commune:"), c.name) for c in search_territories(text, limit=200)
            if c.kind == "commune"]  # fmt: skip


def test_commune_search_folds_accents_and_puts_names_starting_with_the_words_first():
    hits = _communes("saint etienne")
    assert hits[0] == ("42218", "Saint-Étienne")
    assert _communes("07186") == [("07186", "Privas")]
    assert ("07186", "Privas") in _communes("PRIVAS")


def test_scope_round_trip_and_commune_name_follows_the_scope(territory):
    assert territory_scope.load(territory) == territory_scope.TerritoryScope()
    scope = territory_scope.TerritoryScope(
        "epci", "200071413", "CA Privas Centre Ardèche", ["07186", "07349", "07186"]
    )
    territory_scope.save(territory, scope)
    loaded = territory_scope.load(territory)
    assert loaded.kind == "epci" and loaded.code == "200071413"
    assert loaded.communes == ["07186", "07349"]  # duplicates dropped, order kept
    assert territory_settings.load(territory).commune_name == "CA Privas Centre Ardèche"
    # A name the officer typed is never replaced by a later scope.
    settings = territory_settings.load(territory)
    settings.commune_name = "Ville de Privas"
    territory_settings.save(territory, settings)
    territory_scope.save(
        territory, territory_scope.TerritoryScope("commune", "07186", "Privas", ["07186"])
    )
    assert territory_settings.load(territory).commune_name == "Ville de Privas"
    assert territory_scope.load(territory).communes == ["07186"]


def test_a_damaged_scope_reads_as_undefined(territory):
    from municipaless.storage.bulk import write_meta

    write_meta(territory.tdb, {"territory_kind": "pays", "territory_communes": "{not json"})
    scope = territory_scope.load(territory)
    assert not scope.defined and scope.kind == "" and scope.communes == []


@pytest.fixture
def profile_dir(tmp_path, monkeypatch):
    path = tmp_path / "config" / "agent.json"
    monkeypatch.setattr(officer, "profile_path", lambda: path)
    return path


def test_profile_missing_corrupt_or_foreign_reads_empty(profile_dir):
    assert officer.load_profile() == officer.OfficerProfile()
    profile_dir.parent.mkdir(parents=True)
    for content in ("{not json", "[1, 2]", '{"name": 3}', "\xff"):
        profile_dir.write_text(content, "utf-8")
        assert officer.load_profile().name == ""
    profile_dir.write_bytes(b"\xff\xfe\x00garbage")
    assert officer.load_profile() == officer.OfficerProfile()


def test_profile_round_trip_and_officer_name_fallback(profile_dir):
    assert places.officer_name() == getpass.getuser()
    officer.save_profile(
        officer.OfficerProfile(
            "  Marie\tDurand ", "Chargée de mission ESS", "m@x.fr", "+33475000000"
        )
    )
    assert officer.load_profile() == officer.OfficerProfile(
        "Marie Durand", "Chargée de mission ESS", "m@x.fr", "+33475000000"
    )
    assert places.officer_name() == "Marie Durand"
    assert [p.name for p in profile_dir.parent.iterdir()] == ["agent.json"]  # no temp left
    officer.save_profile(officer.OfficerProfile())
    assert places.officer_name() == getpass.getuser()


def test_profile_signs_changes_and_organises_invitations(profile_dir, territory):
    assert territory_settings.invitation_organizer(territory) == ("Camille", "")
    officer.save_profile(officer.OfficerProfile("Marie Durand", email="marie@mairie.fr"))
    officer.sign_as(territory, officer.load_profile().name)
    record = territory.save("organisation", {"name": "Adie"})
    assert record.updated_by == "Marie Durand"
    assert territory_settings.invitation_organizer(territory) == ("Marie Durand", "marie@mairie.fr")
    settings = territory_settings.load(territory)
    settings.officer_email = "ess@mairie.fr"  # the file's own address wins
    territory_settings.save(territory, settings)
    assert territory_settings.invitation_organizer(territory)[1] == "ess@mairie.fr"
