"""Aggregate queries behind the bilan d'activité and the dashboard (services/reports/).

Every query takes a :class:`Window` (a period and, optionally, the INSEE codes of the communes in
scope) and returns plain grouped rows of codes and numbers; the service adds labels, masking and
the comparison. Grouping happens in SQL so the large file (20,000 projects, 200,000 case events)
never travels to Python row by row.

What belongs to a period (the service documents these rules for the council):

- a project is *followed* when its first contact or one of its case events falls in the period;
  it is *new* when its first contact does;
- an orientation belongs to the period by the day it was sent (else consented, else recorded);
- a funding request by the day it was decided (else recorded); requests still in preparation
  are not counted as asked;
- a meeting is *held* when it starts in the period and not after ``as_of`` (today);
- an action is *overdue* at the period's end (or today, if sooner) when it was due before that
  day and neither done by then nor abandoned.

The scope (communes) applies to what belongs to projects; meetings, decisions and actions are
the territory's and are never filtered by commune.
"""

import json
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlite_utils import Database


@dataclass(frozen=True)
class Window:
    date_from: str  # ISO dates, both included
    date_to: str
    communes: tuple[str, ...] | None = None  # INSEE codes; None is the whole territory
    as_of: str = "9999-12-31"  # today: what is later is not yet held or overdue

    def params(self) -> dict[str, Any]:
        held_to = min(self.date_to, self.as_of)
        return {
            "f": self.date_from,
            "t": self.date_to,
            "communes": None if self.communes is None else json.dumps(list(self.communes)),
            "held_end": (date.fromisoformat(held_to) + timedelta(days=1)).isoformat(),
            "held_to": held_to,
        }


_SCOPE = "(:communes IS NULL OR t.commune_insee IN (SELECT value FROM json_each(:communes)))"
# Projects followed in the window; the EXISTS walks index case_event_project per project.
_FOLLOWED = f"""
    SELECT t.id, t.reference, t.name, t.stage, t.sector, t.commune_insee, t.legal_status,
           t.status, t.jobs_planned, t.first_contact_on,
           (t.first_contact_on BETWEEN :f AND :t) AS is_new
    FROM project t
    WHERE t.deleted_at IS NULL AND {_SCOPE}
      AND ((t.first_contact_on BETWEEN :f AND :t) OR EXISTS (
            SELECT 1 FROM case_event e
            WHERE e.project_id = t.id AND e.occurred_on BETWEEN :f AND :t
              AND e.deleted_at IS NULL))
"""


@dataclass(frozen=True)
class ProjectGroup:
    stage: str | None
    sector: str | None
    commune: str | None
    legal_status: str | None
    is_new: bool
    projects: int
    jobs_planned: int


@dataclass(frozen=True)
class Followed:
    groups: list[ProjectGroup]
    holders_new: int  # distinct people holding a new project
    holders_followed: int  # distinct people holding a followed project


def followed(db: Database, w: Window) -> Followed:
    """Followed projects counted by stage × sector × commune × legal status × new, and the
    distinct people holding them. One statement over a materialised set: the followed set
    is the costly part (~50 ms on the large file), so it is computed once, not per figure."""
    sql = f"""
        WITH followed AS MATERIALIZED ({_FOLLOWED})
        SELECT 0, stage, sector, commune_insee, legal_status, is_new, count(*),
               coalesce(sum(jobs_planned), 0)
        FROM followed GROUP BY 2, 3, 4, 5, 6
        UNION ALL
        SELECT 1, NULL, NULL, NULL, NULL, count(DISTINCT CASE WHEN f.is_new THEN h.person_id END),
               count(DISTINCT h.person_id), NULL
        FROM followed f
        JOIN project_holder h ON h.project_id = f.id AND h.deleted_at IS NULL
    """
    groups, new, people = [], 0, 0
    for row in db.execute(sql, w.params()).fetchall():
        if row[0]:
            new, people = row[5], row[6]
        else:
            groups.append(ProjectGroup(row[1], row[2], row[3], row[4], bool(row[5]), *row[6:]))
    return Followed(groups, new, people)


def creations(db: Database, w: Window) -> tuple[int, int]:
    """Structures founded in the window: (count, jobs created by them)."""
    sql = f"""
        SELECT count(*), coalesce(sum(t.jobs_created), 0) FROM project t
        WHERE t.deleted_at IS NULL AND {_SCOPE} AND t.founded_on BETWEEN :f AND :t
    """
    count, jobs = db.execute(sql, w.params()).fetchone()
    return count, jobs


def survival(db: Database, w: Window, founded_by: str) -> tuple[int, int]:
    """Structures founded on or before ``founded_by``: (count, still alive = not closed)."""
    sql = f"""
        SELECT count(*), coalesce(sum(t.status NOT IN ('abandonne', 'clos')), 0) FROM project t
        WHERE t.deleted_at IS NULL AND {_SCOPE} AND t.founded_on <= :founded_by
    """
    base, alive = db.execute(sql, {**w.params(), "founded_by": founded_by}).fetchone()
    return base, alive


@dataclass(frozen=True)
class ReferralGroup:
    organisation: str
    status: str
    referrals: int


