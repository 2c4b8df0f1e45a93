"""The enjeux' SQL: their indicators and measures, the records that carry one (the detail
pane's links), and the list filter « Enjeu » every list shares (``carries``)."""

from dataclasses import dataclass

from sqlite_utils import Database

from municipaless.core import domain as d
from municipaless.core.cooperation import Indicator, IndicatorValue
from municipaless.storage import codec
from municipaless.storage.listing import Where


def carries(challenge_id: str | None, alias: str = "t") -> Where:
    """Rows of a list (alias ``t``) whose ``challenges`` (JSON ids) hold this enjeu."""
    if not challenge_id:
        return Where()
    return Where(
        f"{alias}.challenges <> '[]' AND EXISTS "
        f"(SELECT 1 FROM json_each({alias}.challenges) WHERE value = ?)",
        (challenge_id,),
    )


def _rows(db: Database, sql: str, params: list[object]) -> list[dict[str, object]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def indicators(db: Database, challenge_ids: list[str] | None = None) -> list[Indicator]:
    """Live indicators (of these enjeux, or of all), in their order."""
    sql = "SELECT * FROM indicator WHERE deleted_at IS NULL"
    params: list[object] = []
    if challenge_ids is not None:
        sql += f" AND challenge_id IN ({', '.join('?' for _ in challenge_ids)})"
        params = list(challenge_ids)
    sql += " ORDER BY challenge_id, position, name COLLATE FR"
    return [codec.from_row(Indicator, r) for r in _rows(db, sql, params)]


def measures(db: Database, indicator_ids: list[str]) -> list[IndicatorValue]:
    """Live measures of these indicators, latest first (then the latest recorded)."""
    if not indicator_ids:
        return []
    sql = (
        "SELECT * FROM indicator_value WHERE deleted_at IS NULL AND indicator_id IN "
        f"({', '.join('?' for _ in indicator_ids)}) ORDER BY measured_on DESC, created_at DESC"
    )
    return [codec.from_row(IndicatorValue, r) for r in _rows(db, sql, list(indicator_ids))]


def challenge_rows(db: Database) -> list[d.Challenge]:
    """Every live enjeu, archived ones included, in their order."""
    sql = "SELECT * FROM challenge WHERE deleted_at IS NULL ORDER BY position, title COLLATE FR"
    return [codec.from_row(d.Challenge, r) for r in _rows(db, sql, [])]


@dataclass(frozen=True)
class Linked:
    """A record carrying an enjeu, as the detail pane links it."""

    kind: str  # project, meeting, project_call, collective, workshop
    row_id: str
    label: str
    when: str | None


_LINKED = {
    "project": "SELECT id, reference || ' « ' || name || ' »', first_contact_on FROM project t",
    "meeting": "SELECT id, title, substr(starts_at, 1, 10) FROM meeting t",
    "project_call": "SELECT id, trim(reference || ' ' || title), launch_on FROM project_call t",
    "collective": "SELECT id, name, founded_on FROM collective t",
    "workshop": "SELECT id, title, substr(starts_at, 1, 10) FROM workshop t",
}


def linked(db: Database, challenge_id: str, limit: int = 500) -> dict[str, list[Linked]]:
    """The live records of each kind carrying the enjeu, latest first (at most ``limit``)."""
    where = carries(challenge_id)
    out: dict[str, list[Linked]] = {}
    for kind, select in _LINKED.items():
        sql = f"{select} WHERE t.deleted_at IS NULL AND {where.sql} ORDER BY 3 DESC LIMIT ?"
        rows = db.execute(sql, [*where.params, limit]).fetchall()
        out[kind] = [Linked(kind, r[0], r[1], r[2]) for r in rows]
    return out
