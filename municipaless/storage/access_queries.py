"""The SQL of the right of access (RGPD art. 15): every row of the file about one person.

Two ways a row is about someone: a link by id (her person row, affiliations, dossiers,
participations, attendances, actions) or her name written in free text (notes, decisions,
minutes, the journal). Names are matched on folded text (core/text.py: accents, case,
ligatures, apostrophes) as whole words, through an SQL function registered for the query, so
the scan stays in SQLite and nothing but the matching rows reaches Python.

Deleted rows (the corbeille) are included: they are still held in the file.
"""

from __future__ import annotations

import functools
import itertools
import json
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlite_utils import Database

from municipaless.core.text import fold

Row = dict[str, Any]
_counter = itertools.count()


def needles_for(first_name: str, last_name: str, email: str | None) -> list[str]:
    """The folded spellings that name the person in a text: « prénom nom », « nom prénom »,
    the e-mail; a lone name only when the other is unknown (a bare surname is too common)."""
    first, last = fold(first_name), fold(last_name)
    found = []
    if first and last:
        found += [f"{first} {last}", f"{last} {first}"]
    elif first or last:
        found.append(first or last)
    if email and fold(email):
        found.append(fold(email))
    return [n for n in dict.fromkeys(found) if len(n) >= 3]


# How a folded letter may be written in the raw text (case aside), for the prefilter.
_VARIANTS = {
    "a": "aàâäáãå",
    "c": "cç",
    "e": "eéèêë",
    "i": "iîïíì",
    "o": "oôöóòõ",
    "u": "uùûüú",
    "y": "yÿý",
    "n": "nñ",
}
_MARKS = "[\u0300-\u036f]*"  # a decomposed accent after its letter


@functools.lru_cache(maxsize=64)
def _prefilter(needles: tuple[str, ...]) -> re.Pattern[str] | None:
    """A regex the raw text must match before it is worth folding: the longest word of each
    needle, any accent and case allowed. None when a word may hide a ligature (œ, æ, ß)."""
    words = [max(n.split(), key=len) for n in needles if n.split()]
    if not words or any(x in w for w in words for x in ("oe", "ae", "ss", "fi", "fl")):
        return None
    parts = [
        "".join(
            (f"[{_VARIANTS[ch]}]" if ch in _VARIANTS else re.escape(ch)) + _MARKS for ch in word
        )
        for word in words
    ]
    return re.compile("|".join(parts), re.IGNORECASE)


def mentions(text: Any, needles: Sequence[str]) -> bool:
    """True when one of ``needles`` (folded) appears in ``text`` as whole words; a regex on
    the raw text first, so most texts are never folded (the large file's notes)."""
    if not text or not needles:
        return False
    raw = str(text)
    quick = _prefilter(tuple(needles))
    if quick is not None and quick.search(raw) is None:
        return False
    folded = f" {fold(raw)} "
    return any(f" {n} " in folded for n in needles)


@contextmanager
def _matcher(db: Database, needles: Sequence[str]) -> Iterator[str]:
    """The name of an SQL function ``f(text) -> 0/1`` matching ``needles``, for one query."""
    name = f"ms_mentions_{next(_counter)}"
    wanted = list(needles)
    db.conn.create_function(name, 1, lambda t: int(mentions(t, wanted)), deterministic=True)
    try:
        yield name
    finally:
        db.conn.create_function(name, 1, None)


def _rows(db: Database, sql: str, params: Sequence[Any] = ()) -> list[Row]:
    return list(db.query(sql, list(params)))


def person(db: Database, person_id: str) -> Row | None:
    rows = _rows(db, "SELECT * FROM person WHERE id = ?", [person_id])
    return rows[0] if rows else None


def affiliations(db: Database, person_id: str) -> list[Row]:
    return _rows(
        db,
        """SELECT a.*, o.name AS organisation_name FROM affiliation a
           LEFT JOIN organisation o ON o.id = a.organisation_id
           WHERE a.person_id = ? ORDER BY coalesce(a.start_on, ''), a.created_at""",
        [person_id],
    )


