"""The global search index: one FTS5 table over everything the officer looks for.

Text is folded in Python (``core.text.fold``) before indexing and before querying, because FTS5
does not fold ligatures (docs/known-traps.md#2). Every indexed word carries a one-letter tag of its
kind, so the per-kind prefix query of a grouped result list only merges that kind's terms:
measured on the large demo (241,000 entries), p95 of a 4-letter keystroke fell from 455 ms
(kind filtered after matching) to 2 ms. Queries are unranked: a grouped list needs no ranking
and ranking costs ~20x on a common prefix (docs/known-traps.md#3).

A candidature is found by its project and its call: its entry is written again whenever that
project or call is (``reindex``), so renaming a project renames its candidatures' hits. The
enjeux a file was created with (the schema migration seeds them, without index entries) are
read from their short table until first saved, so they are found in every file.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core.cooperation import Submission
from municipaless.core.domain import Challenge
from municipaless.core.formats import format_date, format_local_datetime, format_phone
from municipaless.core.statuses import (
    CallStatus,
    ChallengeStatus,
    DecisionStatus,
    SubmissionStatus,
    WorkshopStatus,
    label_of,
)
from municipaless.core.text import fold
from municipaless.storage import codec

TAGS: dict[str, str] = {
    "organisation": "o",
    "person": "h",
    "project": "p",
    "case_event": "e",
    "meeting": "m",
    "decision": "d",
    "action_item": "a",
    "challenge": "n",
    "project_call": "c",
    "submission": "s",
    "collective": "g",
    "workshop": "w",
}
KINDS: tuple[str, ...] = tuple(TAGS)


def tagged_words(kind: str, words: str) -> str:
    """The indexed text: folded words, each behind its kind's tag."""
    tag = TAGS[kind]
    folded = fold(words)  # single spaces between words, none around: split(" ") is split()
    return tag + folded.replace(" ", " " + tag) if folded else ""


@dataclass(frozen=True)
class SearchHit:
    kind: str
    row_id: str
    label: str
    detail: str


def _join(*parts: Any) -> str:
    return " · ".join(str(p) for p in parts if p)


def stage_labels(db: Database, vocab: str = "stage") -> dict[str, str]:
    """Stage code -> label, so a project hit reads "Émergence", not "emergence" (and the
    same for another vocabulary: a collectif's kind)."""
    rows = db.conn.execute("SELECT code, label FROM vocabulary WHERE vocab = ?", (vocab,))
    return dict(rows.fetchall())


# What a kind's entry needs beyond its record: vocabulary labels, or the project and the call
# of a candidature (id -> (reference, name or title)).
_VOCABULARY = {"project": "stage", "collective": "collective_kind"}


def _context(db: Database, table: str, records: list[Any]) -> dict[str, Any] | None:
    if table in _VOCABULARY:
        return stage_labels(db, _VOCABULARY[table])
    if table != "submission" or not records:
        return None
    out: dict[str, Any] = {}
    for sql, ids in (
        (
            "SELECT id, reference, name FROM project WHERE id IN ({q})",
            {r.project_id for r in records},
        ),
        (
            "SELECT id, reference, title FROM project_call WHERE id IN ({q})",
            {r.call_id for r in records},
        ),
    ):
        ids_list = sorted(ids)
        for start in range(0, len(ids_list), 500):
            chunk = ids_list[start : start + 500]
            rows = db.conn.execute(sql.format(q=", ".join("?" * len(chunk))), chunk)
            out.update({row[0]: (row[1], row[2]) for row in rows})
    return out


def document(
    kind: str, r: Any, stages: dict[str, Any] | None = None
) -> tuple[str, str, str] | None:
    """(label, detail, words) shown and searched for one record, or None if not indexed.

    ``stages``: the labels of the kind's vocabulary (project stages, collectif kinds), or for
    a candidature its project's and call's (reference, name) by id."""
    if kind == "organisation":
        label = f"{r.name} ({r.acronym})" if r.acronym else r.name
        return label, _join(r.postcode, r.email), _join(r.name, r.acronym, r.siret, r.email)
    if kind == "person":
        if r.erased_at:
            return None
        label = f"{r.first_name} {r.last_name}".strip() or "(sans nom)"
        return label, _join(r.email, format_phone(r.phone)), _join(label, r.email)
    if kind == "project":
        stage = (stages or {}).get(r.stage, r.stage)
        return r.name, _join(r.reference, stage), _join(r.reference, r.name, r.description)
    if kind == "case_event":
        label = r.subject or r.kind
        return label, format_date(r.occurred_on), _join(r.subject, r.notes)
    if kind == "meeting":
        return (
            r.title,
            _join(format_local_datetime(r.starts_at), r.place),
            _join(r.title, r.place, r.summary),
        )
    if kind == "decision":
        label = _join(r.number, r.text[:120])
        return label, label_of(DecisionStatus, r.status), _join(r.number, r.text)
    if kind == "action_item":
        return r.what[:120], format_date(r.due_on), _join(r.what, r.owner_text)
    return _cooperation_document(kind, r, stages or {})


