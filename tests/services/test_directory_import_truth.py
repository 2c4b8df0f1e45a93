"""Imports that tell the truth: every case counts the rows before and after.

A file damaged by a spreadsheet or a careless export must never be imported as something else
without the officer seeing it in the dry run.
"""

import csv
import importlib.util
import io
from pathlib import Path

import pytest

from municipaless.services.directory import import_mapping as im
from municipaless.services.directory import importer as di
from municipaless.services.file.territory import Territory
from municipaless.storage import duplicate_queries as dq

DATA = Path(__file__).parents[1] / "data"
_spec = importlib.util.spec_from_file_location("import_samples", DATA / "import" / "samples.py")
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


@pytest.fixture
def territory(tmp_path):
    t = Territory.create(tmp_path / "t.municipaless", "Marie")
    yield t
    t.close()


def _plan(territory, path):
    source = di.load(path)
    mapping, _ = im.initial(territory, source.headers)
    return di.plan(territory, source, mapping)


def _count(territory, table: str) -> int:
    return len(list(dq.rows(territory.tdb.db, table)))


def _bad_quote_file(tmp_path) -> tuple[Path, str]:
    rows = samples.people_rows(10)
    text = samples.csv_text(samples.PEOPLE_HEADER, rows)
    lines = text.split("\r\n")
    lines[3] = lines[3].replace(";", ';"', 1)  # contact 3: a quote opened, never closed
    text = "\r\n".join(lines)
    path = tmp_path / "contacts.csv"
    path.write_bytes(text.encode("cp1252"))
    return path, text


def test_an_unclosed_quote_is_a_problem_with_its_line_and_nothing_merges(territory, tmp_path):
    path, text = _bad_quote_file(tmp_path)
    naive = list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))
    assert len(naive) - 1 == 3  # before: contacts 3 to 10 became one person
    plan = _plan(territory, path)
    assert len(plan.rows) == 10  # after: ten contacts, each on its row
    assert [r.row for r in plan.rows_with_problems] == list(range(4, 12))
    first = plan.rows_with_problems[0].problems[0]
    assert first.column == di.READING and "ligne 4 du fichier" in first.message
    assert "jamais refermé" in first.message
    summary = " ".join(plan.summary_lines())
    assert "Aucun problème" not in summary and "8 lignes avec des problèmes" in summary
    with pytest.raises(di.ImportRefused):  # nothing until the officer chooses
        di.apply(territory, plan, backup=False)
    assert _count(territory, "person") == 0
    di.apply(territory, plan, choice=di.VALID_ONLY, backup=False)
    assert _count(territory, "person") == 2


def test_the_officer_may_import_the_rows_read_again_one_per_line(territory, tmp_path):
    path, _ = _bad_quote_file(tmp_path)
    plan = _plan(territory, path)
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    assert _count(territory, "person") == 10


def test_a_quote_closed_many_lines_too_late_is_flagged(territory, tmp_path):
    rows = samples.people_rows(10)
    lines = samples.csv_text(samples.PEOPLE_HEADER, rows).split("\r\n")
    lines[3] = lines[3].replace(";", ';"', 1)
    lines[8] = lines[8].replace(";", '";', 1)  # the quote closes five lines further
    text = "\r\n".join(lines)
    assert len(list(csv.reader(io.StringIO(text, newline=""), delimiter=";"))) - 1 == 5
    path = tmp_path / "tard.csv"
    path.write_bytes(text.encode("cp1252"))
    plan = _plan(territory, path)
    assert len(plan.rows) == 10
    assert [r.row for r in plan.rows_with_problems] == [4, 5, 6, 7, 8, 9]
    assert "refermé qu'à la ligne 9" in plan.rows_with_problems[0].problems[0].message


def test_a_quoted_address_over_two_lines_is_no_problem(territory, tmp_path):
    text = 'Nom;Adresse;Ville\r\nSCOP Élan;"12 rue X\r\nBP 5";Privas\r\nCAE;;Valence\r\n'
    path = tmp_path / "adresses.csv"
    path.write_bytes(text.encode("cp1252"))
    source = di.load(path)
    assert len(source) == 2 and not source.table.problems


def _structures(tmp_path, rows, name="structures.csv"):
    header = ["Raison sociale", "SIRET", "Code postal", "Commune"]
    return samples.write_csv(tmp_path / name, header, rows)


def test_two_establishments_of_one_association_are_not_duplicates(territory, tmp_path):
    # one SIREN (732 829 320), two SIRETs, two communes: two establishments, one name
    rows = [["Association La Ruche", "732 829 320 00074", "07000", "Privas"],
            ["Association La Ruche", "732 829 320 00017", "26000", "Valence"]]  # fmt: skip
    plan = _plan(territory, _structures(tmp_path, rows))
    assert len(plan.rows) == 2 and not plan.duplicates
    di.apply(territory, plan, backup=False)
    assert _count(territory, "organisation") == 2  # before: 0; after: both

    third = [["Association La Ruche", "73282932000025", "07200", "Aubenas"],
             ["Association La Ruche", "73282932000017", "26000", "Valence"]]  # fmt: skip
    plan = _plan(territory, _structures(tmp_path, third, "encore.csv"))
    assert {row: d.reason for row, d in plan.duplicates.items()} == {
        3: "même SIRET que « Association La Ruche », déjà dans l'annuaire"
    }
    di.apply(territory, plan, backup=False)
    assert _count(territory, "organisation") == 3  # Aubenas added; Valence known


