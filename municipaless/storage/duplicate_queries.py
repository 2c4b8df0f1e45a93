"""SQL side of duplicate detection (services/directory/): candidate blocking and the few
columns the comparison reads, so a keystroke in a creation form never loads a whole table.

Phones are compared on their last nine digits in SQL (``04 65 71 12 34`` and ``+33465711234``
both end ``465711234``): imported files keep the spelling they came with.
"""

import json
from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

_ORG_COLUMNS = (
    "id, name, acronym, siret, siren, rna, email, phone, website, postcode, commune_insee"
)
# A person's professional addresses and current structures travel with them: two fiches of one
# person often share only the work e-mail.
_PERSON_SELECT = """
    SELECT t.id, t.first_name, t.last_name, t.email, t.phone, t.mobile, t.commune_insee,
           (SELECT json_group_array(a.email) FROM affiliation a WHERE a.person_id = t.id
              AND a.deleted_at IS NULL AND coalesce(a.email, '') <> '') AS work_emails,
           (SELECT json_group_array(a.organisation_id) FROM affiliation a
              WHERE a.person_id = t.id AND a.deleted_at IS NULL
              AND (a.end_on IS NULL OR a.end_on = '' OR a.end_on >= date('now'))) AS orgs
    FROM person t
"""
_PHONE_TAIL = (
    "substr(replace(replace(replace(replace({col}, ' ', ''), '.', ''), '-', ''), "
    "char(160), ''), -9)"
)


def rows(db: Database, table: str, ids: Sequence[str] | None = None) -> list[dict[str, Any]]:
    """The columns duplicate detection compares, for live records (``ids``: only those)."""
    if table == "organisation":
        sql = f"SELECT {_ORG_COLUMNS} FROM organisation t WHERE t.deleted_at IS NULL"
    elif table == "person":
        sql = f"{_PERSON_SELECT} WHERE t.deleted_at IS NULL AND t.erased_at IS NULL"
    else:
        raise ValueError(f"no duplicate detection for {table}")
    params: list[Any] = []
    if ids is not None:
        sql += " AND t.id IN (SELECT value FROM json_each(?))"
        params.append(json.dumps(list(ids)))
    out = []
    for row in db.query(sql + " ORDER BY t.rowid", params):
        for key in ("work_emails", "orgs"):
            if key in row:
                row[key] = tuple(json.loads(row[key] or "[]"))
        out.append(row)
    return out


def names(db: Database, table: str) -> list[str]:
    """Every live structure's name (the word weights of duplicate detection)."""
    if table != "organisation":
        raise ValueError(f"names of {table} are not weighed")
    rows = db.execute("SELECT name FROM organisation WHERE deleted_at IS NULL").fetchall()
    return [r[0] for r in rows]


def ids_matching(db: Database, table: str, expression: str, limit: int = 400) -> list[str]:
    """Ids of ``table`` whose search-index words match an FTS5 expression (blocking by name)."""
    sql = "SELECT row_id FROM search_index WHERE search_index MATCH ? AND kind = ? LIMIT ?"
    return [r[0] for r in db.execute(sql, [expression, table, limit]).fetchall()]


def ids_with_identifiers(
    db: Database,
    table: str,
    *,
    exact: dict[str, str] | None = None,
    emails: Sequence[str] = (),
    phone_tails: Sequence[str] = (),
) -> list[str]:
    """Live records sharing an identifier: ``exact`` column values (siret, siren, rna), an
    e-mail (case ignored, professional ones too for people) or a phone's last nine digits.
    One scan per kind of identifier asked (a UNION, not an OR the planner cannot split)."""
    parts, params = [], []
    for column, value in (exact or {}).items():
        if value and column in ("siret", "siren", "rna"):
            parts.append(f"SELECT id FROM {table} WHERE {column} = ?")
            params.append(value)
    lowered = json.dumps(sorted({e.lower() for e in emails if e}))
    if emails:
        parts.append(
            f"SELECT id FROM {table} WHERE lower(email) IN (SELECT value FROM json_each(?))"
        )
        params.append(lowered)
        if table == "person":
            parts.append(
                "SELECT person_id FROM affiliation WHERE deleted_at IS NULL"
                " AND lower(email) IN (SELECT value FROM json_each(?))"
            )
            params.append(lowered)
    tails = json.dumps([p for p in phone_tails if p])
    if tails != "[]":
        for column in ("phone", "mobile") if table == "person" else ("phone",):
            parts.append(
                f"SELECT id FROM {table} WHERE {column} IS NOT NULL"
                f" AND {_PHONE_TAIL.format(col=column)} IN (SELECT value FROM json_each(?))"
            )
            params.append(tails)
    if not parts:
        return []
    extra = " AND t.erased_at IS NULL" if table == "person" else ""
    sql = (
        f"SELECT t.id FROM {table} t WHERE t.deleted_at IS NULL{extra}"
        f" AND t.id IN ({' UNION '.join(parts)})"
    )
    return [r[0] for r in db.execute(sql, params).fetchall()]


def read_dismissed(db: Database, table: str) -> set[tuple[str, str]]:
    """Pairs the officer marked « pas un doublon » (meta ``not_duplicate:<table>``)."""
    row = db.execute("SELECT value FROM meta WHERE key = ?", [f"not_duplicate:{table}"]).fetchone()
    if not row or not row[0]:
        return set()
    return {tuple(sorted(pair)) for pair in json.loads(row[0])}


def write_dismissed(db: Database, table: str, pairs: set[tuple[str, str]]) -> None:
    """Store the dismissed pairs (inside the caller's transaction)."""
    db.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [f"not_duplicate:{table}", json.dumps(sorted(list(p) for p in pairs))],
    )


def same_siret(db: Database, siret: str, exclude_id: str | None = None) -> dict[str, Any] | None:
    """The live structure holding ``siret`` (14 digits, as stored), other than ``exclude_id``:
    one establishment is one fiche. No index on the column: a scan of 20,000 structures
    takes a few milliseconds, once per save."""
    sql = (
        "SELECT id, name, siret FROM organisation WHERE siret = ? AND id != ? "
        "AND deleted_at IS NULL ORDER BY rowid LIMIT 1"
    )
    row = db.execute(sql, [siret, exclude_id or ""]).fetchone()
    return None if row is None else {"id": row[0], "name": row[1], "siret": row[2]}


def same_siren(
    db: Database, siren: str, siret: str | None, exclude_id: str | None = None
) -> list[dict[str, Any]]:
    """Live structures of the same company (SIREN) with another SIRET: other establishments."""
    sql = (
        "SELECT id, name, siret FROM organisation WHERE siren = ? AND id != ? "
        "AND coalesce(siret, '') != ? AND deleted_at IS NULL ORDER BY rowid LIMIT 5"
    )
    rows = db.execute(sql, [siren, exclude_id or "", siret or ""]).fetchall()
    return [{"id": r[0], "name": r[1], "siret": r[2]} for r in rows]
