"""vCard export of the annuaire's people, read back with our reader and with vobject."""

from pathlib import Path

import pytest

from municipaless.imports.vcard import read_vcards
from municipaless.services.directory import importer as di
from municipaless.services.directory import vcard_export
from municipaless.services.file.territory import Territory
from municipaless.storage.listing import Where

VCARDS = Path(__file__).parents[1] / "data" / "vcard"


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie")
    yield t
    t.close()


def _people(t):
    ruche = t.save("organisation", {"name": "La Ruche, coopérative", "address": "1 rue Haute",
                                    "postcode": "07000", "commune_insee": "07186"})  # fmt: skip
    old = t.save("organisation", {"name": "Ancien employeur"})
    helene = t.save("person", {"civility": "Mme", "first_name": "Hélène", "last_name": "Lefèvre",
                               "email": "helene@perso.fr", "mobile": "+33612345678",
                               "notes": "Ne pas appeler le lundi (santé)"})  # fmt: skip
    t.save("affiliation", {"person_id": helene.id, "organisation_id": old.id, "role": "Stagiaire",
                           "start_on": "2019-01-01", "end_on": "2020-12-31"})  # fmt: skip
    t.save("affiliation", {"person_id": helene.id, "organisation_id": ruche.id,
                           "role": "Chargée de mission", "email": "h.lefevre@laruche.coop",
                           "phone": "+33475641234", "start_on": "2021-01-01"})  # fmt: skip
    gone = t.save("person", {"first_name": "Effacé", "last_name": "RGPD"})
    t.records["person"].update(gone.id, gone.rev, erased_at="2026-01-01T00:00:00Z")
    t.save("person", {"first_name": "Jean", "last_name": "Seul", "phone": "+33475000000"})
    return helene


def _holders(t):
    """A porteur (holder, no current job) and someone whose only project link was deleted."""
    project = t.save("project", {"name": "Épicerie solidaire"})
    paul = t.save("person", {"first_name": "Paul", "last_name": "Porteur",
                             "email": "paul@perso.fr", "mobile": "+33699887766",
                             "address": "3 chemin des Vignes", "postcode": "07000",
                             "commune_insee": "07186"})  # fmt: skip
    t.save("project_holder", {"project_id": project.id, "person_id": paul.id})
    gone = t.save("project", {"name": "Abandonné puis supprimé"})
    ghost = t.save("person", {"first_name": "Ancien", "last_name": "Porteur"})
    link = t.save("project_holder", {"project_id": gone.id, "person_id": ghost.id})
    t.remove("project_holder", link.id, link.rev)
    return paul


def test_export_writes_current_affiliations_and_reads_back(territory, tmp_path):
    import vobject

    helene = _people(territory)
    path = tmp_path / "contacts.vcf"
    assert vcard_export.export(territory, path, today="2026-03-12") == 1
    data = path.read_bytes()
    assert data.decode("utf-8")  # UTF-8, no BOM
    assert b"Ne pas appeler" not in data and b"RGPD" not in data  # remarks and erased: never
    assert b"Seul" not in data  # no structure, no project: nothing says it is professional
    back = read_vcards(path)
    assert back.problems == []
    (first,) = back.contacts
    assert (first.civility, first.first_name, first.last_name) == ("Mme", "Hélène", "Lefèvre")
    assert (first.organisation, first.title) == ("La Ruche, coopérative", "Chargée de mission")
    assert first.emails == [
        ("helene@perso.fr", frozenset({"internet", "pref"})),
        ("h.lefevre@laruche.coop", frozenset({"internet", "work"})),
    ]
    # her own mobile stays in the file: only the job's phone goes out
    assert {p.number: set(p.kinds) for p in first.phones} == {"+33475641234": {"work", "voice"}}
    (work,) = first.addresses
    assert (work.street, work.postcode, work.locality, work.country) == (
        "1 rue Haute", "07000", "Privas", "France")  # fmt: skip
    assert first.uid == f"urn:uuid:{helene.id}"
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert [c.version.value for c in cards] == ["3.0"]
    assert cards[0].n.value.given == "Hélène" and cards[0].title.value == "Chargée de mission"