def test_a_siret_rounded_by_a_spreadsheet_is_flagged_even_with_a_valid_key(territory, tmp_path):
    from stdnum.fr import siret

    assert siret.is_valid("41237900000000")  # the key passes: only the zeros tell
    rows = [["Épicerie solidaire", "41237900000000", "07000", "Privas"],
            ["SCOP Élan", "4,12379E+13", "07000", "Privas"],
            ["CAE Coopérer", "73282932000074.0", "26000", "Valence"]]  # fmt: skip
    plan = _plan(territory, _structures(tmp_path, rows))
    flagged = {r.row: r.problems[0].message for r in plan.rows_with_problems}
    assert sorted(flagged) == [2, 3]
    assert "abîmé par un tableur" in flagged[2] and "abîmé par un tableur" in flagged[3]
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False, today="2026-03-12")
    stored = {r.name: r for r in territory.records["organisation"].where("1 = 1")}
    assert len(stored) == 3  # all three rows; the damaged numbers kept in the remarks only
    assert stored["Épicerie solidaire"].siret is None
    assert "SIRET : 41237900000000" in stored["Épicerie solidaire"].notes
    assert stored["CAE Coopérer"].siret == "73282932000074"


def test_implausible_phones_are_kept_as_typed_and_flagged_never_moved_abroad(territory, tmp_path):
    rows = [["Dupont", "Marie", "234567"], ["Martin", "Jean", "123456789"],
            ["Roche", "Léa", "04 75 12 34 56"], ["Vidal", "Côme", "0262 12 34 56"]]  # fmt: skip
    path = samples.write_csv(tmp_path / "tel.csv", ["Nom", "Prénom", "Téléphone"], rows)
    plan = _plan(territory, path)
    assert [r.row for r in plan.rows_with_problems] == [2, 3]
    assert all(r.problems[0].column == "Téléphone" for r in plan.rows_with_problems)
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    people = {r.last_name: r for r in territory.records["person"].where("1 = 1")}
    assert len(people) == 4
    assert people["Dupont"].phone is None and "234567" in people["Dupont"].notes
    assert people["Martin"].phone is None and "123456789" in people["Martin"].notes
    assert people["Roche"].phone == "+33475123456"
    assert people["Vidal"].phone == "+262262123456"  # La Réunion dials 0262 from Paris


CARDS = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nEMAIL;TYPE=INTERNET:marie.dupont@franceactive.org\r\n"
    "END:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Martin;Jean;Pierre,Marie;M.;Jr.\r\nFN:Jean Martin\r\n"
    "ORG:CAE Coopérer;Pôle accompagnement\r\nORG:Cigales de l'Ain\r\n"
    "TITLE:Chargé de mission\r\nTITLE:Trésorier\r\nNICKNAME:Jeannot\r\n"
    "X-SKYPE:jean.martin\r\nTEL;TYPE=FAX:04 75 00 00 01\r\n"
    "ADR;TYPE=HOME:;;12 rue des Lilas;Privas;Auvergne-Rhône-Alpes;07000;\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Smith;Anna;;;\r\nFN:Anna Smith\r\n"
    "ADR;TYPE=HOME:;;42 Main Street;Schenectady;NY;12345;\r\nEND:VCARD\r\n"
)


def test_vcards_lose_nothing_an_email_only_card_is_imported(territory, tmp_path):
    from municipaless.imports.vcard import parse_vcards

    path = tmp_path / "contacts.vcf"
    path.write_text(CARDS, encoding="utf-8")
    cards = parse_vcards(CARDS)
    assert len(cards.contacts) == 3 and not cards.problems  # before: 2 cards and 1 ignored
    plan = di.plan(territory, di.load(path))
    assert len(plan.rows) == 3 and not plan.blocked_rows
    di.apply(territory, plan, choice=di.KEEP_IN_NOTES, backup=False)
    people = {p.last_name: p for p in territory.records["person"].where("1 = 1")}
    assert len(people) == 3

    dupont = people["Dupont"]
    assert (dupont.first_name, dupont.email) == ("Marie", "marie.dupont@franceactive.org")
    assert "Nom déduit de l'adresse e-mail" in dupont.notes

    martin = people["Martin"].notes
    for kept in ("Autres prénoms : Pierre Marie", "Suffixe : Jr.",
                 "Autre organisation : Cigales de l'Ain", "Autre fonction : Trésorier",
                 "Surnom : Jeannot", "Skype : jean.martin", "Fax : 04 75 00 00 01"):  # fmt: skip
        assert kept in martin
    assert people["Martin"].postcode == "07000" and people["Martin"].commune_insee == "07186"
    assert "Auvergne-Rhône-Alpes" in people["Martin"].address  # the region is not dropped

    smith = people["Smith"]
    assert smith.postcode is None and smith.commune_insee is None  # no French postcode
    assert smith.address == "42 Main Street\n12345 Schenectady\nNY"
