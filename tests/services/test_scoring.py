"""Scorecards and the weighted ranking of a call (docs/cooperation.md, « Scoring », « Ranking »)."""

import pytest

from municipaless.services.cooperation import scoring
from tests.services.cooperation_sample import add_candidature, make_call_sample


@pytest.fixture
def s(tmp_path):
    sample = make_call_sample(tmp_path / "t.municipaless")
    yield sample
    sample.t.close()


def _grid(s, sub, member, values, **kwargs):
    scores = dict(zip([c.id for c in s.criteria], values, strict=True))
    return scoring.save_scorecard(s.t, s.subs[sub].id, s.members[member].id, scores, **kwargs)


def _weighted(criteria, means):
    """docs/cooperation.md's formula, written out independently of the SQL."""
    scored = [(c, means[c.id]) for c in criteria if c.id in means]
    total = sum(c.weight for c, _ in scored)
    return 100 * sum(c.weight * m / c.max_score for c, m in scored) / total


def test_a_conflict_excludes_one_score_and_the_ranking_says_so(s):
    _grid(s, "epicerie", 0, (5, 4, 4))
    _grid(s, "epicerie", 1, (3, 3, 2))
    # Hugo Morel scored, then declared his conflict: his scores go and are not counted
    _grid(s, "epicerie", 2, (0, 0, 0))
    _grid(s, "epicerie", 2, (None, None, None), conflict=True, comment="Mon épouse y travaille.")
    line = scoring.ranking(s.t, s.call.id).line(s.subs["epicerie"].id)
    means = {s.criteria[0].id: 4.0, s.criteria[1].id: 3.5, s.criteria[2].id: 3.0}
    assert line.row.means == means
    assert line.row.score == pytest.approx(_weighted(s.criteria, means))
    assert line.row.conflicts == 1
    assert line.conflict_text == "1\u00a0membre en conflit d'intérêts"
    assert not line.incomplete  # the two members without conflict scored everything
    assert line.standing_text == "1\u00a0membre en conflit d'intérêts"


def test_a_member_in_conflict_cannot_save_scores(s):
    with pytest.raises(scoring.ScoringError) as refused:
        _grid(s, "epicerie", 0, (5, 4, 4), conflict=True)
    assert "conflit d'intérêts" in str(refused.value)
    assert s.projects["epicerie"].reference in str(refused.value)
    assert s.t.records["scorecard"].count() == 0  # nothing written


def test_a_score_above_the_maximum_is_refused_in_french(s):
    with pytest.raises(scoring.ScoringError) as refused:
        _grid(s, "epicerie", 0, (6, 4, 4))
    assert "« Utilité sociale » va de 0 à 5" in str(refused.value)
    assert s.t.records["score"].count() == 0


def test_incomplete_scorecards_are_ranked_with_what_they_have(s):
    _grid(s, "epicerie", 0, (5, 5, 5))
    _grid(s, "epicerie", 1, (5, None, 5))  # one criterion left blank
    line = scoring.ranking(s.t, s.call.id).line(s.subs["epicerie"].id)
    assert line.incomplete_text == "notation incomplète (1/3)"
    assert line.row.score == pytest.approx(100.0)


def test_ranking_order_ties_and_unranked_last(s):
    # garage and epicerie score the same: the earlier received_on (garage, 2 May) goes first
    for member in range(3):
        _grid(s, "epicerie", member, (4, 3, 3))
        _grid(s, "garage", member, (4, 3, 3))
    late, late_project, _ = add_candidature(
        s.t, s.call, "Tiers-lieu des Granges", ("Ana", "Lopez"), partners=(s.orgs["cress"],)
    )
    for member in range(3):
        scoring.save_scorecard(s.t, late.id, s.members[member].id, {c.id: 5 for c in s.criteria})
    # the ineligible one was scored too: it stays unranked
    _grid(s, "ressourcerie", 0, (5, 5, 5))
    ranking = scoring.ranking(s.t, s.call.id)
    refs = [line.row.reference for line in ranking.lines]
    assert refs[:3] == [
        late_project.reference,
        s.projects["garage"].reference,
        s.projects["epicerie"].reference,
    ]
    assert [line.row.rank for line in ranking.ranked] == [1, 2, 3]
    unranked = {line.row.reference: line.standing_text for line in ranking.unranked}
    assert unranked == {
        s.projects["ressourcerie"].reference: "Non éligible",
        s.projects["cafe"].reference: "Retirée",
    }


def test_same_day_ties_go_to_the_project_reference(s):
    sub = s.subs["garage"]
    s.t.save("submission", {"received_on": "2026-05-10"}, row_id=sub.id, rev=sub.rev)
    ranking = scoring.ranking(s.t, s.call.id)  # nobody scored: equal, same day
    assert [line.row.reference for line in ranking.ranked] == sorted(
        [s.projects["epicerie"].reference, s.projects["garage"].reference]
    )


def test_eligibility_note_ranks_a_candidature_the_rules_refused(s):
    sub = s.subs["ressourcerie"]
    s.t.save(
        "submission",
        {"eligibility_note": "Partenaire confirmé par courrier du 2 juin."},
        row_id=sub.id,
        rev=sub.rev,
    )
    line = scoring.ranking(s.t, s.call.id).line(sub.id)
    assert line.row.eligible and line.row.rank is not None


def test_the_member_grid_reads_back_what_was_saved(s):
    _grid(s, "epicerie", 1, (3, 2, 1), comment="Projet solide.")
    _grid(s, "garage", 1, (None, None, None), conflict=True)
    grid = {g.submission_id: g for g in scoring.member_grid(s.t, s.call.id, s.members[1].id)}
    assert s.subs["cafe"].id not in grid  # withdrawn
    mine = grid[s.subs["epicerie"].id]
    assert mine.scores == {c.id: v for c, v in zip(s.criteria, (3, 2, 1), strict=True)}
    assert mine.comment == "Projet solide." and not mine.conflict
    assert grid[s.subs["garage"].id].conflict
    # saving again changes a score in place (no second scorecard, no second score row)
    _grid(s, "epicerie", 1, (4, 2, 1), comment="Projet solide.")
    assert s.t.records["scorecard"].count() == 2
    assert s.t.records["score"].count() == 3


def test_two_scorecards_of_one_member_from_merged_copies_count_once(s):
    """Two colleagues each typed Claire's grid in their copy, then merged: two scorecards."""
    _grid(s, "epicerie", 0, (5, 5, 5))
    _grid(s, "epicerie", 1, (1, 1, 1))
    twin = s.t.save(
        "scorecard", {"submission_id": s.subs["epicerie"].id, "jury_member_id": s.members[0].id}
    )
    for criterion in s.criteria:
        s.t.save("score", {"scorecard_id": twin.id, "criterion_id": criterion.id, "value": 3.0})
    line = scoring.ranking(s.t, s.call.id).line(s.subs["epicerie"].id)
    # Claire's two grids average to 4, Jean gave 1: the mean is 2.5, not (5 + 3 + 1) / 3
    assert line.row.means == {c.id: 2.5 for c in s.criteria}
    assert line.row.complete == 2
    # a conflict declared on either scorecard stands
    s.t.save("scorecard", {"conflict_of_interest": True}, row_id=twin.id, rev=twin.rev)
    line = scoring.ranking(s.t, s.call.id).line(s.subs["epicerie"].id)
    assert line.row.conflicts == 1 and line.row.means == {c.id: 1.0 for c in s.criteria}
    # saving Claire's grid again folds the two into one
    _grid(s, "epicerie", 0, (None, None, None), conflict=True)
    assert s.t.records["scorecard"].count() == 2
