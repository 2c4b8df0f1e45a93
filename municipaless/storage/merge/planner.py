"""Three-way merge of a colleague's copy (THEIRS) into the open file (MINE), field by field.

The base comes from the two journals, not from a third file. Every change is a journal row
(table, record, field, old, new, when, who, which copy), and a merge imports the rows it takes
with their author, time and copy, so a row is known to both copies when they share it (from
before the fork, or from an earlier merge). For one field of one record:

* THEIRS has no journal row MINE lacks: MINE is kept.
* Otherwise each side's *original* is the ``old`` of its first row the other side lacks, and a
  side *changed* the field when its value differs from its original (a→b→a is no change).
  Only THEIRS changed: its value is taken. Both changed to different values: a conflict
  (la mienne / la sienne / l'originale). Both changed to the same value: nothing to choose.
* Deletion is the pseudo-field ``deleted_at`` ('-' and '~' rows), judged the same way on the
  deleted/alive state: a delete or a restore made on one side propagates; a delete undone on
  the same side is no change. Should the sides still disagree after both changed it (possible
  only after earlier merges), the record stays alive — nothing vanishes in a merge and the
  corbeille is one click away. Both deleted: the earlier date. An edit of a record the other
  side deleted is applied to the tombstone, so a restore brings it back complete.
* A person erased (RGPD, ``erased_at``) on either side stays erased with the erased side's
  blank fields (both erased: the earlier date); the other side's values are never taken, and
  its journal rows about that person are imported with their values blanked.

Apply imports THEIRS's missing journal rows (plus one row by the officer where the kept value
is not THEIRS's last one), so afterwards MINE holds every row of THEIRS: merging again finds
nothing, and merging back the other way takes MINE's values without conflict. Bookkeeping in
``meta`` (``merge:<their copy_id>``: when, which file, their last seq) is informative only.
"""

from pathlib import Path
from typing import Any

from municipaless.core import domain
from municipaless.core.i18n import _
from municipaless.storage import search, territory_file
from municipaless.storage.errors import FileProblem
from municipaless.storage.merge import store
from municipaless.storage.merge.apply import SIDES, apply
from municipaless.storage.merge.model import (
    DELETED,
    Addition,
    Conflict,
    MergeFailed,
    MergePlan,
    RecordMerge,
)
from municipaless.storage.merge.store import text
from municipaless.storage.territory_file import TerritoryDB

__all__ = ["SIDES", "MergeFailed", "apply", "plan", "plan_between", "search"]

_LABEL_FIELDS = ("name", "title", "what", "text", "reference", "subject", "free_name", "label")


def record_label(table: str, row: dict[str, Any]) -> str:
    if table == "person":
        name = f"{row.get('first_name') or ''} {row.get('last_name') or ''}".strip()
        return name or "(sans nom)"
    for name in _LABEL_FIELDS:
        if row.get(name):
            return str(row[name])[:80]
    row_id: str = row["id"]  # a sqlite row value (Any)
    return row_id[:8]


# planning ---------------------------------------------------------------------------------
def plan(mine: TerritoryDB, theirs_path: Path, redact: store.Redact | None = None) -> MergePlan:
    """Dry run: what merging ``theirs_path`` into ``mine`` would do. Writes nothing anywhere.

    ``redact``: how journal values are compared when a person is erased on one side only
    (``store.event_key``); kept on the plan for whoever applies it."""
    theirs_path = Path(theirs_path)
    if mine.path is not None and theirs_path.resolve() == Path(mine.path).resolve():
        raise FileProblem(_("C'est le fichier ouvert lui-même : choisissez la copie du collègue."))
    with territory_file.open_to_read(theirs_path) as theirs:
        return plan_between(mine, theirs, theirs_path, redact)


def plan_between(
    mine: TerritoryDB, theirs: TerritoryDB, theirs_path: Path, redact: store.Redact | None = None
) -> MergePlan:
    mconn, tconn = mine.db.conn, theirs.db.conn
    erased = store.erased_people(mconn) | store.erased_people(tconn)
    t_journal, m_journal = store.read_journal(tconn), store.read_journal(mconn)
    t_new_by_record = _by_record(store.unknown_to(t_journal, m_journal, erased, redact))
    m_new_by_record = _by_record(store.unknown_to(m_journal, t_journal, erased, redact))
    result = MergePlan(
        mine_copy_id=mine.copy_id,
        theirs_copy_id=theirs.copy_id,
        theirs_path=theirs_path,
        theirs_last_seq=store.max_seq(tconn),
        common_history=False,
        redact=redact,
    )
    mine_codes = store.vocabulary_codes(mconn)
    for table in domain.TABLES:
        t_ids, m_ids = store.ids(tconn, table), store.ids(mconn, table)
        result.common_history = result.common_history or bool(t_ids & m_ids)
        added = store.rows_by_id(tconn, table, sorted(t_ids - m_ids))
        for row_id, row in added.items():
            if table == "vocabulary" and (row["vocab"], row["code"]) in mine_codes:
                result.skipped.append(
                    _(
                        "Vocabulaire « {vocab} » : le code « {code} » existe déjà "
                        "ici (libellé de l'autre copie : « {label} »)."
                    ).format(vocab=row["vocab"], code=row["code"], label=row["label"])
                )
                continue
            blank = row_id in erased and table == "person"
            events = [store.to_event(r, blank) for r in t_new_by_record.get((table, row_id), [])]
            result.additions.append(Addition(table, row, record_label(table, row), events))
        touched = [i for t, i in t_new_by_record if t == table and i in m_ids and i in t_ids]
        if not touched:
            continue
        m_rows = store.rows_by_id(mconn, table, touched)
        t_rows = store.rows_by_id(tconn, table, touched)
        for row_id in touched:
            result.updates.append(
                three_way(
                    table,
                    m_rows[row_id],
                    t_rows[row_id],
                    t_new_by_record[(table, row_id)],
                    m_new_by_record.get((table, row_id), []),
                )
            )
    return result


