"""The grille de notation of an appel à projets and its weighted ranking.

Each jury member fills one scorecard per candidature: a score per criterion (0 to the
criterion's maximum), a comment, and a declared conflict of interest. A member in conflict
does not score that candidature: saving scores with a conflict is refused, and declaring a
conflict takes back the scores already given (they would be ignored anyway).

The ranking follows docs/cooperation.md (« Ranking »), computed in one SQL statement
(``storage/scoring_queries.py``): the weighted score out of 100 is
``100 × Σ(weight × mean / max_score) / Σ(weight)`` over the criteria scored; a candidature
whose eligible members have not all scored every criterion is ranked with what it has and
marked « notation incomplète (4/6) »; ties go to the earlier ``received_on``, then the
project reference; non-eligible and withdrawn candidatures follow, unranked.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from municipaless.core import cooperation as co
from municipaless.core import domain as d
from municipaless.core.i18n import _
from municipaless.core.wording import plural
from municipaless.services.cooperation import eligibility
from municipaless.storage import scoring_queries as q
from municipaless.storage.errors import StorageError
from municipaless.storage.scoring_queries import RankingRow

if TYPE_CHECKING:
    from municipaless.services.file.territory import Territory


class ScoringError(StorageError):
    """A scorecard refused (French message); nothing was written."""


@dataclass(frozen=True)
class Ranked:
    """One line of the ranking: the row the SQL gave, and the words the screens and the
    council summary print (docs/cooperation.md's French words: a document stays French)."""

    row: RankingRow

    @property
    def submission(self) -> co.Submission:
        return self.row.submission

    @property
    def expected(self) -> int:
        """Members expected to score it: the jury less those in conflict."""
        return self.row.members - self.row.conflicts

    @property
    def incomplete(self) -> bool:
        return self.row.complete < self.expected

    @property
    def incomplete_text(self) -> str:
        if not self.incomplete:
            return ""
        return f"notation incomplète ({self.row.complete}/{self.expected})"

    @property
    def conflict_text(self) -> str:
        if not self.row.conflicts:
            return ""
        return plural(self.row.conflicts, "membre", "membres") + " en conflit d'intérêts"

    @property
    def standing_text(self) -> str:
        """« Non éligible », « Retirée », or the remarks of a ranked one."""
        if self.row.withdrawn:
            return "Retirée"
        if not self.row.eligible:
            return "Non éligible"
        return " ; ".join(t for t in (self.incomplete_text, self.conflict_text) if t)


@dataclass(frozen=True)
class Ranking:
    criteria: list[co.CallCriterion]
    lines: list[Ranked]

    @property
    def ranked(self) -> list[Ranked]:
        return [line for line in self.lines if line.row.rank is not None]

    @property
    def unranked(self) -> list[Ranked]:
        return [line for line in self.lines if line.row.rank is None]

    def line(self, submission_id: str) -> Ranked | None:
        return next((x for x in self.lines if x.submission.id == submission_id), None)


@dataclass(frozen=True)
class GridLine:
    """What one member gave one candidature (the grid the member's screen shows)."""

    submission_id: str
    project_id: str
    reference: str
    project_name: str
    eligible: bool
    scores: dict[str, float]  # criterion id -> score
    comment: str
    conflict: bool


def eligible_ids(territory: Territory, call_id: str) -> list[str]:
    """The candidatures the call's rules let in (``eligibility.judge``: one rule, one place)."""
    verdicts = eligibility.check_call(territory, call_id)
    return sorted(sid for sid, verdict in verdicts.items() if verdict.eligible)


def ranking(territory: Territory, call_id: str) -> Ranking:
    """The call's candidatures, ranked (see the module docstring)."""
    db = territory.tdb.db
    rows = q.ranking(db, call_id, eligible_ids(territory, call_id))
    return Ranking(q.criteria(db, call_id), [Ranked(row) for row in rows])


def criteria(territory: Territory, call_id: str) -> list[co.CallCriterion]:
    return q.criteria(territory.tdb.db, call_id)


def jury_members(territory: Territory, call_id: str) -> list[tuple[co.JuryMember, str]]:
    """The call's jury, each with the name shown."""
    return q.jury_members(territory.tdb.db, call_id)


def member_grid(territory: Territory, call_id: str, member_id: str) -> list[GridLine]:
    """The member's grid: every candidature not withdrawn, by project reference, with what
    the member gave it so far (several scorecards merged from copies read as one)."""
    db = territory.tdb.db
    cards: dict[str, list[co.Scorecard]] = {}
    for card in q.member_scorecards(db, call_id, member_id):
        cards.setdefault(card.submission_id, []).append(card)
    by_card = {c.id: c.submission_id for cs in cards.values() for c in cs}
    given: dict[str, dict[str, list[float]]] = {}
    for score in q.scores(db, list(by_card)):
        given.setdefault(by_card[score.scorecard_id], {}).setdefault(score.criterion_id, []).append(
            score.value
        )
    lines = []
    rows = q.ranking(db, call_id, eligible_ids(territory, call_id))
    for row in sorted(rows, key=lambda r: (r.reference, r.submission.id)):
        if row.withdrawn:
            continue
        sid = row.submission.id
        mine = cards.get(sid, [])
        values = {c: sum(v) / len(v) for c, v in given.get(sid, {}).items()}
        lines.append(
            GridLine(
                sid,
                row.submission.project_id,
                row.reference,
                row.project_name,
                row.eligible,
                values,
                "\n".join(c.comment for c in mine if c.comment),
                any(c.conflict_of_interest for c in mine),
            )
        )
    return lines


def save_scorecard(
    territory: Territory,
    submission_id: str,
    member_id: str,
    scores: dict[str, float | None],
    *,
    comment: str = "",
    conflict: bool = False,
) -> co.Scorecard:
    """Save what ``member_id`` gives ``submission_id``: ``scores`` by criterion id (None
    takes a score back), the comment, the declared conflict. One transaction; a French
    ``ScoringError`` and nothing written on a score out of range or a conflict with scores."""
    records = territory.records
    submission = cast(co.Submission, records["submission"].get(submission_id))
    member = cast(co.JuryMember, records["jury_member"].get(member_id))
    if member.call_id != submission.call_id:
        raise ScoringError(_("Ce membre ne fait pas partie du jury de cet appel à projets."))
    project = cast(d.Project, records["project"].get(submission.project_id))
    known = {c.id: c for c in q.criteria(territory.tdb.db, submission.call_id)}
    given = {k: v for k, v in scores.items() if v is not None}
    if conflict and given:
        raise ScoringError(
            _(
                "Un membre en conflit d'intérêts ne note pas la candidature {reference} : "
                "effacez ses notes, ou décochez le conflit d'intérêts."
            ).format(reference=project.reference or project.name)
        )
    for criterion_id, value in given.items():
        criterion = known.get(criterion_id)
        if criterion is None:
            raise ScoringError(_("Ce critère n'existe plus dans la grille de l'appel à projets."))
        if not 0 <= value <= criterion.max_score:
            raise ScoringError(
                _(
                    "La note du critère « {label} » va de 0 à {max} : {value} ne convient pas."
                ).format(label=criterion.label, max=criterion.max_score, value=f"{value:g}")
            )
    comment = (comment or "").strip()
    with territory.transaction():
        cards = q.scorecards(territory.tdb.db, submission_id, member_id)
        card: co.Scorecard
        if cards:
            card = cards[0]
            changes: dict[str, Any] = {}
            if card.conflict_of_interest != conflict:
                changes["conflict_of_interest"] = conflict
            if card.comment != comment:
                changes["comment"] = comment
            if changes:
                card = cast(
                    co.Scorecard,
                    territory.save("scorecard", changes, row_id=card.id, rev=card.rev),
                )
        else:
            card = cast(
                co.Scorecard,
                territory.save(
                    "scorecard",
                    {
                        "submission_id": submission_id,
                        "jury_member_id": member_id,
                        "conflict_of_interest": conflict,
                        "comment": comment,
                    },
                ),
            )
        # copies merged may have given a second scorecard: what the officer saw was their
        # union, saved now on the first one
        extra = cards[1:]
        for score in q.scores(territory.tdb.db, [c.id for c in extra]):
            territory.remove("score", score.id, score.rev)
        for other in extra:
            territory.remove("scorecard", other.id, other.rev)
        _write_scores(territory, card.id, {} if conflict else scores, clear_all=conflict)
    return card


def _write_scores(
    territory: Territory, card_id: str, scores: dict[str, float | None], *, clear_all: bool
) -> None:
    existing: dict[str, list[co.Score]] = {}
    for score in q.scores(territory.tdb.db, [card_id]):
        existing.setdefault(score.criterion_id, []).append(score)
    for criterion_id in set(existing) | set(scores):
        rows = existing.get(criterion_id, [])
        if criterion_id not in scores and not clear_all:
            continue  # a criterion the caller did not mention keeps its score
        value = scores.get(criterion_id)
        keep = rows[0] if rows and value is not None else None
        for row in rows:
            if row is not keep:
                territory.remove("score", row.id, row.rev)
        if value is None:
            continue
        if keep is None:
            territory.save(
                "score",
                {"scorecard_id": card_id, "criterion_id": criterion_id, "value": float(value)},
            )
        elif keep.value != value:
            territory.save("score", {"value": float(value)}, row_id=keep.id, rev=keep.rev)
