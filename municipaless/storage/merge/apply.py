"""Carrying out a merge plan in the open file: one transaction, journaled, indexed.

Split from ``merge.py`` (which decides) so each stays small; see its docstring for the rules.
"""

import json
from collections.abc import Callable
from typing import Any

from sqlite_utils import Database

from municipaless.core import domain
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import _
from municipaless.storage import bulk, codec, search
from municipaless.storage.errors import ConflictError
from municipaless.storage.merge import store
from municipaless.storage.merge.model import (
    DELETED,
    Event,
    MergeFailed,
    MergePlan,
    MergeReport,
    RecordMerge,
    Side,
)
from municipaless.storage.merge.store import text
from municipaless.storage.territory_file import TerritoryDB

SIDES: tuple[Side, ...] = ("mine", "theirs", "original")


# applying ---------------------------------------------------------------------------------
def apply(
    mine: TerritoryDB,
    the_plan: MergePlan,
    resolutions: dict[str, Side],
    inside: Callable[[Database, MergeReport], None] | None = None,
) -> MergeReport:
    """Carry out ``the_plan`` in ONE transaction: all of it, or nothing (any error rolls back).

    ``resolutions`` maps every ``Conflict.key`` to 'mine', 'theirs' or 'original'. A record
    changed since the plan was made refuses the whole merge (compare-and-set on ``rev``).
    ``inside`` runs last in that transaction (an erasure carried over the merged rows).
    """
    missing = [c.key for c in the_plan.conflicts if resolutions.get(c.key) not in SIDES]
    if missing:
        raise ValueError(f"conflicts without a resolution: {missing}")
    report = MergeReport(skipped=list(the_plan.skipped), nothing_to_do=the_plan.is_empty)
    if the_plan.is_empty:
        return report
    now = utc_now_iso()
    tables: set[str] = set()
    with mine.write() as db:
        conn = db.conn
        store.defer_foreign_keys(conn)
        for table in domain.TABLES:
            added = [a for a in the_plan.additions if a.table == table]
            if not added:
                continue
            record_type = domain.TABLES[table]
            bulk.insert_many(
                mine, table, [codec.from_row(record_type, a.row) for a in added], journal=False
            )
            report.events += store.insert_events(conn, [e for a in added for e in a.events])
            report.additions += len(added)
            tables.add(table)
        for update in the_plan.updates:
            _apply_update(mine, update, resolutions, now, report)
            tables.add(update.table)
        store.write_meta(
            conn, f"merge:{the_plan.theirs_copy_id}", _bookkeeping(the_plan, mine, now)
        )
        problems = store.foreign_key_problems(conn, sorted(tables))
        if problems:
            raise MergeFailed(
                _(
                    "La fusion a été annulée : des fiches de l'autre copie renvoient à des "
                    "fiches absentes des deux fichiers ({len} liens). Rien n'a été modifié."
                ).format(len=len(problems))
            )
        if inside is not None:
            inside(db, report)
    report.conflicts = len(the_plan.conflicts)
    return report


def _apply_update(
    mine: TerritoryDB, u: RecordMerge, resolutions: dict[str, Side], now: str, report: MergeReport
) -> None:
    conn = mine.db.conn
    if store.current_rev(conn, u.table, u.row_id) != u.mine_rev:
        raise ConflictError(
            u.table, u.row_id, u.mine_rev, store.current_rev(conn, u.table, u.row_id)
        )
    chosen = dict(u.values)
    chosen.update({c.field: c.value(resolutions[c.key]) for c in u.conflicts})
    values = {f: v for f, v in chosen.items() if text(v) != text(u.mine_row[f])}
    final = {**u.mine_row, **values}
    if u.deleted is not None:
        values[DELETED] = final[DELETED] = u.deleted[0]
    if values:
        newer = max(
            (u.mine_row["updated_at"], u.mine_row["updated_by"]),
            (u.theirs_row["updated_at"], u.theirs_row["updated_by"]),
        )
        if not store.update_row(conn, u.table, u.row_id, u.mine_rev, values, *newer):
            raise ConflictError(u.table, u.row_id, u.mine_rev, None)
    report.events += store.insert_events(conn, u.events)
    store.insert_events(conn, _resolution_rows(mine, u, final, now))
    if u.erase:
        store.scrub_person_journal(conn, u.row_id)
    if values:
        record = codec.from_row(domain.TABLES[u.table], store.row(conn, u.table, u.row_id))
        search.reindex(mine.db, u.table, record)
        content = [f for f in values if f != DELETED]
        report.fields += len(content)
        report.changes += bool(content)
        if DELETED in values:
            if values[DELETED] is None:
                report.restorations += 1
            elif u.mine_row[DELETED] is None:
                report.deletions += 1


def _resolution_rows(
    mine: TerritoryDB, u: RecordMerge, final: dict[str, Any], now: str
) -> list[Event]:
    """Where the kept value is not THEIRS's last one, say so in the history (by the officer)."""
    if u.erase:
        return []  # an erased person's values never go into the journal
    rows = []

    def add(name: str, old: Any, new: Any) -> None:
        rows.append(Event(u.table, u.row_id, name, old, new, now, mine.officer, mine.copy_id))

    for name in sorted(u.touched - {DELETED, "+"}):
        if text(final[name]) != text(u.theirs_row[name]):
            add(name, text(u.theirs_row[name]), text(final[name]))
    if DELETED in u.touched and (final[DELETED] is None) != (u.theirs_row[DELETED] is None):
        if final[DELETED] is None:
            add("~", u.theirs_row[DELETED], None)
        else:
            add("-", None, final[DELETED])
    return rows


def _bookkeeping(the_plan: MergePlan, mine: TerritoryDB, now: str) -> str:
    return json.dumps(
        {
            "at": now,
            "by": mine.officer,
            "file": the_plan.theirs_path.name,
            "their_last_seq": the_plan.theirs_last_seq,
        },
        ensure_ascii=False,
    )