def _by_record(rows: list[store.JournalRow]) -> dict[tuple[str, str], list[store.JournalRow]]:
    grouped: dict[tuple[str, str], list[store.JournalRow]] = {}
    for r in rows:
        if r[1] in domain.TABLES:
            grouped.setdefault((r[1], r[2]), []).append(r)
    return grouped


# The original of a field whose first row is an erasure's blanking (old and new NULL: an
# ordinary edit never journals NULL → NULL): unknown, so the blanking counts as a change.
UNKNOWN = "\x00erased"


def _first_old(rows: list[store.JournalRow]) -> dict[str, str | None]:
    """Per field, the value before the first of these rows: that side's original."""
    firsts: dict[str, str | None] = {}
    for r in rows:
        blanked = r[4] is None and r[5] is None and store.field_of(r) != DELETED
        firsts.setdefault(store.field_of(r), UNKNOWN if blanked else r[4])
    return firsts


def three_way(
    table: str,
    mine_row: dict[str, Any],
    theirs_row: dict[str, Any],
    theirs_new: list[store.JournalRow],
    mine_new: list[store.JournalRow],
) -> RecordMerge:
    """Decide one record both copies hold (see the module docstring for the rules)."""
    erased_side = None
    if table == "person":
        erased_side = (
            "mine" if mine_row["erased_at"] else "theirs" if theirs_row["erased_at"] else None
        )
    merged = RecordMerge(
        table=table,
        row_id=mine_row["id"],
        label=record_label(table, mine_row if erased_side != "theirs" else theirs_row),
        mine_row=mine_row,
        theirs_row=theirs_row,
        events=[store.to_event(r, blank=erased_side is not None) for r in theirs_new],
        touched={store.field_of(r) for r in theirs_new},
    )
    t_base, m_base = _first_old(theirs_new), _first_old(mine_new)
    content = domain.TABLES[table].content_fields()
    merged.erase = erased_side is not None
    if erased_side == "theirs":
        merged.values = {f: theirs_row[f] for f in content if theirs_row[f] != mine_row[f]}
    elif (
        erased_side and theirs_row["erased_at"] and theirs_row["erased_at"] < mine_row["erased_at"]
    ):
        merged.values = {"erased_at": theirs_row["erased_at"]}  # both erased: the first date
    elif erased_side is None:
        for name in content:
            mine_v, theirs_v = mine_row[name], theirs_row[name]
            if name not in t_base or text(mine_v) == text(theirs_v):
                continue
            if text(theirs_v) == t_base[name]:
                continue  # theirs came back to its original: nothing to take
            if name in m_base and text(mine_v) != m_base[name]:
                original = None if m_base[name] == UNKNOWN else m_base[name]
                merged.conflicts.append(
                    Conflict(table, merged.row_id, name, merged.label, mine_v, theirs_v, original)
                )
                continue
            merged.values[name] = theirs_v
    deletion = _deleted_against_edit(merged, content, t_base, m_base)
    if deletion is not None:
        merged.conflicts.append(deletion)
    elif DELETED in t_base:
        merged.deleted = _deletion(mine_row[DELETED], theirs_row[DELETED], t_base, m_base)
    return merged


def _deleted_against_edit(
    merged: RecordMerge,
    content: tuple[str, ...] | list[str],
    t_base: dict[str, Any],
    m_base: dict[str, Any],
) -> Conflict | None:
    """One side deleted the record, the other edited it: the officer decides (a conflict on
    ``deleted_at``: la mienne / la sienne, the original being alive), never the deletion
    silently. An erased person is not asked about (the erasure rules apply)."""
    if merged.erase:
        return None
    mine_d, theirs_d = merged.mine_row[DELETED], merged.theirs_row[DELETED]

    def edited(row: dict[str, Any], base: dict[str, Any]) -> bool:
        return any(name in base and text(row[name]) != base[name] for name in content)

    def deleted_since(d: str | None, base: dict[str, Any]) -> bool:
        return d is not None and DELETED in base and base[DELETED] is None

    theirs_deleted = deleted_since(theirs_d, t_base) and mine_d is None
    mine_deleted = deleted_since(mine_d, m_base) and theirs_d is None
    if (theirs_deleted and edited(merged.mine_row, m_base)) or (
        mine_deleted and edited(merged.theirs_row, t_base)
    ):
        return Conflict(merged.table, merged.row_id, DELETED, merged.label, mine_d, theirs_d, None)
    return None


def _deletion(
    mine_d: str | None, theirs_d: str | None, t_base: dict[str, Any], m_base: dict[str, Any]
) -> tuple[str | None] | None:
    """The new ``deleted_at`` as a 1-tuple, or None when MINE's state stays."""
    t_changed = (theirs_d is not None) != (t_base[DELETED] is not None)
    m_changed = DELETED in m_base and (mine_d is not None) != (m_base[DELETED] is not None)
    if t_changed and not m_changed:
        deleted = theirs_d is not None
    elif t_changed:
        deleted = mine_d is not None and theirs_d is not None  # disagreeing: alive wins
    else:
        deleted = mine_d is not None
    target = min(d for d in (mine_d, theirs_d) if d) if deleted else None
    return None if target == mine_d else (target,)