def referrals(db: Database, w: Window) -> list[ReferralGroup]:
    """Orientations of the window by structure and status."""
    sql = f"""
        SELECT o.name, r.status, count(*) FROM referral r
        JOIN project t ON t.id = r.project_id AND t.deleted_at IS NULL
        JOIN organisation o ON o.id = r.organisation_id
        WHERE r.deleted_at IS NULL AND {_SCOPE}
          AND coalesce(r.sent_on, r.consent_on, substr(r.created_at, 1, 10)) BETWEEN :f AND :t
        GROUP BY o.id, r.status ORDER BY o.name COLLATE FR
    """
    return [ReferralGroup(*row) for row in db.execute(sql, w.params()).fetchall()]


@dataclass(frozen=True)
class FundingGroup:
    funder: str
    instrument: str | None
    is_commune: bool
    requests: int
    asked_cents: int
    granted_cents: int


def funding(db: Database, w: Window) -> list[FundingGroup]:
    """Deposited funding requests of the window by funder, instrument and commune money."""
    sql = f"""
        SELECT coalesce(o.name, ''), r.instrument, r.is_commune, count(*),
               coalesce(sum(r.asked_cents), 0),
               coalesce(sum(CASE WHEN r.status IN ('accordee', 'versee')
                                 THEN r.granted_cents END), 0)
        FROM funding_request r
        JOIN project t ON t.id = r.project_id AND t.deleted_at IS NULL
        LEFT JOIN organisation o ON o.id = r.funder_id
        WHERE r.deleted_at IS NULL AND {_SCOPE} AND r.status <> 'preparation'
          AND coalesce(r.decided_on, substr(r.created_at, 1, 10)) BETWEEN :f AND :t
        GROUP BY 1, 2, 3 ORDER BY 1 COLLATE FR
    """
    return [
        FundingGroup(r[0], r[1], bool(r[2]), r[3], r[4], r[5])
        for r in db.execute(sql, w.params()).fetchall()
    ]


@dataclass(frozen=True)
class MeetingGroup:
    series: str | None  # None: meetings outside any instance
    code: str | None  # the instance's short name (COPIL), for chart labels
    kind: str | None  # vocabulary meeting_kind
    meetings: int
    decisions: int


def meetings(db: Database, w: Window) -> list[MeetingGroup]:
    """Meetings held in the window (up to today) and their decisions, by instance."""
    sql = """
        SELECT s.name, s.code, s.kind, count(*), coalesce(sum(
            (SELECT count(*) FROM decision d
             WHERE d.meeting_id = m.id AND d.deleted_at IS NULL)), 0)
        FROM meeting m
        LEFT JOIN meeting_series s ON s.id = m.series_id AND s.deleted_at IS NULL
        WHERE m.deleted_at IS NULL AND m.starts_at >= :f AND m.starts_at < :held_end
        GROUP BY s.id ORDER BY count(*) DESC, s.name COLLATE FR
    """
    return [MeetingGroup(*row) for row in db.execute(sql, w.params()).fetchall()]


def actions(db: Database, w: Window) -> tuple[int, int]:
    """Actions (done in the window, overdue at its end or today if sooner)."""
    sql = """
        SELECT
          coalesce(sum(status = 'fait' AND done_on BETWEEN :f AND :t), 0),
          coalesce(sum(due_on < :held_to AND status <> 'abandonne'
                       AND NOT (status = 'fait' AND (done_on IS NULL OR done_on <= :held_to))
                       AND (done_on IS NULL OR done_on > :held_to)), 0)
        FROM action_item WHERE deleted_at IS NULL
    """
    done, overdue = db.execute(sql, w.params()).fetchone()
    return done, overdue


def vocabulary_labels(db: Database, vocab: str) -> dict[str, str]:
    """Code → label of a vocabulary, archived entries included (old rows still use them),
    in the officer's order."""
    sql = "SELECT code, label FROM vocabulary WHERE vocab = ? AND deleted_at IS NULL"
    return dict(db.execute(sql + " ORDER BY position, label COLLATE FR", [vocab]).fetchall())


@dataclass(frozen=True)
class AnnexRow:
    reference: str
    name: str
    commune: str | None
    stage: str | None
    status: str
    first_contact_on: str | None
    holders: str  # "Prénom Nom, Prénom Nom"


def nominative_annex(db: Database, w: Window) -> list[AnnexRow]:
    """The followed projects with their holders' names, for the nominative annex only."""
    sql = f"""
        WITH followed AS ({_FOLLOWED})
        SELECT f.reference, f.name, f.commune_insee, f.stage, f.status, f.first_contact_on,
               coalesce((SELECT group_concat(trim(p.first_name || ' ' || p.last_name), ', ')
                         FROM project_holder h JOIN person p ON p.id = h.person_id
                         WHERE h.project_id = f.id AND h.deleted_at IS NULL
                           AND p.erased_at IS NULL), '')
        FROM followed f ORDER BY f.reference
    """
    return [AnnexRow(*row) for row in db.execute(sql, w.params()).fetchall()]


def meta_value(db: Database, key: str) -> str:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return (row[0] or "") if row else ""


def communes_in_use(db: Database) -> list[str]:
    """INSEE codes the projects use, for the scope picker of the Rapports page."""
    sql = (
        "SELECT DISTINCT commune_insee FROM project "
        "WHERE deleted_at IS NULL AND commune_insee IS NOT NULL ORDER BY 1"
    )
    return [row[0] for row in db.execute(sql).fetchall()]
