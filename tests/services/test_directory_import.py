"""The annuaire's import: mapping memory, dry run, the choice, duplicates, one transaction."""

import importlib.util
import random
from pathlib import Path

import pytest

from municipaless.core import validation
from municipaless.services.directory import import_mapping as im
from municipaless.services.directory import importer as di
from municipaless.services.directory.import_rows import check_phone, split_full_name
from municipaless.services.file import OpenMode, backups, open_territory
from municipaless.services.file.territory import Territory
from municipaless.storage import bulk
from municipaless.storage.errors import ReadOnlyError

DATA = Path(__file__).parents[1] / "data"
_spec = importlib.util.spec_from_file_location("import_samples", DATA / "import" / "samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie")
    yield t
    t.close()


def counts(t) -> tuple[int, int, int]:
    return tuple(t.records[name].count() for name in ("organisation", "person", "affiliation"))


def planned(t, path):
    source = di.load(path)
    mapping, _ = im.initial(t, source.headers)
    return di.plan(t, source, mapping)


def test_mapping_is_guessed_then_remembered_per_header_set(territory, tmp_path):
    headers = ["Raison sociale", "CP", "Ville", "Tél", "Courriel"]
    mapping, known = im.initial(territory, headers)
    assert known is False
    assert mapping == ["org.name", "org.postcode", "org.commune", "org.phone", "org.email"]
    chosen = ["org.name", "org.postcode", "org.commune", "", "org.notes"]  # the officer's
    im.remember(territory, headers, chosen)
    assert im.initial(territory, headers) == (chosen, True)
    # same set, other order and case: same memory; another set: a fresh guess
    shuffled = ["courriel", "Ville", "CP", "RAISON SOCIALE", "Tél"]
    assert im.initial(territory, shuffled) == (
        ["org.notes", "org.commune", "org.postcode", "org.name", ""],
        True,
    )
    assert im.initial(territory, [*headers, "Site web"])[1] is False
    assert im.mapping_key(headers).startswith("import_mapping:")
    assert territory.meta([im.mapping_key(headers)])  # stored in the file, travels with it


def test_an_import_remembers_its_mapping(territory):
    source = di.load(DATA / "import" / "contacts-utf8-bom.csv")
    mapping = im.guess(source.headers)
    assert mapping == ["person.last_name", "person.first_name", "org.name", "aff.role",
                       "person.email", "person.mobile"]  # fmt: skip
    mapping[3] = ""  # the officer does not want the roles
    di.apply(territory, di.plan(territory, source, mapping), backup=False)
    assert im.initial(territory, source.headers) == (mapping, True)
    assert territory.records["affiliation"].where()[0].role == ""


def test_mapping_problems_are_said_in_french():
    assert im.problems(["org.name", "org.name"]) == [
        "« Structure : nom » est associé à plusieurs colonnes."
    ]
    assert "nom de la structure" in im.problems(["org.phone", ""])[0]
    assert im.problems(["person.last_name", "org.phone"]) == []


def test_dry_run_lists_every_problem_by_row_and_writes_nothing(territory):
    plan = planned(territory, DATA / "import" / "partenaires-excel-fr.csv")
    assert [r.row for r in plan.rows] == [5, 6, 7]
    assert [r.row for r in plan.rows_with_problems] == [7]
    texts = [p.text for p in plan.problems]
    assert len(texts) == 3
    assert texts[0].startswith(
        "Ligne 7 — SIRET « 7,32829E+13 » : Numéro SIRET abîmé par un tableur"
    )
    assert texts[1].startswith("Ligne 7 — Tél « 04 75 00 » : Numéro de téléphone")
    assert texts[2].startswith("Ligne 7 — Courriel « fabrique@ » : Adresse e-mail invalide")
    first, second = plan.rows[0].organisation, plan.rows[1].organisation
    assert (first["postcode"], first["commune_insee"]) == ("01000", "01053")  # zero restored
    assert (second["postcode"], second["commune_insee"]) == ("07000", "07186")
    assert first["siret"] == "73282932000074" and first["siren"] == "732829320"
    assert first["phone"] == "+33474123456"
    assert plan.restored_zeros == 2
    assert counts(territory) == (0, 0, 0)
    with pytest.raises(di.ImportRefused, match="Rien n'a été importé"):
        di.apply(territory, plan, backup=False)
    assert counts(territory) == (0, 0, 0)


