"""Durées de conservation and the annual review (RGPD art. 5.1.e: kept no longer than needed).

The rules come from the file's ``PrivacySettings``:

- a closed or abandoned dossier is due ``closed_project_years`` after its last activity (its
  latest case event, its latest change of status, its first contact);
- a person is due ``unlinked_person_years`` after their record's last update when nothing
  links them to the live work: no dossier not yet purged as porteur (a dossier's porteurs go
  with the dossier's own rule), no current job in a structure, no meeting to come.

The officer decides each case: ``keep`` (with a reason and a date when it comes back) or purge.
``purge_projects`` anonymises dossiers *in place*: the name becomes « Dossier P-2021-0042 »,
the description, remarks of the case log, referral outcomes and the porteurs' names in the
dossier's text are removed, its history keeps no old value; every count, amount, date, status,
stage, sector and commune stays, so every bilan already given to the council gives the same
figures. A porteur with no other live link is erased (erasure.py); one still linked elsewhere
keeps their record, only their name leaves this dossier. A due person is purged by erasure.
"""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import TYPE_CHECKING

from municipaless.core import domain
from municipaless.core.formats import utc_now_iso
from municipaless.core.i18n import _
from municipaless.services.file import privacy_settings
from municipaless.services.privacy import erasure
from municipaless.services.privacy.names import NameMatcher
from municipaless.storage import privacy_queries as q
from municipaless.storage.errors import StorageError

if TYPE_CHECKING:
    from sqlite_utils import Database

    from municipaless.services.file.territory import Territory

KINDS = {"project": "Dossier", "person": "Personne"}


@dataclass(frozen=True)
class Due:
    """A dossier or a person the review lists."""

    table: str  # project or person
    row_id: str
    label: str
    last: str  # ISO date: last activity (dossier) or last update (person)
    reason: str  # French: why it is due

    @property
    def kind(self) -> str:
        return KINDS[self.table]


def years_before(day: dt.date, years: int) -> dt.date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def review(territory: Territory, today: dt.date | None = None) -> list[Due]:
    """What is due on ``today``: dossiers first, then people; those the officer decided to
    keep until a later date are left out until then."""
    today = today or dt.date.today()
    rules = privacy_settings.load(territory)
    db = territory.tdb.db
    project_limit = years_before(today, rules.closed_project_years).isoformat()
    person_limit = years_before(today, rules.unlinked_person_years).isoformat()
    due = [
        Due(
            "project",
            r.row_id,
            r.label,
            r.last,
            (
                _("clos, inactif depuis + de {years} ans")
                if r.detail == "clos"
                else _("abandonné, inactif depuis + de {years} ans")
            ).format(years=rules.closed_project_years),
        )
        for r in q.due_projects(db, project_limit, today.isoformat())
    ]
    due += [
        Due(
            "person",
            r.row_id,
            r.label,
            r.last,
            _("sans lien actif, inchangée depuis + de {years} ans").format(
                years=rules.unlinked_person_years
            ),
        )
        for r in q.due_people(db, person_limit, today.isoformat())
    ]
    return due


def keep(
    territory: Territory,
    table: str,
    row_id: str,
    reason: str,
    until: dt.date,
    *,
    today: dt.date | None = None,
) -> None:
    """Decide to keep a dossier or a person until ``until`` (a reason is required)."""
    today = today or dt.date.today()
    if table not in KINDS:
        raise ValueError(f"unknown table for retention: {table}")
    if not reason.strip():
        raise StorageError(_("Indiquez pourquoi ces données sont conservées."))
    if until <= today:
        raise StorageError(_("La date de conservation doit être dans le futur."))
    w = q.Writer(territory.officer, territory.copy_id, utc_now_iso())
    with territory.transaction() as db:
        q.add_decision(
            db,
            str(uuid.uuid4()),
            table,
            row_id,
            "keep",
            reason.strip(),
            today.isoformat(),
            until.isoformat(),
            w,
        )


@dataclass
class PurgeReport:
    projects: list[str]  # references purged
    erasure: erasure.ErasureReport  # the whole operation's figures (porteurs erased included)
    kept_people: int  # porteurs still linked elsewhere: only their name left the dossiers


# Free text of a dossier's rows: blanked (remarks, outcomes) or searched for the porteurs' names.
_BLANKED = {
    "project": ("description",),
    "case_event": ("notes",),
    "referral": ("refusal_reason", "outcome"),
}
_REDACTED = {
    "project": ("close_reason",),
    "case_event": ("subject",),
    "follow_up": ("what",),
}


def purge_projects(
    territory: Territory,
    project_ids: list[str],
    *,
    today: dt.date | None = None,
    by: str = "",
) -> PurgeReport:
    """Anonymise these dossiers in place (see the module docstring), in one transaction, then
    rewrite the file once; the report lists the backups still holding what was removed."""
    today = today or dt.date.today()
    db = territory.tdb.db
    projects = [territory.records["project"].get(pid) for pid in project_ids]
    projects = [p for p in projects if not p.purged_at]
    purged = [p.id for p in projects]
    holder_ids = {p.id: q.holders_of(db, p.id) for p in projects}
    people: dict[str, domain.Person] = {}
    for person_id in {h for ids in holder_ids.values() for h in ids}:
        person = territory.records["person"].get(person_id, include_deleted=True)
        if not person.erased_at:
            people[person_id] = person
    to_erase = [
        person
        for person_id, person in people.items()
        if not q.has_live_link(db, person_id, today.isoformat(), purged)
    ]
    names = {
        p.id: erasure.matcher_for(territory, [people[h] for h in holder_ids[p.id] if h in people])
        for p in projects
    }

    def anonymise(db: Database, w: q.Writer, report: erasure.ErasureReport) -> None:
        for p in projects:
            for table, n in _anonymise_dossier(db, p, names[p.id], w, today).items():
                report.records[table] += n

    report = erasure.erase_people(territory, to_erase, by, before=anonymise)
    if projects:  # every earlier backup holds the dossiers as they were
        report.holders = erasure.holders(territory, report.needles, every=True)
    return PurgeReport([p.reference for p in projects], report, len(people) - len(to_erase))


def _anonymise_dossier(
    db: Database, p: domain.Project, matcher: NameMatcher, w: q.Writer, today: dt.date
) -> dict[str, int]:
    """One dossier's rewrites; returns the records rewritten per table."""
    counts: dict[str, int] = {}
    rows = {"project": [p.id]} | {
        table: q.dossier_rows(db, table, p.id) for table in ("case_event", "follow_up", "referral")
    }
    for table, ids in rows.items():
        blanked, redacted = _BLANKED.get(table, ()), _REDACTED.get(table, ())
        q.scrub_journal(
            db, table, ids, blanked + redacted + (("name",) if table == "project" else ())
        )
        for row_id in ids:
            current = q.row_values(db, table, row_id, blanked + redacted)
            new: dict[str, object] = {c: "" for c in blanked if current.get(c)}
            for c in redacted:
                text = current.get(c) or ""
                if text and not matcher.empty and matcher.redact(text) != text:
                    new[c] = matcher.redact(text)
            if table == "project":
                new |= {"name": f"Dossier {p.reference}", "purged_at": w.now}
            q.rewrite(db, table, row_id, new, w)
            counts[table] = counts.get(table, 0) + bool(new)
    q.add_decision(db, str(uuid.uuid4()), "project", p.id, "purge", "", today.isoformat(), None, w)
    return counts