def tags(db: Database, person_id: str) -> list[Row]:
    return _rows(
        db,
        """SELECT g.*, t.name AS tag_name FROM tagging g JOIN tag t ON t.id = g.tag_id
           WHERE g.target_table = 'person' AND g.target_id = ? ORDER BY t.name COLLATE FR""",
        [person_id],
    )


def holdings(db: Database, person_id: str) -> list[Row]:
    """The person's project_holder rows with the whole project (``p_*`` columns)."""
    return _rows(
        db,
        """SELECT h.id, h.role, h.created_at, h.deleted_at, h.project_id,
                  p.reference AS p_reference, p.name AS p_name, p.description AS p_description,
                  p.sector AS p_sector, p.legal_status AS p_legal_status,
                  p.commune_insee AS p_commune_insee, p.stage AS p_stage,
                  p.status AS p_status, p.close_reason AS p_close_reason,
                  p.jobs_planned AS p_jobs_planned, p.jobs_created AS p_jobs_created,
                  p.first_contact_on AS p_first_contact_on, p.founded_on AS p_founded_on,
                  p.referent AS p_referent, p.created_at AS p_created_at,
                  p.updated_at AS p_updated_at, p.purged_at AS p_purged_at,
                  p.deleted_at AS p_deleted_at
           FROM project_holder h JOIN project p ON p.id = h.project_id
           WHERE h.person_id = ? ORDER BY p.reference""",
        [person_id],
    )


def case_events(
    db: Database, person_id: str, project_ids: Sequence[str], needles: Sequence[str]
) -> list[Row]:
    """Entries of the case log: of her dossiers, where she took part, or naming her.
    ``link``: dossier, participant, mention (several joined by a comma)."""
    marks = ",".join("?" * len(project_ids)) or "NULL"
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT e.*, p.reference AS project_reference,
                  trim((CASE WHEN e.project_id IN ({marks}) THEN 'dossier ' ELSE '' END)
                    || (CASE WHEN pa.id IS NOT NULL THEN 'participant ' ELSE '' END)
                    || (CASE WHEN {named}(e.subject) OR {named}(e.notes)
                        THEN 'mention' ELSE '' END)) AS link
               FROM case_event e
               LEFT JOIN project p ON p.id = e.project_id
               LEFT JOIN case_event_participant pa
                 ON pa.case_event_id = e.id AND pa.person_id = ?
               WHERE e.project_id IN ({marks}) OR pa.id IS NOT NULL
                  OR {named}(e.subject) OR {named}(e.notes)
               GROUP BY e.id ORDER BY e.occurred_on, e.created_at""",
            [*project_ids, person_id, *project_ids],
        )


def participations(db: Database, person_id: str) -> list[Row]:
    return _rows(db, "SELECT * FROM case_event_participant WHERE person_id = ?", [person_id])


def of_projects(db: Database, table: str, project_ids: Sequence[str]) -> list[Row]:
    """Referrals, funding requests or follow-ups of her dossiers (organisation names joined)."""
    assert table in ("referral", "funding_request", "follow_up")
    if not project_ids:
        return []
    marks = ",".join("?" * len(project_ids))
    org = {"referral": "organisation_id", "funding_request": "funder_id"}.get(table)
    join = f"LEFT JOIN organisation o ON o.id = x.{org}" if org else ""
    name = "o.name" if org else "NULL"
    order = {"follow_up": "x.due_on"}.get(table, "x.created_at")
    return _rows(
        db,
        f"""SELECT x.*, p.reference AS project_reference, {name} AS organisation_name
            FROM {table} x JOIN project p ON p.id = x.project_id {join}
            WHERE x.project_id IN ({marks}) ORDER BY p.reference, {order}""",
        project_ids,
    )


def attendances(db: Database, person_id: str, needles: Sequence[str]) -> list[Row]:
    """Her presence at meetings, by id or as a name typed free (« représenté par » too)."""
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT a.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
                       o.name AS organisation_name,
                       CASE WHEN a.person_id = ? THEN 'personne' ELSE 'mention' END AS link
                FROM attendance a JOIN meeting m ON m.id = a.meeting_id
                LEFT JOIN organisation o ON o.id = a.organisation_id
                WHERE a.person_id = ? OR {named}(a.free_name) OR {named}(a.represented_by)
                ORDER BY m.starts_at""",
            [person_id, person_id],
        )


