"""Paramètres ▸ Listes: the officer's own values of the choice lists and the enjeux du
territoire. Add (a code made from the label, never reused), rename (the label only: records
store the code, so every one follows), archive (out of the choices of new entries, still shown
on old records), delete only when nothing uses the value. Every write goes through
``Records`` (journaled, rev-checked), so a colleague's copy merges it like any change.

The status lists (project, referral, funding, attendance, action) are not offered: their codes
drive the application (core/statuses.py).
"""

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from municipaless.core.text import fold
from municipaless.storage import vocabulary_queries as q
from municipaless.storage.errors import StorageError

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory

# The lists an officer may edit, in the order Paramètres ▸ Listes shows them.
EDITABLE = (
    "legal_status",
    "sector",
    "stage",
    "organisation_kind",
    "instrument",
    "service",
    "case_event_kind",
    "meeting_kind",
)
CHALLENGES = "challenge"  # the enjeux, listed after the vocabularies


class ListError(StorageError):
    """A change of a list refused; ``message`` says why in French, nothing was written."""


@dataclass(frozen=True)
class Entry:
    """One value of a list (a vocabulary entry or an enjeu) with how many records use it."""

    row_id: str
    rev: int
    code: str  # the vocabulary code; an enjeu's id
    label: str
    archived: bool
    uses: int


def entries(territory: "Territory", vocab: str) -> list[Entry]:
    """Every value of ``vocab`` (or of the enjeux), archived ones included, in order."""
    db = territory.tdb.db
    if vocab == CHALLENGES:
        return [
            Entry(c.id, c.rev, c.id, c.title, c.archived, q.challenge_uses(db, c.id))
            for c in territory.challenges(include_archived=True)
        ]
    _check_editable(vocab)
    return [
        Entry(v.id, v.rev, v.code, v.label, v.archived, q.vocabulary_uses(db, vocab, v.code))
        for v in territory.vocabulary(vocab, include_archived=True)
    ]


def _check_editable(vocab: str) -> None:
    if vocab not in EDITABLE and vocab != CHALLENGES:
        raise ListError("Cette liste est fixée par l'application et ne se modifie pas.")


def _clean_label(territory: "Territory", vocab: str, label: str, row_id: str | None) -> str:
    label = " ".join((label or "").split())
    if not label:
        raise ListError("Saisissez un libellé.")
    for other in entries(territory, vocab):
        if other.row_id != row_id and fold(other.label) == fold(label):
            raise ListError(f"La liste contient déjà « {other.label} ».")
    return label


def new_code(label: str, taken: set[str]) -> str:
    """A stable code from the label (« Épicerie solidaire » → ``epicerie_solidaire``), never
    one the list already holds, deleted values included."""
    base = re.sub(r"[^a-z0-9]+", "_", fold(label)).strip("_")[:40] or "valeur"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}_{n}", n + 1
    return code


def add(territory: "Territory", vocab: str, label: str) -> Entry:
    _check_editable(vocab)
    label = _clean_label(territory, vocab, label, None)
    db = territory.tdb.db
    with territory.transaction():
        if vocab == CHALLENGES:
            position = q.max_position(db, "challenge") + 1
            c = territory.save("challenge", {"title": label, "position": position})
            return Entry(c.id, c.rev, c.id, label, False, 0)
        code = new_code(label, q.codes_of(db, vocab))
        position = q.max_position(db, "vocabulary", vocab) + 1
        v = territory.save(
            "vocabulary", {"vocab": vocab, "code": code, "label": label, "position": position}
        )
    return Entry(v.id, v.rev, code, label, False, 0)


def rename(territory: "Territory", vocab: str, row_id: str, rev: int, label: str) -> None:
    """A new label; the code (what records hold) stays, so every record shows the new one."""
    _check_editable(vocab)
    label = _clean_label(territory, vocab, label, row_id)
    field = "title" if vocab == CHALLENGES else "label"
    territory.save(_table(vocab), {field: label}, row_id=row_id, rev=rev)


def set_archived(territory: "Territory", vocab: str, row_id: str, rev: int, archived: bool) -> None:
    _check_editable(vocab)
    territory.save(_table(vocab), {"archived": archived}, row_id=row_id, rev=rev)


def delete(territory: "Territory", vocab: str, row_id: str, rev: int) -> None:
    """Delete a value nothing uses (it stays in the corbeille); one in use is refused."""
    _check_editable(vocab)
    with territory.transaction():
        entry = next((e for e in entries(territory, vocab) if e.row_id == row_id), None)
        if entry is None:
            raise ListError("Cette valeur n'existe plus dans la liste.")
        if entry.uses:
            raise ListError(
                f"« {entry.label} » est utilisé par {entry.uses} fiche(s) : archivez-le plutôt, "
                "il ne sera plus proposé mais restera affiché sur ces fiches."
            )
        territory.remove(_table(vocab), row_id, rev)


def move(territory: "Territory", vocab: str, row_id: str, step: int) -> None:
    """Move a value up (-1) or down (+1) in the choices; positions renumbered in one go."""
    _check_editable(vocab)
    with territory.transaction():
        rows = entries(territory, vocab)
        index = next((i for i, e in enumerate(rows) if e.row_id == row_id), None)
        if index is None or not 0 <= index + step < len(rows):
            return
        rows.insert(index + step, rows.pop(index))
        records = territory.records[_table(vocab)]
        for position, e in enumerate(rows):
            record = records.get(e.row_id)
            if record.position != position:
                records.update(e.row_id, record.rev, position=position)


def _table(vocab: str) -> str:
    return "challenge" if vocab == CHALLENGES else "vocabulary"