def test_ten_bad_rows_of_a_thousand_import_nothing_until_the_officer_chooses(territory, tmp_path):
    rows = samples.people_rows(1000, bad_every=100)
    path = samples.write_csv(tmp_path / "contacts.csv", samples.PEOPLE_HEADER, rows)
    plan = planned(territory, path)
    assert len(plan.rows) == 1000
    assert [r.row for r in plan.rows_with_problems] == [101 + 100 * k for k in range(10)]
    assert all("Courriel" in p.text for p in plan.problems)
    assert plan.summary_lines()[:2] == [
        "1\u202f000 lignes lues dans « contacts.csv ».",
        "10 lignes avec des problèmes (10 problèmes en tout).",
    ]
    with pytest.raises(di.ImportRefused):
        di.apply(territory, plan, backup=False)
    assert counts(territory) == (0, 0, 0)

    result = di.apply(territory, plan, choice=di.VALID_ONLY, backup=False)
    assert (result.organisations, result.people, result.affiliations) == (8, 990, 990)
    assert counts(territory) == (8, 990, 990)
    assert len(result.skipped) == 10 and result.skipped[0].startswith("Ligne 101 ")
    person = territory.records["person"].where("last_name = ?", [rows[0][1]])[0]
    assert (person.first_name, person.email) == (rows[0][2], rows[0][6])
    assert territory.search(rows[0][1])["person"][0].row_id == person.id  # indexed
    job = territory.records["affiliation"].where("person_id = ?", [person.id])[0]
    assert job.role == rows[0][4]
    org = territory.records["organisation"].get(job.organisation_id)
    assert org.name == rows[0][3]


def test_keep_in_notes_imports_the_row_and_keeps_the_bad_value(territory):
    plan = planned(territory, DATA / "import" / "partenaires-excel-fr.csv")
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False, today="2026-03-12")
    org = territory.records["organisation"].where("name LIKE 'Tiers-lieu%'")[0]
    assert org.siret is None and org.email is None
    assert org.notes == (
        "Valeurs non reconnues à l'import du 12/03/2026 :\n- SIRET : 7,32829E+13\n"
        "- Tél : 04 75 00\n- Courriel : fabrique@"
    )


def test_rows_without_a_name_are_never_imported(territory, tmp_path):
    path = samples.write_csv(tmp_path / "s.csv", ["Nom", "Prénom", "Structure"],
                             [["Dupont", "Marie", "A"], ["", "", "B"]])  # fmt: skip
    plan = planned(territory, path)
    assert [r.row for r in plan.blocked_rows] == [3]
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    assert counts(territory) == (1, 1, 1)


def test_duplicates_within_the_file_and_against_the_annuaire(territory, tmp_path):
    territory.save("organisation", {"name": "Association La Ruche", "siret": "73282932000074"})
    territory.save("person", {"first_name": "Hélène", "last_name": "Lefèvre",
                              "email": "h.lefevre@ain.fr"})  # fmt: skip
    orgs = [["Asso. La Ruche", ""], ["SCOP Élan", ""], ["Autre nom", "732 829 320 00074"],
            ["SCOP Elan", ""], ["Épicerie", ""]]  # fmt: skip
    path = samples.write_csv(tmp_path / "o.csv", ["Raison sociale", "SIRET"], orgs)
    plan = planned(territory, path)
    assert {row: d.text for row, d in plan.duplicates.items()} == {
        2: "Ligne 2 — Asso. La Ruche : même nom que « Association La Ruche », déjà dans l'annuaire",
        4: "Ligne 4 — Autre nom : même SIRET que « Association La Ruche », déjà dans l'annuaire",
        5: "Ligne 5 — SCOP Elan : même nom que la ligne 3 du fichier",
    }
    result = di.apply(territory, plan, backup=False)
    assert result.organisations == 2
    assert counts(territory)[0] == 3

    people = [["Lefèvre", "Helene", "Asso La Ruche", "x@y.fr"],
              ["Martin", "Jean", "SCOP Élan", "h.lefevre@ain.fr"],
              ["Roche", "Léa", "Nouvelle structure", "lea@roche.fr"]]  # fmt: skip
    path = samples.write_csv(tmp_path / "p.csv", ["Nom", "Prénom", "Structure", "Courriel"],
                             people)  # fmt: skip
    plan = planned(territory, path)
    assert sorted(plan.duplicates) == [2, 3]  # same name; same e-mail
    assert plan.duplicates[3].reason.startswith("même e-mail que « Hélène Lefèvre »")
    both = di.apply(territory, plan, with_duplicates=True, backup=False)
    assert (both.organisations, both.people, both.affiliations) == (1, 3, 3)
    ruche = territory.records["organisation"].where("name = 'Association La Ruche'")[0]
    linked = territory.records["affiliation"].where("organisation_id = ?", [ruche.id])
    assert len(linked) == 1  # linked to the existing structure, not a second one


