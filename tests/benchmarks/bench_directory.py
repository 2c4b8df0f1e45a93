"""The annuaire on the large demo (2,000 structures, 10,000 people).

- Opening a list and applying a filter: ``count()`` + the first page of 200 rows, sorted, as
  the window asks them, against the very same SQL run through a bare sqlite3 connection
  (the ratio is our overhead: Where building, sqlite-utils, Python rows). Target < 100 ms.
- Duplicate suggestions while typing a name (each prefix of 3+ letters), against the naive
  way: read every name and let rapidfuzz scan them all.
- The « Doublons possibles » review of each whole table (no baseline: « in seconds »).
"""

import sqlite3
import statistics
import time

from benchlib import percentile, report
from rapidfuzz import fuzz, process

from municipaless.services import directory
from municipaless.services.directory import duplicates
from municipaless.services.file import OpenMode, open_territory
from municipaless.storage.listing import ListSource

PAGE = 200
ORG_FILTERS = {
    "all": {},
    "kind": {"kind": "entreprise_ess"},
    "service": {"service": "creation"},
    "sector": {"sector": "alimentation"},
    "commune": {"commune": "07186"},
    "text": {"text": "ressourcerie"},
    "kind+commune+sector": {"kind": "entreprise_ess", "commune": "07349", "sector": "insertion"},
}
PERSON_FILTERS = {
    "all": {},
    "contacts": {"contact": True},
    "role": {"role": "chargée"},
    "no e-mail": {"has_email": False},
    "text": {"text": "mar"},
}
SORTS = {"organisation": (0, 2, 6), "person": (0, 4, 5)}  # name, kind/structure, services/role


def _sql(source: ListSource, sort: int) -> tuple[str, str, list, list]:
    """The two statements the source runs, for the raw connection to run too."""
    spec, where = source.spec, source.where
    column = spec.columns[sort]
    select = ", ".join(c.sql for c in spec.columns)
    count = f"SELECT count(*) FROM {spec.from_sql} WHERE t.deleted_at IS NULL{where.clause}"
    page = (
        f"SELECT t.id, {select} FROM {spec.from_sql} WHERE t.deleted_at IS NULL{where.clause}"
        f" ORDER BY ({column.sql}) IS NULL, ({column.sql}) COLLATE NOCASE ASC, t.rowid"
        " LIMIT ? OFFSET ?"
    )
    return count, page, list(where.params), [*where.params, PAGE, 0]


def _median(fn, rounds: int = 5) -> float:
    times = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def _lists(territory, raw, name: str, filters: dict) -> None:
    for label, criteria in filters.items():
        for sort in SORTS[name]:

            def ours(label=label, criteria=criteria, sort=sort):
                if name == "organisation":
                    where = directory.organisation_filter(territory, **criteria)
                else:
                    where = directory.person_filter(territory, **criteria)
                source = territory.list_source(name, where)
                source.count()
                source.fetch(0, PAGE, sort)

            source = territory.list_source(
                name,
                directory.organisation_filter(territory, **filters[label])
                if name == "organisation"
                else directory.person_filter(territory, **filters[label]),
            )
            count, page, count_params, page_params = _sql(source, sort)

            def baseline(count=count, page=page, cp=count_params, pp=page_params):
                raw.execute(count, cp).fetchone()
                raw.execute(page, pp).fetchall()

            column = source.columns[sort].key
            report(
                f"{name} list, {label}, by {column}",
                _median(ours),
                _median(baseline),
                "target < 100 ms",
            )


def test_filter_and_sort_lists(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY, verify=False)
    raw = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    try:
        _lists(territory, raw, "organisation", ORG_FILTERS)
        _lists(territory, raw, "person", PERSON_FILTERS)
    finally:
        territory.close()
        raw.close()


TYPED_ORGS = [
    "Ressourcerie La Bobine",
    "Asso. Café associatif La Ruche",
    "Mairie de Privas",
    "Garage solidaire du Pouzin",
    "France Active Ardèche",
]
TYPED_PEOPLE = [("Marie", "Martin"), ("Hélène", "Dupont"), ("Jean", "Roux"), ("Léa", "Fabre")]


def _keystrokes(text: str) -> list[str]:
    return [text[:n] for n in range(3, len(text) + 1)]


def test_duplicate_suggestions_while_typing(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY, verify=False)
    raw = sqlite3.connect(f"file:{large_file}?mode=ro", uri=True)
    try:
        duplicates.matches_for(territory, "organisation", {"name": "warm up"})
        ours, base = [], []
        for name in TYPED_ORGS:
            for typed in _keystrokes(name):
                started = time.perf_counter()
                duplicates.matches_for(territory, "organisation", {"name": typed})
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                names = [
                    r[0]
                    for r in raw.execute("SELECT name FROM organisation WHERE deleted_at IS NULL")
                ]
                process.extract(typed, names, scorer=fuzz.WRatio, limit=5)
                base.append(time.perf_counter() - started)
        report(
            "duplicate suggestions, structure, p95",
            percentile(ours, 95),
            percentile(base, 95),
            "baseline: rapidfuzz over every name",
        )
        ours, base = [], []
        for first, last in TYPED_PEOPLE:
            for typed in _keystrokes(last):
                values = {"first_name": first, "last_name": typed}
                started = time.perf_counter()
                duplicates.matches_for(territory, "person", values)
                ours.append(time.perf_counter() - started)
                started = time.perf_counter()
                names = [
                    f"{r[0]} {r[1]}"
                    for r in raw.execute(
                        "SELECT first_name, last_name FROM person WHERE deleted_at IS NULL"
                    )
                ]
                process.extract(f"{first} {typed}", names, scorer=fuzz.WRatio, limit=5)
                base.append(time.perf_counter() - started)
        report(
            "duplicate suggestions, person, p95",
            percentile(ours, 95),
            percentile(base, 95),
            "baseline: rapidfuzz over every name",
        )
    finally:
        territory.close()
        raw.close()


def test_duplicate_review(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY, verify=False)
    try:
        for table, size in (("organisation", "2,000"), ("person", "10,000")):
            started = time.perf_counter()
            pairs = duplicates.review(territory, table)
            report(
                f"duplicate review, {size} {table}s",
                time.perf_counter() - started,
                None,
                f"{len(pairs)} pairs; target: seconds",
            )
    finally:
        territory.close()


def test_orientation(large_file):
    territory = open_territory(large_file, mode=OpenMode.READ_ONLY, verify=False)
    try:
        report(
            "organisations_for(creation, emergence, -, Privas)",
            _median(
                lambda: directory.organisations_for(
                    territory, "creation", "emergence", None, "07186"
                )
            ),
            None,
        )
    finally:
        territory.close()