def _cooperation_document(
    kind: str, r: Any, context: dict[str, Any]
) -> tuple[str, str, str] | None:
    if kind == "challenge":
        status = label_of(ChallengeStatus, r.status)
        return r.title, status, _join(r.title, r.description, r.diagnosis_source)
    if kind == "project_call":
        detail = _join(r.reference, label_of(CallStatus, r.status))
        return r.title, detail, _join(r.reference, r.title, r.description)
    if kind == "submission":  # « Épicerie solidaire — AAP-2026-01 »
        project_ref, project = context.get(r.project_id, ("", ""))
        call_ref, call = context.get(r.call_id, ("", ""))
        label = " — ".join(p for p in (project, call_ref) if p) or "(candidature)"
        detail = _join(project_ref, label_of(SubmissionStatus, r.status))
        return label, detail, _join(project_ref, project, call_ref, call, r.category)
    if kind == "collective":
        return r.name, context.get(r.kind or "", r.kind or ""), _join(r.name, r.description)
    if kind == "workshop":
        when = format_local_datetime(r.starts_at)
        status = label_of(WorkshopStatus, r.status) if r.status == WorkshopStatus.CANCELLED else ""
        return r.title, _join(when, r.place, status), _join(r.title, r.theme, r.place)
    return None


# Re-indexed with their project or call: a candidature's label names both.
_DEPENDENTS = {
    "project": "SELECT id FROM submission WHERE project_id = ?",
    "project_call": "SELECT id FROM submission WHERE call_id = ?",
}


def _reindex_dependents(db: Database, table: str, row_id: str) -> None:
    ids = [row[0] for row in db.conn.execute(_DEPENDENTS[table], (row_id,))]
    if not ids:
        return
    cursor = db.conn.execute(
        f"SELECT * FROM submission WHERE id IN ({', '.join('?' * len(ids))})", ids
    )
    names = [c[0] for c in cursor.description]
    for row in cursor.fetchall():
        reindex(db, "submission", codec.from_row(Submission, dict(zip(names, row, strict=True))))


def reindex(db: Database, table: str, record: Any) -> None:
    """Bring the index entry of one record in step with it (inside the caller's transaction)."""
    if table not in KINDS:
        return
    conn = db.conn
    row = conn.execute(
        "SELECT docid FROM search_doc WHERE kind = ? AND row_id = ?", (table, record.id)
    ).fetchone()
    if row:
        conn.execute("DELETE FROM search_index WHERE rowid = ?", (row[0],))
    if table in _DEPENDENTS:
        _reindex_dependents(db, table, record.id)
    doc = None
    if not record.deleted_at:
        doc = document(table, record, _context(db, table, [record]))
    if doc is None:
        if row:
            conn.execute("DELETE FROM search_doc WHERE docid = ?", (row[0],))
        return
    if row:
        docid = row[0]
    else:
        docid = conn.execute(
            "INSERT INTO search_doc (kind, row_id) VALUES (?, ?)", (table, record.id)
        ).lastrowid
    label, detail, words = doc
    conn.execute(
        "INSERT INTO search_index (rowid, kind, row_id, label, detail, text) "
        "VALUES (?, ?, ?, ?, ?, ?)",
        (docid, table, record.id, label, detail, tagged_words(table, words)),
    )


