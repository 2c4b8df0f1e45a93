"""The SQL of a call's jury: scorecards, the weighted ranking, the envelope, the awards.

The ranking is one statement (docs/cooperation.md, « Ranking »): for each candidature and
criterion, the mean of the scores of the members not in conflict; the weighted score out of
100 over the criteria scored; how many members are expected (not in conflict), how many
scored every criterion, how many declared a conflict. Which candidatures are eligible comes
in as ``eligible`` (ids): the call's rules are judged in one place,
``services/cooperation/eligibility.judge``, whose sentences the officer reads.

Copies merged from colleagues may hold two scorecards of one member for one candidature
(links are rows): a conflict declared on either stands, each of that member's scores weighs
1 / (their number of scorecards), so the member still counts once, and the member is complete
when their fullest scorecard is. (Grouping by member and criterion first would be exact for
any merge, at the price of a third sort: 25 ms instead of 18 on the benchmark.) Saving the
member's grid again folds the two scorecards into one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.storage import codec


@dataclass(frozen=True)
class RankingRow:
    submission: co.Submission
    reference: str  # the project's P-YYYY-NNNN
    project_name: str
    porteur: str  # the porteur's name ("" when none)
    organisation: str  # the structure porteuse ("" when none)
    eligible: bool
    withdrawn: bool
    score: float | None  # weighted, out of 100; None when nothing was scored
    means: dict[str, float]  # criterion id -> mean of the members not in conflict
    members: int  # jury members of the call
    conflicts: int  # members who declared a conflict for this candidature
    complete: int  # members not in conflict who scored every criterion
    rank: int | None  # 1… among the eligible ones, None for the others
    decision_number: str  # the jury's decision in the register ("" when none)


def _dicts(db: Database, sql: str, params: list[Any] | dict[str, Any]) -> list[dict[str, Any]]:
    cursor = db.execute(sql, params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _records(db: Database, record_type: type[Any], sql: str, params: list[Any]) -> list[Any]:
    return [codec.from_row(record_type, row) for row in _dicts(db, sql, params)]


# the call's parts ---------------------------------------------------------------------------
def criteria(db: Database, call_id: str) -> list[co.CallCriterion]:
    sql = """SELECT * FROM call_criterion WHERE call_id = ? AND deleted_at IS NULL
             ORDER BY position, rowid"""
    return _records(db, co.CallCriterion, sql, [call_id])


def jury_members(db: Database, call_id: str) -> list[tuple[co.JuryMember, str]]:
    """The members with the name shown (the person's, else the name typed)."""
    sql = """
        SELECT j.*, coalesce(nullif(trim(coalesce(p.first_name, '') || ' ' ||
                                         coalesce(p.last_name, '')), ''), j.name) AS _shown
        FROM jury_member j LEFT JOIN person p ON p.id = j.person_id
        WHERE j.call_id = ? AND j.deleted_at IS NULL
        ORDER BY j.position, j.rowid"""
    return [
        (codec.from_row(co.JuryMember, row), row["_shown"] or "")
        for row in _dicts(db, sql, [call_id])
    ]


def submissions(db: Database, call_id: str) -> list[co.Submission]:
    sql = "SELECT * FROM submission WHERE call_id = ? AND deleted_at IS NULL ORDER BY rowid"
    return _records(db, co.Submission, sql, [call_id])


def scorecards(db: Database, submission_id: str, member_id: str) -> list[co.Scorecard]:
    """Every live scorecard of this member for this candidature (oldest first)."""
    sql = """SELECT * FROM scorecard WHERE submission_id = ? AND jury_member_id = ?
             AND deleted_at IS NULL ORDER BY created_at, rowid"""
    return _records(db, co.Scorecard, sql, [submission_id, member_id])


def member_scorecards(db: Database, call_id: str, member_id: str) -> list[co.Scorecard]:
    sql = """SELECT c.* FROM scorecard c JOIN submission s ON s.id = c.submission_id
             WHERE s.call_id = ? AND c.jury_member_id = ? AND c.deleted_at IS NULL
             AND s.deleted_at IS NULL ORDER BY c.created_at, c.rowid"""
    return _records(db, co.Scorecard, sql, [call_id, member_id])


def scores(db: Database, scorecard_ids: list[str]) -> list[co.Score]:
    if not scorecard_ids:
        return []
    marks = ", ".join("?" for _ in scorecard_ids)
    sql = f"""SELECT * FROM score WHERE scorecard_id IN ({marks}) AND deleted_at IS NULL
              ORDER BY created_at, rowid"""
    return _records(db, co.Score, sql, list(scorecard_ids))


# envelope and awards ------------------------------------------------------------------------
def committed_cents(db: Database, call_id: str, *, except_submission: str | None = None) -> int:
    """Sum of the awards of the call's live laureates (one left out: the one being decided)."""
    sql = """SELECT coalesce(sum(awarded_cents), 0) FROM submission
             WHERE call_id = ? AND deleted_at IS NULL AND status = 'laureat'
             AND id IS NOT ?"""
    value: int = db.execute(sql, [call_id, except_submission]).fetchone()[0]
    return value


def award_requests(db: Database, submission_id: str) -> list[d.FundingRequest]:
    """The funding requests an award created for this candidature (one, unless merged)."""
    sql = """SELECT * FROM funding_request WHERE submission_id = ? AND deleted_at IS NULL
             ORDER BY created_at, rowid"""
    return _records(db, d.FundingRequest, sql, [submission_id])


def jury_series(db: Database) -> list[d.MeetingSeries]:
    """Live instances of kind ``jury``, oldest first."""
    sql = """SELECT * FROM meeting_series WHERE kind = 'jury' AND deleted_at IS NULL
             ORDER BY created_at, rowid"""
    return _records(db, d.MeetingSeries, sql, [])


def agenda_items(db: Database, meeting_id: str) -> list[d.AgendaItem]:
    sql = """SELECT * FROM agenda_item WHERE meeting_id = ? AND deleted_at IS NULL
             ORDER BY position, rowid"""
    return _records(db, d.AgendaItem, sql, [meeting_id])


# the ranking --------------------------------------------------------------------------------
RANKING_SQL = """
WITH
pc AS (SELECT * FROM project_call WHERE id = :call),
crit AS (SELECT id, weight, max_score FROM call_criterion
         WHERE call_id = :call AND deleted_at IS NULL),
ncrit AS (SELECT count(*) AS n FROM crit),
members AS (SELECT id FROM jury_member WHERE call_id = :call AND deleted_at IS NULL),
subs AS MATERIALIZED (SELECT * FROM submission WHERE call_id = :call AND deleted_at IS NULL),
cards AS MATERIALIZED (
    SELECT c.id, c.submission_id AS sub, c.jury_member_id AS mem, c.conflict_of_interest AS coi,
           (SELECT count(*) FROM score x
            WHERE x.scorecard_id = c.id AND x.deleted_at IS NULL
              AND x.criterion_id IN (SELECT id FROM crit)) AS n
    FROM subs CROSS JOIN scorecard c ON c.submission_id = subs.id
    WHERE c.deleted_at IS NULL AND c.jury_member_id IN (SELECT id FROM members)),
pairs AS MATERIALIZED (
    SELECT sub, mem, max(coi) AS coi, max(n) AS n, count(*) AS cards FROM cards
    GROUP BY sub, mem),
conflict AS (SELECT sub, mem FROM pairs WHERE coi = 1),
means AS (
    SELECT cards.sub, s.criterion_id AS crit, sum(s.value / p.cards) / sum(1.0 / p.cards) AS m
    FROM cards CROSS JOIN score s ON s.scorecard_id = cards.id
    JOIN pairs p ON p.sub = cards.sub AND p.mem = cards.mem
    WHERE s.deleted_at IS NULL AND p.coi = 0 AND s.criterion_id IN (SELECT id FROM crit)
    GROUP BY cards.sub, s.criterion_id),
weighted AS (
    SELECT means.sub,
           100.0 * sum(crit.weight * means.m / crit.max_score) / nullif(sum(crit.weight), 0)
               AS score,
           json_group_object(means.crit, means.m) AS means
    FROM means JOIN crit ON crit.id = means.crit GROUP BY means.sub),
complete AS (
    SELECT sub, count(*) AS n FROM pairs
    WHERE coi = 0 AND n >= (SELECT n FROM ncrit) GROUP BY sub),
conflicts AS (SELECT sub, count(*) AS n FROM conflict GROUP BY sub),
partners AS (
    SELECT p.submission_id AS sub, count(DISTINCT p.organisation_id) AS n
    FROM submission_partner p JOIN subs ON subs.id = p.submission_id
    WHERE p.deleted_at IS NULL GROUP BY p.submission_id),
judged AS (
    SELECT subs.*,
           subs.status = 'retiree' AS _withdrawn,
           subs.id IN (SELECT value FROM json_each(:eligible)) AS _eligible
    FROM subs CROSS JOIN pc LEFT JOIN partners ON partners.sub = subs.id)
SELECT judged.*,
       coalesce(pr.reference, '') AS _reference, coalesce(pr.name, '') AS _project,
       trim(coalesce(pe.first_name, '') || ' ' || coalesce(pe.last_name, '')) AS _porteur,
       coalesce(o.name, '') AS _organisation,
       weighted.score AS _score, coalesce(weighted.means, '{}') AS _means,
       (SELECT count(*) FROM members) AS _members,
       coalesce(conflicts.n, 0) AS _conflicts, coalesce(complete.n, 0) AS _complete,
       CASE WHEN judged._eligible AND NOT judged._withdrawn THEN
           row_number() OVER (
               PARTITION BY judged._eligible AND NOT judged._withdrawn
               ORDER BY round(coalesce(weighted.score, -1), 9) DESC,
                        coalesce(judged.received_on, '9999'), pr.reference, judged.id)
       END AS _rank,
       coalesce(dec.number, '') AS _decision
FROM judged
JOIN project pr ON pr.id = judged.project_id
LEFT JOIN person pe ON pe.id = judged.person_id
LEFT JOIN organisation o ON o.id = judged.organisation_id
LEFT JOIN weighted ON weighted.sub = judged.id
LEFT JOIN conflicts ON conflicts.sub = judged.id
LEFT JOIN complete ON complete.sub = judged.id
LEFT JOIN decision dec ON dec.id = judged.decision_id AND dec.deleted_at IS NULL
ORDER BY _rank IS NULL, _rank, judged._withdrawn, pr.reference, judged.id
"""


def ranking(db: Database, call_id: str, eligible: list[str]) -> list[RankingRow]:
    """The call's candidatures, ranked ones first (see the module docstring); ``eligible``
    are the ids the call's rules (or the officer's written override) let in."""
    out = []
    for row in _dicts(db, RANKING_SQL, {"call": call_id, "eligible": json.dumps(eligible)}):
        out.append(
            RankingRow(
                submission=codec.from_row(co.Submission, row),
                reference=row["_reference"],
                project_name=row["_project"],
                porteur=row["_porteur"],
                organisation=row["_organisation"],
                eligible=bool(row["_eligible"]),
                withdrawn=bool(row["_withdrawn"]),
                score=row["_score"],
                means={k: float(v) for k, v in json.loads(row["_means"]).items()},
                members=row["_members"],
                conflicts=row["_conflicts"],
                complete=row["_complete"],
                rank=row["_rank"],
                decision_number=row["_decision"],
            )
        )
    return out