def agenda_items(db: Database, needles: Sequence[str]) -> list[Row]:
    """Meeting notes (agenda items) naming her, as presenter or in the notes."""
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT i.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at
                FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
                WHERE {named}(i.title) OR {named}(i.presenter) OR {named}(i.notes)
                ORDER BY m.starts_at, i.position""",
        )


def decisions(db: Database, needles: Sequence[str]) -> list[Row]:
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT x.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at
                FROM decision x JOIN meeting m ON m.id = x.meeting_id
                WHERE {named}(x.text) ORDER BY m.starts_at, x.number""",
        )


def action_items(db: Database, person_id: str, needles: Sequence[str]) -> list[Row]:
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT x.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at,
                       CASE WHEN x.owner_person_id = ? THEN 'responsable' ELSE 'mention' END
                         AS link
                FROM action_item x LEFT JOIN meeting m ON m.id = x.meeting_id
                WHERE x.owner_person_id = ? OR {named}(x.what) OR {named}(x.owner_text)
                ORDER BY coalesce(m.starts_at, x.created_at)""",
            [person_id, person_id],
        )


def minutes_versions(db: Database, needles: Sequence[str]) -> list[Row]:
    """Frozen comptes rendus (JSON snapshots) whose text names her."""
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT v.*, m.title AS meeting_title, m.starts_at AS meeting_starts_at
                FROM minutes_version v JOIN meeting m ON m.id = v.meeting_id
                WHERE {named}(v.content) ORDER BY m.starts_at, v.version""",
        )


def journal(db: Database, rows: Sequence[tuple[str, str]], needles: Sequence[str]) -> list[Row]:
    """The history of her rows (``(table, id)`` pairs) and any change whose old or new value
    names her, oldest first."""
    keys = json.dumps(sorted({f"{table}:{row_id}" for table, row_id in rows}))
    with _matcher(db, needles) as named:
        return _rows(
            db,
            f"""SELECT j.*, CASE WHEN k.value IS NOT NULL THEN 'fiche' ELSE 'mention' END AS link
                FROM journal j
                LEFT JOIN json_each(?) k ON k.value = j.table_name || ':' || j.row_id
                WHERE k.value IS NOT NULL OR {named}(j.old) OR {named}(j.new)
                ORDER BY j.at, j.seq""",
            [keys],
        )


def people_named(db: Database, query: str) -> list[Row]:
    """Live or deleted people whose « prénom nom » or « nom prénom » folds to ``query``'s
    fold (the CLI's ``--person "Léa Martin"``), by name order."""
    wanted = fold(query)
    if not wanted:
        return []
    name = f"ms_fold_{next(_counter)}"
    db.conn.create_function(name, 1, fold, deterministic=True)
    try:
        return _rows(
            db,
            f"""SELECT * FROM person
                WHERE {name}(first_name || ' ' || last_name) = ?
                   OR {name}(last_name || ' ' || first_name) = ?
                ORDER BY deleted_at IS NOT NULL, last_name COLLATE FR, first_name COLLATE FR""",
            [wanted, wanted],
        )
    finally:
        db.conn.create_function(name, 1, None)


def retention_decisions(db: Database, person_id: str, project_ids: Sequence[str]) -> list[Row]:
    """The retention review's decisions on her fiche and on her dossiers."""
    keys = json.dumps([f"person:{person_id}", *(f"project:{p}" for p in project_ids)])
    return _rows(
        db,
        """SELECT * FROM retention_decision
           WHERE table_name || ':' || row_id IN (SELECT value FROM json_each(?))
           ORDER BY decided_on""",
        [keys],
    )


def record_merges(db: Database, person_id: str) -> list[Row]:
    """Duplicates of her fiche merged into it (or it into another), with the values copied."""
    return _rows(
        db,
        """SELECT * FROM record_merge WHERE table_name = 'person'
           AND (kept_id = ? OR removed_id = ?) ORDER BY created_at""",
        [person_id, person_id],
    )