def test_one_transaction_a_failure_midway_leaves_nothing(territory, tmp_path, monkeypatch):
    territory.save("organisation", {"name": "Déjà là"})
    rows = samples.people_rows(50)
    path = samples.write_csv(tmp_path / "c.csv", samples.PEOPLE_HEADER, rows)
    plan = planned(territory, path)
    real = bulk.insert_many

    def failing(tdb, table, records, **kwargs):
        if table == "affiliation":  # organisations and people are already written by now
            raise OSError("disque plein")
        return real(tdb, table, records, **kwargs)

    monkeypatch.setattr(bulk, "insert_many", failing)
    before = territory.change_marker()
    with pytest.raises(OSError):
        di.apply(territory, plan, backup=False)
    assert counts(territory) == (1, 0, 0)
    assert territory.change_marker() == before  # no journal row either
    assert territory.search("Dupont") == {} or not any(territory.search("Dupont").values())
    assert im.remembered(territory, plan.source.headers) is None


def test_a_backup_is_made_before_the_import(territory, tmp_path):
    rows = samples.people_rows(3)
    path = samples.write_csv(tmp_path / "c.csv", samples.PEOPLE_HEADER, rows)
    result = di.apply(territory, planned(territory, path))
    assert result.backup is not None and result.backup.exists()
    entry = backups.for_territory(territory)[0]
    assert entry.reason == "import" and entry.counts["person"] == 0


def test_read_only_file_refuses_the_import(tmp_path):
    path = tmp_path / "t.municipaless"
    Territory.create(path).close()
    t = open_territory(path, mode=OpenMode.READ_ONLY)
    try:
        plan = planned(t, DATA / "import" / "contacts-utf8-bom.csv")
        with pytest.raises(ReadOnlyError):
            di.apply(t, plan, backup=False)
    finally:
        t.close()


def test_xlsx_with_insee_codes_and_numbers_as_postcodes(territory):
    plan = planned(territory, DATA / "import" / "partenaires-titre.xlsx")
    assert plan.mapping == ["org.name", "org.postcode", "org.commune", "org.insee", "org.phone",
                            "org.website"]  # fmt: skip
    assert plan.problems == []
    orgs = [r.organisation for r in plan.rows]
    assert [(o["postcode"], o["commune_insee"]) for o in orgs] == [
        ("01000", "01053"), ("07000", "07186"), ("01100", "01283"),
    ]  # fmt: skip
    assert orgs[0]["website"] == "https://epicerie.fr"


def test_commune_problems_are_reported_not_guessed(territory, tmp_path):
    rows = [["A", "07000", "Bourg-en-Bresse"], ["B", "", "Saint-Denis"], ["C", "", "Atlantide"],
            ["D", "42000", "St-Etienne"]]  # fmt: skip
    path = samples.write_csv(tmp_path / "c.csv", ["Structure", "CP", "Ville"], rows)
    plan = planned(territory, path)
    texts = [p.text for p in plan.problems]
    assert "n'est pas desservie par le code postal 07000" in texts[0]
    assert "plusieurs communes s'appellent « Saint-Denis »" in texts[1]
    assert "« Atlantide » introuvable" in texts[2]
    assert plan.rows[3].organisation["commune_insee"] == "42218"


def test_real_vcards_import_with_names_structures_roles_and_contacts(territory):
    imported = 0
    for path in sorted((DATA / "vcard").glob("*.vcf")):
        source = di.load(path)
        plan = di.plan(territory, source)
        result = di.apply(territory, plan, choice=di.KEEP_IN_NOTES, with_duplicates=True,
                          backup=False)  # fmt: skip
        imported += result.people
    assert imported == 14  # every card of the eleven files
    people = {p.display_name: p for p in territory.records["person"].where()}
    simon = people["Simon Perreault"]
    assert simon.mobile == "+14182626501" and simon.email == "simon.perreault@viagenie.ca"
    assert "Poste 102 (+1-418-656-9254)" in simon.notes
    job = territory.records["affiliation"].where("person_id = ?", [simon.id])[0]
    assert job.phone == "+14186569254"
    assert territory.records["organisation"].get(job.organisation_id).name == "Viagenie"
    frank = people["Frank Dawson"]
    job = territory.records["affiliation"].where("person_id = ?", [frank.id])[0]
    assert job.phone == "+19196769515"  # a US number, read as one thanks to the country
    assert "6544 Battleford Drive" in frank.address or job.organisation_id
    michael = people["Michael Angstadt"]
    assert michael.civility == "M." and michael.email == "mike.angstadt@gmail.com"
    job = territory.records["affiliation"].where("person_id = ?", [michael.id])[0]
    assert job.role == "TheJobTitle, TheProfession – TheDepartment"
    outlook = territory.records["person"].where("email = 'john.doe@ibm.cm'")[0]
    assert outlook.phone == "+19056661234"  # Outlook's HOME line, US from the ADR country
    assert "United States of America" in outlook.address