def index_many(db: Database, table: str, records: Iterable[Any]) -> int:
    """Bulk-index freshly inserted records (no existing entries): for the demo and imports."""
    conn = db.conn
    count = 0
    batch: list[tuple[Any, ...]] = []
    records = list(records)
    stages = _context(db, table, records)

    def flush() -> None:
        start = conn.execute("SELECT coalesce(max(docid), 0) FROM search_doc").fetchone()[0]
        conn.executemany(
            "INSERT INTO search_doc (docid, kind, row_id) VALUES (?, ?, ?)",
            [(start + i + 1, table, b[0]) for i, b in enumerate(batch)],
        )
        conn.executemany(
            "INSERT INTO search_index (rowid, kind, row_id, label, detail, text) "
            "VALUES (?, ?, ?, ?, ?, ?)",
            [(start + i + 1, table, *b) for i, b in enumerate(batch)],
        )
        batch.clear()

    for record in records:
        doc = None if record.deleted_at else document(table, record, stages)
        if doc is None:
            continue
        label, detail, words = doc
        batch.append((record.id, label, detail, tagged_words(table, words)))
        count += 1
        if len(batch) >= 5000:
            flush()
    if batch:
        flush()
    return count


def match_expression(query: str, kind: str) -> str | None:
    """FTS5 expression: every folded word of the query as a tagged prefix, all required."""
    words = fold(query).split()
    if not words:
        return None
    tag = TAGS[kind]
    return " ".join(f'"{tag}{w}"*' for w in words)


def search(db: Database, query: str, per_kind: int = 8) -> dict[str, list[SearchHit]]:
    """Grouped hits, at most ``per_kind`` for each kind, kinds in ``KINDS`` order."""
    results: dict[str, list[SearchHit]] = {}
    for kind in KINDS:
        expression = match_expression(query, kind)
        if expression is None:
            return {}
        rows = db.conn.execute(
            "SELECT row_id, label, detail FROM search_index WHERE search_index MATCH ? LIMIT ?",
            (expression, per_kind),
        ).fetchall()
        if kind == "challenge" and len(rows) < per_kind:
            rows += _unindexed_challenges(db, query, per_kind - len(rows))
        if rows:
            fresh = _details(db, kind, [row[0] for row in rows])
            results[kind] = [
                SearchHit(kind, row_id, label, fresh.get(row_id, detail))
                for row_id, label, detail in rows
            ]
    return results


def _unindexed_challenges(db: Database, query: str, limit: int) -> list[tuple[str, str, str]]:
    """The enjeux without an index entry (those the file was created with), matched like the
    index does: every folded word of the query starts a folded word of the enjeu."""
    words = fold(query).split()
    rows = db.conn.execute(
        "SELECT * FROM challenge c WHERE deleted_at IS NULL AND NOT EXISTS "
        "(SELECT 1 FROM search_doc s WHERE s.kind = 'challenge' AND s.row_id = c.id) "
        "ORDER BY position"
    )
    names = [col[0] for col in rows.description]
    hits = []
    for row in rows.fetchall():
        record = codec.from_row(Challenge, dict(zip(names, row, strict=True)))
        doc = document("challenge", record)
        if doc is None:
            continue
        indexed = fold(doc[2]).split()
        if all(any(w.startswith(q) for w in indexed) for q in words):
            hits.append((record.id, doc[0], doc[1]))
    return hits[:limit]


# The detail line of the hits that show a phone, a date-time, a status or another record, read
# again from the records (a few rows by id): files indexed before showed « +33475641234 »,
# « 2024-01-04T09:00 » and « active », and an entry of the suivi never said whose project.
_DETAIL_SQL = {
    "person": "SELECT id, email, phone FROM person WHERE id IN ({ids})",
    "meeting": "SELECT id, starts_at, place FROM meeting WHERE id IN ({ids})",
    "decision": "SELECT id, status FROM decision WHERE id IN ({ids})",
    "case_event": (
        "SELECT e.id, e.occurred_on, p.reference, p.name FROM case_event e "
        "LEFT JOIN project p ON p.id = e.project_id WHERE e.id IN ({ids})"
    ),
}


def _details(db: Database, kind: str, row_ids: list[str]) -> dict[str, str]:
    sql = _DETAIL_SQL.get(kind)
    if sql is None or not row_ids:
        return {}
    rows = db.conn.execute(sql.format(ids=", ".join("?" * len(row_ids))), row_ids).fetchall()
    if kind == "person":
        return {r[0]: _join(r[1], format_phone(r[2])) for r in rows}
    if kind == "meeting":
        return {r[0]: _join(format_local_datetime(r[1]), r[2]) for r in rows}
    if kind == "decision":  # « En vigueur », not the stored code
        return {r[0]: label_of(DecisionStatus, r[1]) for r in rows}
    return {r[0]: _join(format_date(r[1]), _join(r[2], r[3])) for r in rows}
