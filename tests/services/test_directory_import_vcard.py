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


def test_export_writes_current_affiliations_and_reads_back(territory, tmp_path):
    import vobject

    helene = _people(territory)
    path = tmp_path / "contacts.vcf"
    assert vcard_export.export(territory, path, today="2026-03-12") == 2
    data = path.read_bytes()
    assert data.decode("utf-8")  # UTF-8, no BOM
    assert b"Ne pas appeler" not in data and b"RGPD" not in data  # remarks and erased: never
    back = read_vcards(path)
    assert back.problems == []
    first, second = back.contacts
    assert (first.civility, first.first_name, first.last_name) == ("Mme", "Hélène", "Lefèvre")
    assert (first.organisation, first.title) == ("La Ruche, coopérative", "Chargée de mission")
    assert first.emails == [
        ("helene@perso.fr", frozenset({"internet", "pref"})),
        ("h.lefevre@laruche.coop", frozenset({"internet", "work"})),
    ]
    assert {p.number: set(p.kinds) for p in first.phones} == {
        "+33612345678": {"cell"}, "+33475641234": {"work", "voice"}}  # fmt: skip
    work = first.addresses[0]
    assert (work.street, work.postcode, work.locality, work.country) == (
        "1 rue Haute", "07000", "Privas", "France")  # fmt: skip
    assert first.uid == f"urn:uuid:{helene.id}"
    assert (second.label, second.organisation) == ("Jean Seul", "")
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert [c.version.value for c in cards] == ["3.0", "3.0"]
    assert cards[0].n.value.given == "Hélène" and cards[0].title.value == "Chargée de mission"


def test_export_of_a_filtered_list_and_atomic_write(territory, tmp_path, monkeypatch):
    _people(territory)
    path = tmp_path / "un.vcf"
    assert vcard_export.export(territory, path, where=Where("t.last_name = ?", ("Seul",))) == 1
    assert [c.label for c in read_vcards(path).contacts] == ["Jean Seul"]

    def broken(contacts):
        raise RuntimeError("panne")

    monkeypatch.setattr(vcard_export, "to_vcard", broken)
    with pytest.raises(RuntimeError):
        vcard_export.export(territory, path)
    assert [c.label for c in read_vcards(path).contacts] == ["Jean Seul"]  # untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_imported_real_vcards_export_and_import_again_as_duplicates(territory, tmp_path):
    for path in sorted(VCARDS.glob("*.vcf")):
        plan = di.plan(territory, di.load(path))
        di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    count = territory.records["person"].count()
    out = tmp_path / "export.vcf"
    assert vcard_export.export(territory, out) == count
    again = di.plan(territory, di.load(out))
    assert len(again.rows) == count
    assert set(again.duplicates) == {r.row for r in again.rows}  # everyone is already there