def test_vcard_problems_and_card_numbers(territory):
    source = di.load(DATA / "import" / "cartes-abimees.vcf")
    plan = di.plan(territory, source)
    assert [r.where for r in plan.rows] == ["Carte n° 1", "Carte n° 4"]
    lines = plan.summary_lines()
    assert any(line.startswith("Carte n° 2 (Deux-points Sans), ligne 10") for line in lines)
    assert plan.problems == []
    result = di.apply(territory, plan, backup=False)
    assert (result.organisations, result.people, result.affiliations) == (2, 2, 2)
    marie = territory.records["person"].where("last_name = 'Dupont'")[0]
    job = territory.records["affiliation"].where("person_id = ?", [marie.id])[0]
    assert (job.role, job.phone) == ("Chargée de mission", "+33475641234")


def test_fast_phone_check_gives_check_phones_answer():
    rng = random.Random(7)
    for _ in range(1000):
        digits = "0" + str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
        text = " ".join(digits[i : i + 2] for i in range(0, 10, 2))
        assert check_phone(text) == validation.check_phone(text), text
    for text in ("0262 12 34 56", "+33 4 75 64 12 34", "04 75", "06.12.34.56.78", "0800123456"):
        assert check_phone(text) == validation.check_phone(text), text


def test_full_names_are_split_the_french_way():
    assert split_full_name("Marie Dupont") == ("Marie", "Dupont")
    assert split_full_name("DUPONT Marie") == ("Marie", "DUPONT")
    assert split_full_name("Jean-Pierre LE GOFF") == ("Jean-Pierre", "LE GOFF")
    assert split_full_name("Dupont") == ("", "Dupont")


def test_small_files_also_get_the_fuzzy_duplicate_match(territory, tmp_path):
    territory.save("person", {"first_name": "Marie", "last_name": "Dupont",
                              "phone": "+33475641234"})  # fmt: skip
    rows = [["Marie", "Dupont", "04 75 64 12 34"], ["Léa", "Roche", "04 75 00 00 01"]]
    path = samples.write_csv(tmp_path / "p.csv", ["Nom", "Prénom", "Tél"], rows)  # swapped
    plan = planned(territory, path)
    assert list(plan.duplicates) == [2]
    reason = plan.duplicates[2].reason
    assert reason.startswith("ressemble à « Marie Dupont » (") and "même téléphone" in reason


def test_a_failed_backup_imports_nothing(territory, tmp_path, monkeypatch):
    path = samples.write_csv(tmp_path / "c.csv", samples.PEOPLE_HEADER, samples.people_rows(3))
    plan = planned(territory, path)

    def full_disk(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backups, "before", full_disk)
    with pytest.raises(di.ImportRefused, match="La sauvegarde avant l'import a échoué"):
        di.apply(territory, plan)
    assert counts(territory) == (0, 0, 0)


def test_kinds_and_legal_statuses_by_label_or_code(territory, tmp_path):
    rows = [["A", "Financeur public", "scop"], ["B", "FINANCEUR PUBLIC", "Association loi 1901"],
            ["C", "Mairie", ""]]  # fmt: skip
    path = samples.write_csv(tmp_path / "k.csv", ["Structure", "Type", "Statut"], rows)
    plan = planned(territory, path)
    orgs = [r.organisation for r in plan.rows]
    assert [(o.get("kind"), o.get("legal_status")) for o in orgs] == [
        ("financeur_public", "scop"), ("financeur_public", "association"), (None, None),
    ]  # fmt: skip
    (problem,) = plan.problems
    assert problem.text.startswith("Ligne 4 — Type « Mairie » : valeur inconnue de la liste")
    assert "Structure d'accompagnement ; Financeur public" in problem.message


def test_a_structure_without_its_contact_imports_alone(territory, tmp_path):
    """A partner's list of structures with a contact column left empty on some lines."""
    path = samples.write_csv(
        tmp_path / "partenaires.csv",
        ["Raison sociale", "Ville", "Courriel", "Contact", "Fonction"],
        [
            ["SCOP Élan", "Privas", "bonjour@scop-elan.fr", "Loïc Garçon", "Gérant"],
            ["Tiers-lieu La Fabrique", "Chomérac", "fabrique@tiers-lieu.fr", "", ""],
            ["Épicerie", "", "", "", ""],  # a bare name, no one: a forgotten name, refused
        ],
    )
    source = di.load(path)
    mapping, _ = im.initial(territory, source.headers)
    mapping[2] = "org.email"  # the structure's address, as the officer matched it
    plan = di.plan(territory, source, mapping)
    assert [r.row for r in plan.blocked_rows] == [4]
    di.apply(territory, plan, choice=di.VALID_ONLY, backup=False)
    assert counts(territory) == (2, 1, 1)
    fabrique = territory.records["organisation"].where("name LIKE 'Tiers-lieu%'")[0]
    assert territory.records["affiliation"].where("organisation_id = ?", [fabrique.id]) == []
