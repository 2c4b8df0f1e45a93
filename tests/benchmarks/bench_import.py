"""Importing 10,000 people from a French Excel CSV, beside a raw sqlite-utils insert of the
same rows in the same run (issue 4: within 2x).

Ours: sniff and decode the file, map, check every value (phones, e-mails, postcodes with their
zeros restored, communes), look for duplicates, then write organisations, people and jobs with
their journal rows and search entries in one transaction. The baseline reads the same CSV with
the csv module and inserts the same records with sqlite-utils ``insert_all`` into the same
schema: no checks, no journal, no search index.
"""

import csv
import importlib.util
import io
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from benchlib import report

from municipaless.services.directory import import_mapping
from municipaless.services.directory import importer as di
from municipaless.services.file import OpenMode, open_territory
from municipaless.services.file.territory import Territory

ROWS = 10_000
_spec = importlib.util.spec_from_file_location(
    "import_samples", Path(__file__).parents[1] / "data" / "import" / "samples.py"
)
samples = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(samples)


@pytest.fixture(scope="module")
def people_csv(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("import")
    return samples.write_csv(folder / "contacts.csv", samples.PEOPLE_HEADER,
                             samples.people_rows(ROWS))  # fmt: skip


def _ours(path: Path, target: Path) -> tuple[float, dict[str, float]]:
    territory = Territory.create(target, "Bench")
    try:
        steps = {}
        started = time.perf_counter()
        source = di.load(path)
        steps["read"] = time.perf_counter()
        plan = di.plan(territory, source, import_mapping.guess(source.headers))
        steps["dry run"] = time.perf_counter()
        result = di.apply(territory, plan, backup=False)
        steps["write"] = time.perf_counter()
        assert result.people == ROWS and plan.problems == []
        marks = [started, *steps.values()]
        spans = zip(steps, marks, marks[1:], strict=False)  # marks has one more: the start
        return marks[-1] - started, {k: b - a for k, a, b in spans}
    finally:
        territory.close()


def _raw(path: Path, target: Path) -> float:
    Territory.create(target, "Bench").close()  # the same schema, empty
    from sqlite_utils import Database

    db = Database(target)
    started = time.perf_counter()
    text = path.read_bytes().decode("cp1252")
    rows = list(csv.DictReader(io.StringIO(text, newline=""), delimiter=";"))
    now = datetime.now(UTC).isoformat()
    stamp = {"created_at": now, "updated_at": now, "updated_by": "Bench", "rev": 1}
    orgs: dict[str, str] = {}
    people, jobs = [], []
    for row in rows:
        org_id = orgs.setdefault(row["Structure"], str(uuid.uuid4()))
        person_id = str(uuid.uuid4())
        people.append({"id": person_id, **stamp, "civility": row["Civilité"],
                       "first_name": row["Prénom"], "last_name": row["Nom"],
                       "email": row["Courriel"], "phone": row["Tél"]})  # fmt: skip
        jobs.append({"id": str(uuid.uuid4()), **stamp, "person_id": person_id,
                     "organisation_id": org_id, "role": row["Fonction"]})  # fmt: skip
    with db.atomic():  # one transaction, as ours: no commit (fsync) per batch
        db["organisation"].insert_all({"id": i, **stamp, "name": name} for name, i in orgs.items())
        db["person"].insert_all(people)
        db["affiliation"].insert_all(jobs)
    elapsed = time.perf_counter() - started
    db.close()
    return elapsed


def test_import_10000_rows_within_2x_of_raw_sqlite_utils(people_csv, tmp_path):
    ours, raw, steps = [], [], {}
    for run in range(3):
        total, steps = _ours(people_csv, tmp_path / f"ours{run}.municipaless")
        ours.append(total)
        raw.append(_raw(people_csv, tmp_path / f"raw{run}.municipaless"))
    detail = ", ".join(f"{k} {v * 1000:.0f} ms" for k, v in steps.items())
    report(f"import {ROWS} people from CSV", min(ours), min(raw), f"target 2x ({detail})")


def test_dry_run_against_the_large_file(people_csv, large_file):
    """The duplicate search against 2,000 structures and 10,000 people (nothing written)."""
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY)
    try:
        source = di.load(people_csv)
        started = time.perf_counter()
        plan = di.plan(territory, source, import_mapping.guess(source.headers))
        elapsed = time.perf_counter() - started
    finally:
        territory.close()
    report(f"dry run of {ROWS} rows on the large file", elapsed, None,
           f"{len(plan.duplicates)} duplicates found")  # fmt: skip


XLSX_ROWS = 35_000


@pytest.fixture(scope="module")
def people_xlsx(tmp_path_factory) -> Path:
    import openpyxl

    path = tmp_path_factory.mktemp("import") / "contacts.xlsx"
    book = openpyxl.Workbook(write_only=True)
    sheet = book.create_sheet("Contacts")
    sheet.append(samples.PEOPLE_HEADER)
    for row in samples.people_rows(XLSX_ROWS, seed=2):
        sheet.append(row)
    book.save(path)
    return path


def test_read_35000_row_xlsx_within_1_5x_of_raw_calamine(people_xlsx):
    """Ours: sniff, zip limits (sizes, rows counted), calamine, cells to text, header found.
    The baseline: python-calamine alone reading the same sheet into Python values."""
    from python_calamine import CalamineWorkbook

    from municipaless.imports.reader import read_table

    def raw() -> int:
        book = CalamineWorkbook.from_path(str(people_xlsx))
        try:
            return len(book.get_sheet_by_index(0).to_python(skip_empty_area=False))
        finally:
            book.close()

    ours, base = [], []
    for _ in range(3):
        started = time.perf_counter()
        table = read_table(people_xlsx, import_mapping.header_words())
        ours.append(time.perf_counter() - started)
        started = time.perf_counter()
        count = raw()
        base.append(time.perf_counter() - started)
    assert len(table) == XLSX_ROWS and count == XLSX_ROWS + 1
    report(f"read {XLSX_ROWS} rows of XLSX", min(ours), min(base), "target 1.5x")
    assert min(ours) <= 1.5 * min(base)
