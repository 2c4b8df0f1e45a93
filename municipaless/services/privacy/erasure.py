"""Droit à l'effacement (RGPD art. 17): a person's name and coordinates leave the file, every
byte of them, while the anonymous facts stay (the bilan's figures do not move).

``erase_person`` replaces, in one transaction with ``secure_delete`` on:

- the person's record: names → « Personne effacée », civility, e-mail, phones, address,
  postcode, commune and remarks blanked, ``erased_at`` set; the record and its links stay, so a
  project keeps its porteur, a meeting its (anonymous) participant, the counts their people;
- their affiliations' e-mail and phone;
- the free text of every table where a name may be typed (``storage.privacy_queries.FREE_TEXT``,
  approved minutes snapshots included) where the name appears (folded, whole words: names.py);
- the journal: the person's history keeps who and when, no value; any other value holding the
  name is redacted the same way;
- the search index, rebuilt from its rows.

Then the file is rewritten (VACUUM, its temporary copy in memory) so no free page keeps an old
value, an eventual WAL is truncated, and a working copy is written back to the shared file at
once. Backups and the shared file's previous versions are searched byte by byte: those still
holding the name are listed, and ``purge_backups`` deletes them when the officer agrees.

Rectification is not erasure: an ordinary edit keeps its old value in the journal (the history
of a record, what a merge relies on). Only an erasure (and a retention purge) leaves no old
value behind. No backup is made before an erasure: it would keep what is being erased.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from municipaless.core import domain
from municipaless.core.formats import format_date, utc_now_iso
from municipaless.core.i18n import N_, _
from municipaless.services.file import backups, working_copy
from municipaless.services.privacy import access
from municipaless.services.privacy.names import NameMatcher, count_in_file
from municipaless.storage import backup as storage_backup
from municipaless.storage import privacy_queries as q
from municipaless.storage.errors import ReadOnlyError, StorageError

if TYPE_CHECKING:
    from collections.abc import Callable

    from sqlite_utils import Database

    from municipaless.services.file.territory import Territory

ERASED_LABEL = "Personne effacée"


class ErasureError(StorageError):
    """Why an erasure cannot be done (French)."""


@dataclass(frozen=True)
class Holder:
    """A file outside the territory that still holds the erased data."""

    path: Path
    kind: str  # "backup" (data folder), "previous" (beside the shared file), "copy" (local)
    count: int  # occurrences found

    @property
    def label(self) -> str:
        message = {
            "backup": (
                N_("sauvegarde « {name} » ({count} occurrence)"),
                N_("sauvegarde « {name} » ({count} occurrences)"),
            ),
            "previous": (
                N_("version précédente sur le partage « {name} » ({count} occurrence)"),
                N_("version précédente sur le partage « {name} » ({count} occurrences)"),
            ),
        }.get(
            self.kind,
            (
                N_("copie locale « {name} » ({count} occurrence)"),
                N_("copie locale « {name} » ({count} occurrences)"),
            ),
        )[self.count > 1]
        return _(message).format(name=self.path.name, count=self.count)


@dataclass
class ErasureReport:
    person_ids: list[str]
    by: str
    at: str
    records: Counter[str] = field(default_factory=Counter)  # table -> records rewritten
    journal_rows: int = 0  # journal rows blanked or redacted
    bytes_before: int = 0  # occurrences of the name in the file's bytes
    bytes_after: int = 0
    files: list[Path] = field(default_factory=list)  # the files searched (file, -wal, -shm…)
    holders: list[Holder] = field(default_factory=list)
    shared: str = ""  # what happened to the rewrite and to the shared file (French)
    needles: set[bytes] = field(default_factory=set, repr=False)

    def lines(self) -> list[str]:
        """The report in French, for the dialog and the CLI (never the name itself)."""
        day = format_date(self.at[:10])
        out = [
            _("Effacement du {date} par {officer}.").format(date=day, officer=self.by)
            if self.by
            else _("Effacement du {date} par l’agent.").format(date=day)
        ]
        for table, n in sorted(self.records.items()):
            if not n:
                continue
            label = _(TABLE_LABELS[table]) if table in TABLE_LABELS else table
            out.append(_("- {table} : {n} fiche(s) modifiée(s)").format(table=label, n=n))
        out.append(
            _("- Historique : {n} valeur(s) effacée(s) ou remplacée(s)").format(n=self.journal_rows)
        )
        out.append(
            _("Occurrences du nom dans le fichier : {before} avant, {after} après.").format(
                before=self.bytes_before, after=self.bytes_after
            )
        )
        if self.shared:
            out.append(self.shared)
        if self.holders:
            out.append(
                _("Ces sauvegardes contiennent encore ces données ({n}) :").format(
                    n=len(self.holders)
                )
            )
            out += [f"- {h.label}" for h in self.holders]
        else:
            out.append(_("Aucune sauvegarde connue ne contient plus ces données."))
        return out


TABLE_LABELS = {
    "person": N_("Personnes"),
    "affiliation": N_("Fonctions"),
    "organisation": N_("Structures"),
    "service_offer": N_("Offres de service"),
    "project": N_("Projets"),
    "case_event": N_("Entrées du suivi"),
    "referral": N_("Orientations"),
    "funding_request": N_("Demandes de financement"),
    "follow_up": N_("Relances"),
    "meeting": N_("Réunions"),
    "attendance": N_("Présences"),
    "agenda_item": N_("Points de l'ordre du jour"),
    "decision": N_("Décisions"),
    "action_item": N_("Actions"),
    "minutes_version": N_("Versions de compte rendu"),
    "record_merge": N_("Fusions de fiches"),
    "challenge": N_("Enjeux du territoire"),
    "indicator_value": N_("Mesures d'indicateurs"),
    "project_call": N_("Appels à projets"),
    "jury_member": N_("Membres de jury"),
    "submission": N_("Candidatures"),
    "scorecard": N_("Grilles de notation"),
    "collective": N_("Collectifs"),
    "membership": N_("Membres de collectifs"),
    "collective_referent": N_("Référents de collectifs"),
    "workshop": N_("Ateliers"),
    "registration": N_("Inscriptions aux ateliers"),
    "budget_line": N_("Besoins des plans de financement"),
}


def matcher_for(territory: Territory, people: list[domain.Person]) -> NameMatcher:
    """Names and coordinates of ``people`` (their affiliations' e-mails and phones too)."""
    return matcher_in(territory.tdb.db, people)


def matcher_in(db: Database, people: list[domain.Person]) -> NameMatcher:
    """``matcher_for`` over any file (a colleague's copy that still knows the name)."""
    matcher = NameMatcher()
    for p in people:
        matcher.add_name(p.first_name, p.last_name)
        for value in (p.email, p.phone, p.mobile, p.address):
            matcher.add_literal(value)
        for a in q.affiliations_of(db, p.id):
            matcher.add_literal(a["email"])
            matcher.add_literal(a["phone"])
    return matcher


def data_files(territory: Territory) -> list[Path]:
    """The territory's bytes on disk: the file, its journal/WAL/shm, and the shared original
    when working on a copy."""
    mains = [Path(territory.path)]
    copy = working_copy.of(territory)
    if copy is not None:
        mains.append(copy.shared)
    return [
        Path(f"{m}{suffix}")
        for m in mains
        for suffix in ("", "-journal", "-wal", "-shm")
        if Path(f"{m}{suffix}").exists()
    ]


def count_bytes(territory: Territory, needles: set[bytes]) -> int:
    return sum(count_in_file(f, needles) for f in data_files(territory))


def find_person(territory: Territory, query: str) -> domain.Person:
    """The person ``query`` names (an id, or « Nom Prénom » in any order, accents and case
    ignored), found as the right of access finds her; ErasureError (French) when none or
    several."""
    try:
        person_id = access.find_person(territory, query)
    except access.PersonNotFound as exc:
        raise ErasureError(exc.message) from exc
    person: domain.Person = territory.records["person"].get(person_id, include_deleted=True)
    return person


def erase_person(territory: Territory, person_id: str, by: str = "") -> ErasureReport:
    """Erase one person everywhere (see the module docstring); the report says what changed
    and which backups still hold them."""
    person = territory.records["person"].get(person_id, include_deleted=True)
    if person.erased_at:
        raise ErasureError(_("Cette personne a déjà été effacée."))
    return erase_people(territory, [person], by)


def erase_people(
    territory: Territory,
    people: list[domain.Person],
    by: str = "",
    *,
    before: Callable[[Database, q.Writer, ErasureReport], None] | None = None,
) -> ErasureReport:
    """Erase several people in one pass (a retention purge erases a dossier's porteurs)."""
    if territory.read_only:
        raise ReadOnlyError(
            _("Ce fichier est ouvert en lecture seule : l'effacement n'a pas été fait.")
        )
    matcher = matcher_for(territory, people)
    report = ErasureReport([p.id for p in people], by or territory.officer, utc_now_iso())
    report.needles = matcher.needles()
    report.files = data_files(territory)
    report.bytes_before = count_bytes(territory, report.needles)
    w = q.Writer(territory.officer, territory.copy_id, report.at)
    with secure(territory):
        with territory.transaction() as db:
            if before is not None:
                before(db, w, report)  # the purge's own rewrites, in the same transaction
            erase_in(db, people, matcher, w, report)
            q.rebuild_search(db)
        try:
            q.compact(territory.tdb.db.conn)
        except sqlite3.OperationalError:  # another connection still reading (busy)
            # The values are replaced and their cells zeroed (secure_delete): only the file's
            # rewrite is missing; the byte count below says whether anything is left.
            report.shared = _(
                "Le fichier n'a pas pu être réécrit (il est lu par une autre tâche) : "
                "relancez l'effacement plus tard si des occurrences restent. "
            )
    finish(territory, report)
    return report


class secure:
    """``secure_delete`` on for the duration (freed cells zeroed, not left readable)."""

    def __init__(self, territory: Territory):
        self.conn = territory.tdb.db.conn

    def __enter__(self) -> None:
        q.set_secure_delete(self.conn, True)

    def __exit__(self, *exc: object) -> None:
        q.set_secure_delete(self.conn, False)


def erase_in(
    db: Database,
    people: list[domain.Person],
    matcher: NameMatcher,
    w: q.Writer,
    report: ErasureReport,
) -> None:
    """The erasure's writes, inside the caller's transaction."""
    for p in people:
        blank_links(db, p.id, w, report)
        report.journal_rows += q.scrub_journal(db, "person", [p.id])
        q.erase_row(db, p.id, ERASED_LABEL, w)
        report.records["person"] += 1
        q.write_meta(db, f"erasure:{p.id}", json.dumps({"at": w.now, "by": report.by}))
    scrub(db, matcher, w, report)


def blank_links(
    db: Database, person_id: str, w: q.Writer, report: ErasureReport, *, journal: bool = True
) -> None:
    """The person's affiliations lose their e-mail and phone, in the records and the journal
    (``journal``: the rewrite journaled, see ``scrub``)."""
    for a in q.affiliations_of(db, person_id):
        if a["email"] or a["phone"]:
            values = {"email": None, "phone": None}
            q.rewrite(db, "affiliation", a["id"], values, w, journal=journal)
            report.records["affiliation"] += 1
        report.journal_rows += q.scrub_journal(db, "affiliation", [a["id"]], ["email", "phone"])


def scrub(
    db: Database,
    matcher: NameMatcher,
    w: q.Writer,
    report: ErasureReport,
    *,
    journal: bool = True,
) -> None:
    """Replace what ``matcher`` knows in every free text and journal value, in the caller's
    transaction: the erasure's second half, and what a merge does when it brings an erased
    person's name back from a copy made before (``merge_erasure``). ``journal=False`` for the
    merge: the journal it redacts already says what the records now hold, and a row of its
    own would come back as a change at the next merge."""
    if matcher.empty:
        return
    redact_free_text(db, matcher, w, report, journal=journal)
    redact_journal(db, matcher, report)


def redact_free_text(
    db: Database, matcher: NameMatcher, w: q.Writer, report: ErasureReport, *, journal: bool = True
) -> None:
    for table, columns in q.FREE_TEXT.items():
        changes = []
        for row_id, values in q.text_rows(db, table, columns):
            new = {}
            for column, text in values.items():
                redacted = (
                    matcher.redact_json(text)
                    if (table, column) in q.JSON_COLUMNS
                    else matcher.redact(text)
                )
                if redacted != text:
                    new[column] = redacted
            if new:
                changes.append((row_id, new))
        for row_id, new in changes:
            q.rewrite(db, table, row_id, new, w, journal=journal)
            report.records[table] += 1


def redact_journal(db: Database, matcher: NameMatcher, report: ErasureReport) -> None:
    found = [
        (seq, old, new)
        for seq, old, new in q.journal_values(db)
        if matcher.found_in(old) or matcher.found_in(new)
    ]
    for seq, old, new in found:
        q.set_journal_values(
            db,
            seq,
            matcher.redact_any(old) if old else old,
            matcher.redact_any(new) if new else new,
        )
    report.journal_rows += len(found)


def finish(territory: Territory, report: ErasureReport) -> None:
    """Send the erasure to the shared file, count what is left, list the backups holding it."""
    copy = working_copy.of(territory)
    if copy is not None:
        try:
            copy.write_back()
            report.shared += _("Le fichier partagé « {name} » a été remplacé.").format(
                name=copy.shared.name
            )
        except StorageError as exc:
            report.shared += _(
                "L'effacement n'a pas encore atteint le fichier partagé : {reason}"
            ).format(reason=exc.message)
    report.files = data_files(territory)
    report.bytes_after = count_bytes(territory, report.needles)
    report.holders = holders(territory, report.needles)


def holders(territory: Territory, needles: set[bytes], *, every: bool = False) -> list[Holder]:
    """Backups of this file, and previous versions beside the shared file, holding the data
    (``every``: all of them, as after a purge, whose dossiers every earlier copy holds)."""
    paths = [(entry.path, "backup") for entry in backups.for_territory(territory)]
    copy = working_copy.of(territory)
    if copy is not None:
        paths += [(p, "previous") for p in storage_backup.previous_versions(copy.previous_path)]
        # a colleague's version fetched for a merge, working copies set aside after a crash
        local = copy.local
        paths += [(local.with_name(local.name + ".collegue"), "copy")]
        paths += [
            (p, "copy")
            for p in local.parent.glob(f"{local.name}.mise-de-cote-*")
            if not p.name.endswith((".json", "-journal"))
        ]
    found = []
    for path, kind in paths:
        if not path.exists():
            continue
        n = count_in_file(path, needles)
        if n or every:
            found.append(Holder(path, kind, n))
    return found


def purge_backups(report: ErasureReport) -> list[Path]:
    """Delete the backups and previous versions the report found holding the data (only
    those); returns what was deleted. Files that cannot be deleted stay in ``report.holders``."""
    deleted, left = [], []
    for holder in report.holders:
        try:
            holder.path.unlink(missing_ok=True)
            if holder.kind == "backup":
                holder.path.with_suffix(".json").unlink(missing_ok=True)
            for suffix in ("-journal", "-wal", "-shm"):
                Path(f"{holder.path}{suffix}").unlink(missing_ok=True)
            deleted.append(holder.path)
        except OSError:
            left.append(holder)
    report.holders = left
    return deleted


_OUT_OF_REACH = N_(
    "Hors d'atteinte de l'application : les copies envoyées à des collègues ou par e-mail, "
    "les exports déjà faits (PDF, tableurs, vCard, invitations), les sauvegardes du poste ou "
    "du serveur, et les secteurs libérés du disque."
)


def __getattr__(name: str) -> str:
    """``OUT_OF_REACH``, read at call time in the officer's language (the window reads the
    module attribute; a constant would be translated before the catalogue is installed)."""
    if name == "OUT_OF_REACH":
        return _(_OUT_OF_REACH)
    raise AttributeError(name)
