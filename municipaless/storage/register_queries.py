"""The SQL of the processing register's fiche (RGPD art. 30): what the file actually holds —
which columns hold anything, and how many people, porteurs, dossiers, structures, meetings."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from municipaless.core.domain import TABLES


def filled(db: Database, columns: Iterable[tuple[str, str]]) -> set[tuple[str, str]]:
    """The ``(table, column)`` pairs with a non-empty value in a live row (one indexed or
    short scan each: ``EXISTS`` stops at the first)."""
    found = set()
    for table, column in columns:
        if table not in TABLES or column not in TABLES[table].content_fields():
            raise ValueError(f"unknown column {table}.{column}")
        sql = (
            f"SELECT EXISTS(SELECT 1 FROM {table} WHERE deleted_at IS NULL "
            f"AND {column} IS NOT NULL AND {column} NOT IN ('', '[]', '{{}}'))"
        )
        if db.execute(sql).fetchone()[0]:
            found.add((table, column))
    return found


def volumes(db: Database) -> dict[str, int]:
    """Live people (not erased), porteurs, dossiers, structures and meetings."""
    sql = {
        "persons": "SELECT count(*) FROM person WHERE deleted_at IS NULL AND erased_at IS NULL",
        "holders": """SELECT count(DISTINCT h.person_id) FROM project_holder h
                      JOIN person p ON p.id = h.person_id
                      WHERE h.deleted_at IS NULL AND p.deleted_at IS NULL
                        AND p.erased_at IS NULL""",
        "projects": "SELECT count(*) FROM project WHERE deleted_at IS NULL",
        "organisations": "SELECT count(*) FROM organisation WHERE deleted_at IS NULL",
        "meetings": "SELECT count(*) FROM meeting WHERE deleted_at IS NULL",
        "informed": """SELECT count(*) FROM person WHERE deleted_at IS NULL
                       AND erased_at IS NULL AND informed_on IS NOT NULL""",
    }
    return {key: int(db.execute(query).fetchone()[0]) for key, query in sql.items()}
