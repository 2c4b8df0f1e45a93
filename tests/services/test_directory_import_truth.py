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