def _cards(path):
    import vobject

    return {c.fn.value: c for c in vobject.readComponents(path.read_text("utf-8"))}


def test_porteurs_stay_out_unless_asked_and_their_address_needs_a_second_yes(territory, tmp_path):
    helene = _people(territory)
    _holders(territory)
    project = territory.save("project", {"name": "Tiers-lieu"})
    territory.save("project_holder", {"project_id": project.id, "person_id": helene.id})
    territory.save("person", {"address": "9 impasse Privée"}, row_id=helene.id, rev=helene.rev)
    path = tmp_path / "c.vcf"
    today = "2026-03-12"

    assert vcard_export.export(territory, path, today=today) == 1  # the default: structures only
    assert set(_cards(path)) == {"Hélène Lefèvre"}
    assert b"Vignes" not in path.read_bytes() and b"+33699887766" not in path.read_bytes()
    only_address = vcard_export.Scope(home_address=True)  # the address alone lets nobody out
    assert vcard_export.export(territory, path, today=today, scope=only_address) == 1

    holders = vcard_export.Scope(holders=True)
    assert vcard_export.export(territory, path, today=today, scope=holders) == 2
    cards = _cards(path)
    assert set(cards) == {"Hélène Lefèvre", "Paul Porteur"}  # not the deleted link's person
    paul = cards["Paul Porteur"]
    assert "adr" not in paul.contents
    assert paul.email.value == "paul@perso.fr" and paul.tel.value == "+33699887766"
    assert "org" not in paul.contents and "title" not in paul.contents

    both = vcard_export.Scope(holders=True, home_address=True)
    assert vcard_export.export(territory, path, today=today, scope=both) == 2
    cards = _cards(path)
    (home,) = cards["Paul Porteur"].contents["adr"]
    assert (home.value.street, home.value.code, home.value.city) == (
        "3 chemin des Vignes", "07000", "Privas")  # fmt: skip
    assert [p.upper() for p in home.params["TYPE"]] == ["HOME"]
    # a porteur who works in a structure today is exported as such: never her home address
    (work,) = cards["Hélène Lefèvre"].contents["adr"]
    assert work.value.street == "1 rue Haute" and "Privée" not in path.read_text("utf-8")


def test_export_of_a_filtered_list_and_atomic_write(territory, tmp_path, monkeypatch):
    _people(territory)
    path = tmp_path / "un.vcf"
    _holders(territory)
    scope = vcard_export.Scope(holders=True)
    where = Where("t.last_name = ?", ("Porteur",))
    assert vcard_export.export(territory, path, where=where, scope=scope) == 1
    assert [c.label for c in read_vcards(path).contacts] == ["Paul Porteur"]

    def broken(contacts):
        raise RuntimeError("panne")

    monkeypatch.setattr(vcard_export, "to_vcard", broken)
    with pytest.raises(RuntimeError):
        vcard_export.export(territory, path)
    assert [c.label for c in read_vcards(path).contacts] == ["Paul Porteur"]  # untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_imported_real_vcards_export_and_import_again_as_duplicates(territory, tmp_path):
    for path in sorted(VCARDS.glob("*.vcf")):
        plan = di.plan(territory, di.load(path))
        di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    everyone = vcard_export.contacts(territory, scope=vcard_export.Scope(holders=True))
    count = sum(1 for c in everyone if c.organisation)  # cards without a structure stay out
    assert 0 < count < territory.records["person"].count()
    out = tmp_path / "export.vcf"
    assert vcard_export.export(territory, out) == count
    again = di.plan(territory, di.load(out))
    assert len(again.rows) == count
    assert set(again.duplicates) == {r.row for r in again.rows}  # everyone is already there
