"""Live records named the way an officer types them on the command line.

An id, a reference (« P-2026-0042 »), a code (« COPIL »), a date (« 2026-03-12 »), or words
of a name or title, matched folded (accents and case aside) so « conseil d'administration »
finds « Conseil d’Administration ». A few hundred rows at most: folding runs in Python.
"""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from municipaless.core.text import fold

Row = dict[str, Any]


def _rows(db: Database, sql: str, params: tuple[Any, ...] = ()) -> list[Row]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _words_match(query: str, *texts: str) -> bool:
    words = fold(query).split()
    haystack = fold(" ".join(t or "" for t in texts))
    return bool(words) and all(w in haystack for w in words)


def projects(db: Database, query: str) -> list[Row]:
    rows = _rows(
        db,
        "SELECT id, reference, name, status FROM project WHERE deleted_at IS NULL "
        "ORDER BY reference",
    )
    q = query.strip()
    exact = [r for r in rows if q in (r["id"], r["reference"]) or q.upper() == r["reference"]]
    return exact or [r for r in rows if _words_match(q, r["name"], r["reference"])]


def series(db: Database, query: str) -> list[Row]:
    rows = _rows(
        db, "SELECT id, code, name FROM meeting_series WHERE deleted_at IS NULL ORDER BY name"
    )
    q = query.strip()
    exact = [r for r in rows if q == r["id"] or fold(q) == fold(r["code"])]
    return exact or [r for r in rows if _words_match(q, r["name"], r["code"])]


def meetings(db: Database, query: str) -> list[Row]:
    """By id, by day (« 2026-03-12 ») or by words of the title or of the instance's name or
    code (« COPIL 2026-03 » combines both)."""
    rows = _rows(
        db,
        "SELECT m.id, m.title, m.starts_at, coalesce(s.code, '') AS code, "
        "coalesce(s.name, '') AS series FROM meeting m "
        "LEFT JOIN meeting_series s ON s.id = m.series_id "
        "WHERE m.deleted_at IS NULL ORDER BY m.starts_at",
    )
    q = query.strip()
    exact = [r for r in rows if r["id"] == q]
    if exact:
        return exact
    found = []
    for r in rows:
        words = q.split()
        days = [w for w in words if w[:1].isdigit()]
        others = " ".join(w for w in words if not w[:1].isdigit())
        if any(not r["starts_at"].startswith(d) for d in days):
            continue
        if others and not _words_match(others, r["title"], r["code"], r["series"]):
            continue
        found.append(r)
    return found


def referrals(db: Database, query: str) -> list[Row]:
    """By id, or every referral of the project named by its reference or id."""
    sql = (
        "SELECT r.id, r.status, r.consent_on, r.sent_on, p.reference, o.name AS organisation "
        "FROM referral r JOIN project p ON p.id = r.project_id "
        "JOIN organisation o ON o.id = r.organisation_id "
        "WHERE r.deleted_at IS NULL AND {} ORDER BY r.created_at"
    )
    q = query.strip()
    exact = _rows(db, sql.format("r.id = ?"), (q,))
    return exact or _rows(db, sql.format("(p.id = ? OR upper(p.reference) = upper(?))"), (q, q))
